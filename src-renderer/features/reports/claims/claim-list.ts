/**
 * One row of the claims list: what an advocate scans for at the end of the day — which claim,
 * for what, how much, in what state, and whether it must be filed soon. The deadline matters
 * only until the claim is filed; after that the justice body's answer is what is awaited.
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { FeeClaim, FeeClaimState } from '../../../../src-shared/contracts/entities/fee-claim';
import { registerLabel } from '../../../../src-shared/domain/fees/from-registers';
import type { TariffPack } from '../../../../src-shared/rules/tariff-pack-schema';
import { claimDue, claimTariff, dueStatus } from './claim-packs';

export interface ClaimListRow {
  id: string;
  /** "3/2026". */
  label: string;
  kind: FeeClaim['kind'];
  state: FeeClaimState;
  /** Defence: the appointment (absent when it is not on this device). */
  appointment?: Pick<Appointment, 'id' | 'caseKind' | 'stageId'> & { label: string };
  period: { from: string; to: string };
  /** The frozen total, or for a draft the live estimate (null while it cannot be priced). */
  totalTiyn: number | null;
  estimate: boolean;
  paidTiyn: number;
  /** Last day to file, for drafts and ready claims. */
  due: string | null;
  dueStatus: 'late' | 'soon' | 'ok' | null;
}

const UNFILED: readonly FeeClaimState[] = ['draft', 'ready'];

export function claimListRow(
  c: FeeClaim,
  appointment: Appointment | undefined,
  tariffs: readonly TariffPack[],
  today: string,
  /** A draft's live total (claim-model.ts), when it could be priced. */
  liveTotalTiyn?: number | null,
): ClaimListRow {
  const unfiled = UNFILED.includes(c.state);
  const due = unfiled ? claimDue(c.basisDocument.date, claimTariff(c, tariffs, today)) : null;
  const frozen = c.calculation?.totals.totalTiyn;
  return {
    id: c.id,
    label: registerLabel(c),
    kind: c.kind,
    state: c.state,
    ...(appointment
      ? {
          appointment: {
            id: appointment.id,
            caseKind: appointment.caseKind,
            stageId: appointment.stageId,
            label: registerLabel(appointment),
          },
        }
      : {}),
    period: c.period,
    totalTiyn: frozen ?? liveTotalTiyn ?? null,
    estimate: frozen === undefined,
    paidTiyn: c.payments.reduce((s, p) => s + p.amountTiyn, 0),
    due,
    dueStatus: dueStatus(due, today),
  };
}

/** The states the list filter offers, in the order of a claim's life. */
export const STATE_FILTER: readonly FeeClaimState[] = [
  'draft',
  'ready',
  'submitted',
  'partly-paid',
  'paid',
  'rejected',
];
