/**
 * Fee claims and calculations for tests (lifecycle, mapping, repository, sync): one definition,
 * so a field added to the contracts is added here once. Totals are summed from the lines, never
 * written down. Test-only.
 */
import {
  feeClaimInputSchema,
  type FeeClaim,
  type FeeClaimFields,
  type FeeClaimInput as FeeClaimFormInput,
} from '../../contracts/entities/fee-claim';
import type { FeeCalculation, FeeLine, WorkRef } from './types';

/** A defence claim for appointment `a1`, work items `w1` and `w2`, November 2026. */
export const defenceClaimInput = (over: Partial<FeeClaimFormInput> = {}): FeeClaimFormInput => ({
  kind: 'defence',
  period: { from: '2026-11-01', to: '2026-11-30' },
  appointmentId: 'a1',
  workItemIds: ['w1', 'w2'],
  basisDocument: {
    typeId: 'decree',
    number: '12/345',
    date: '2026-11-20',
    issuedBy: 'СУ ДП г. Алматы',
  },
  justiceBody: 'Алматы қаласының әділет департаменті',
  ...over,
});

/** A consultation claim of entries `c1` and `c2`. */
export const consultationClaimInput = (
  over: Partial<FeeClaimFormInput> = {},
): FeeClaimFormInput => ({
  kind: 'consultation',
  period: { from: '2026-11-01', to: '2026-11-30' },
  consultationIds: ['c1', 'c2'],
  basisDocument: { typeId: 'act', number: '3', date: '2026-11-30', issuedBy: '№ 5 ЗК' },
  ...over,
});

export const claimFields = (over: Partial<FeeClaimFormInput> = {}): FeeClaimFields =>
  feeClaimInputSchema.parse(defenceClaimInput(over));

/** A line of `ref` ('work:a1:w1', 'consultation:c1', 'expense:e1'…). */
export function feeLine(ref: WorkRef, over: Partial<FeeLine> = {}): FeeLine {
  const [kind, a, b] = ref.split(':') as [FeeLine['kind'], string, string | undefined];
  const minutes = over.minutes ?? (kind === 'expense' ? 0 : 60);
  return {
    ref,
    kind,
    recordId: kind === 'work' || kind === 'travel' ? a : (b ?? a),
    recordLabel: '1/2026',
    date: '2026-11-24',
    startedAt: kind === 'expense' ? '' : '10:00',
    endedAt: kind === 'expense' ? '' : '11:00',
    activityId: kind === 'consultation' ? 'consultation' : 'interrogation',
    minutes,
    paidMinutes: minutes,
    feeCategoryId: null,
    tierId: null,
    rateMrp: 0,
    parts: [],
    mrp: null,
    amountTiyn: 100_000,
    itemIds: [],
    unverifiedItemIds: [],
    tariffPack: { id: 'kz-sgla-tariff', version: 2 },
    mrpPack: { id: 'kz-mrp', version: 1 },
    ...over,
  };
}

/** A calculation of `lines`, its totals summed from them. */
export function calculationOf(
  lines: FeeLine[],
  problems: FeeCalculation['problems'] = [],
): FeeCalculation {
  const sum = (f: (l: FeeLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const feeTiyn = sum((l) => (l.kind === 'expense' ? 0 : l.amountTiyn));
  const expensesTiyn = sum((l) => (l.kind === 'expense' ? l.amountTiyn : 0));
  return {
    lines,
    problems,
    totals: {
      minutes: sum((l) => l.minutes),
      paidMinutes: sum((l) => l.paidMinutes),
      feeTiyn,
      expensesTiyn,
      totalTiyn: feeTiyn + expensesTiyn,
    },
    packs: [],
    unverifiedItemIds: [],
  };
}

/** A stored draft claim (no calculation), number 1 of 2026 of advocate `adv-a`. */
export function storedClaim(over: Partial<FeeClaim> = {}): FeeClaim {
  return {
    ...claimFields(),
    id: 'claim-1',
    version: 1,
    advocateId: 'adv-a',
    year: 2026,
    number: 1,
    state: 'draft',
    payments: [],
    history: [{ at: '2026-11-20T04:00:00.000Z', state: 'draft' }],
    createdAt: '2026-11-20T04:00:00.000Z',
    updatedAt: '2026-11-20T04:00:00.000Z',
    ...over,
  };
}
