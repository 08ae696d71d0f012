/**
 * What the claim validators (validate.ts) look at and what they report. A claim becomes "ready"
 * only when no issue of severity 'error' is left (Rules cl. 57: the advocate answers for the
 * claimed data, so the app points at every entry to fix before it is filed).
 */
import type { FeeClaimFields, FeeClaimState } from '../../contracts/entities/fee-claim';
import type { TariffPack } from '../../rules/tariff-pack-schema';
import type { FeeAppointment, FeeCalculation, FeeConsultation, WorkRef } from './types';

/** Another claim of the same advocate, as far as duplicates are concerned. */
export interface OtherClaim {
  id: string;
  /** "3/2026" as printed. */
  label: string;
  state: FeeClaimState;
  /** The refs of its lines (its frozen calculation, or its live one while a draft). */
  refs: WorkRef[];
}

/** A piece of the advocate's other work on a claimed day (for overlapping time). */
export interface OtherWork {
  ref: WorkRef;
  /**
   * Register place as printed, "12/2026": the message names the kind from `ref` (ru «с действием
   * по назначению № 12/2026», «с консультацией № 7/2026»).
   */
  recordLabel: string;
  date: string;
  startedAt: string;
  endedAt: string;
}

export interface ClaimCheckContext {
  claim: FeeClaimFields;
  calculation: FeeCalculation;
  /** The tariff pack in force on the basis document's date (or the period's end). */
  tariff: TariffPack | null;
  appointment?: FeeAppointment;
  consultations: FeeConsultation[];
  otherClaims: OtherClaim[];
  otherWork: OtherWork[];
  /** The day the claim is (or will be) filed: the submission date, else today. */
  filingDate: string;
}

export const claimIssueCodes = [
  /** cl. 56: no basis document, or its type, number or date is missing. */
  'basis-missing',
  /** The basis document's type is not one for this kind of case or stage. */
  'basis-type-mismatch',
  /** Nothing to pay: no work, consultation or expense in the claim. */
  'nothing-claimed',
  /** The same action (same appointment, day, times and action) is in the claim twice. */
  'duplicate-in-claim',
  /** This work is already in another claim that is not rejected. */
  'duplicate-across-claims',
  /** Consultation time of one person over the cap: the excess is not paid. */
  'over-cap-person',
  /** Paid time of one day over the cap: the excess is not paid. */
  'over-cap-day',
  /** Work before the appointment reached the advocate, after it ended, or outside the period. */
  'outside-period',
  /** Two pieces of work overlap in time on the same day. */
  'overlap',
  /** Filed (or to be filed) later than the pack's deadline after the basis document. */
  'late',
  /** An expense without the supporting document its type requires. */
  'expense-document-missing',
  /** A withdrawn work item is in the claim. */
  'withdrawn-work',
  /** Pricing problems of the engine (FeeProblem codes). */
  'no-tariff-pack',
  'no-mrp',
  'category-needed',
  'category-not-applicable',
  'unknown-expense-type',
] as const;
export type ClaimIssueCode = (typeof claimIssueCodes)[number];

export interface ClaimIssue {
  code: ClaimIssueCode;
  severity: 'error' | 'warning';
  /** The line or entry to fix, when the issue is about one. */
  ref?: WorkRef;
  recordId?: string;
  /** "12/2026" (appointment or consultation register place) for the message. */
  recordLabel?: string;
  /** Values for the message: dates, minutes, caps, the other claim's label… */
  params: Record<string, string | number>;
}
