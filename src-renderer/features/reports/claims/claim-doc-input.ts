/**
 * What the fee documents (documents/fee-application.ts, fee-checklist.ts) are given for a
 * stored claim: the advocate from the profile, the client and case from the appointment, the
 * pack labels and the tariff pack in force on the application's date. Pure: the caller reads
 * the records; the documents themselves look nothing up.
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import type { FeeCalculation } from '../../../../src-shared/domain/fees/types';
import type { DefenceRegisterPack, RulePack } from '../../../../src-shared/rules/pack-schema';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import type {
  FeeApplicationInput,
  FeeDocAdvocate,
  FeeDocCase,
} from '../../../documents/fee-doc-input';
import { claimLabels, defencePackOf } from './claim-labels';
import { claimTariff } from './claim-packs';

export type FrozenClaim = FeeClaim & { calculation: FeeCalculation };

export const hasCalculation = (c: FeeClaim): c is FrozenClaim => c.calculation !== undefined;

export function feeDocAdvocate(p: Profile): FeeDocAdvocate {
  return {
    fullName: p.fullName,
    iin: p.iin,
    licenceNumber: p.licenceNumber,
    licenceDate: p.licenceDate,
    collegium: p.collegium,
    office: p.office,
    phone: p.phone,
  };
}

export function feeDocCase(a: Appointment, defence: DefenceRegisterPack | null): FeeDocCase {
  const stage = defence?.stages.find((s) => s.id === a.stageId)?.label;
  return {
    clientName: a.client.fullName,
    clientIin: a.client.iin,
    caseNumber: a.caseNumber,
    body: a.decree.body,
    stage: stage ?? { kk: a.stageId, ru: a.stageId },
    decreeNumber: a.decree.number,
    decreeDate: a.decree.date,
  };
}

/**
 * The application's input. It is dated the day it was filed, or today while it is not yet: the
 * form's fields and attachments are those of the tariff pack in force on that day (else the
 * pack the claim's checks used, so an old claim still prints).
 */
export function applicationInputOf(
  claim: FrozenClaim,
  profile: Profile,
  appointment: Appointment | undefined,
  packs: readonly RulePack[],
  today: string,
): FeeApplicationInput {
  const applicationDate = claim.submission?.date ?? today;
  const tariffs = packs.filter((p) => p.kind === 'tariff');
  const tariff =
    packInForce(packs, 'tariff', applicationDate) ?? claimTariff(claim, tariffs, today);
  if (!tariff) throw new Error('No tariff pack is installed: the application cannot be printed');
  const defence = defencePackOf(packs, claim.period.to);
  return {
    claim,
    advocate: feeDocAdvocate(profile),
    case: claim.kind === 'defence' && appointment ? feeDocCase(appointment, defence) : null,
    labels: claimLabels(packs, claim.period.to),
    justiceBody: claim.justiceBody,
    tariff,
    packs,
    // Optional attachments are left as empty boxes, ticked by hand as the papers are collected.
    attachedIds: [],
    applicationDate,
  };
}
