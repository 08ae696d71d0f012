/**
 * The fee claim's life (Rules cl. 54–59; MoJ order 1462), as pure functions over a stored claim.
 * The repository refuses a step with `ClaimLifecycleError`; the UI asks the same functions
 * (`stateBlocker`, `allowedActions`) why a button is disabled, so the two never disagree. Codes
 * are i18n keys (`fees.lifecycle.errors.*`).
 *
 *   draft ──ready──▶ ready ──submit──▶ submitted ──pay (all)──▶ paid
 *     ▲                │                  │    └──pay (part)──▶ partly-paid ──pay (rest)──▶ paid
 *     └─back-to-draft──┘                  └──reject──▶ rejected ──copy──▶ (a new draft)
 *
 * Every function returns the next claim (state, the step's data, one more `history` entry); the
 * repository gives it its version and stores it. Nothing here reads a clock: `meta.at` is the
 * moment of the step, `meta.today` the local calendar day it happens on.
 */
import {
  feeClaimInputSchema,
  type ClaimHistoryEntry,
  type FeeClaim,
  type FeeClaimFields,
  type FeeClaimState,
} from '../../contracts/entities/fee-claim';
import { todayIso } from '../dates/iso-date';
import type { FeeCalculation } from './types';
import type { ClaimIssue } from './validate-types';

export const claimLifecycleErrorCodes = [
  'fees.lifecycle.errors.notFound',
  /** Only a draft is changed or made ready. */
  'fees.lifecycle.errors.notDraft',
  /** Only a ready claim is submitted or sent back to draft. */
  'fees.lifecycle.errors.notReady',
  /** A payment or a rejection comes after submission. */
  'fees.lifecycle.errors.notSubmitted',
  /** Only a rejected claim is copied into a new draft. */
  'fees.lifecycle.errors.notRejected',
  /** A partly paid claim is not rejected: the payment already answered it. */
  'fees.lifecycle.errors.partlyPaid',
  /** Paid or rejected: the claim is final. */
  'fees.lifecycle.errors.closed',
  /** The validators found an error: the claim cannot be made ready. */
  'fees.lifecycle.errors.hasErrors',
  /** The engine could not price every line. */
  'fees.lifecycle.errors.calculationProblems',
  /** The calculation prices work that is not in the claim (computed for another draft). */
  'fees.lifecycle.errors.calculationMismatch',
  'fees.lifecycle.errors.reasonRequired',
  'fees.lifecycle.errors.reasonTooLong',
  'fees.lifecycle.errors.future',
  'fees.lifecycle.errors.beforeReady',
  'fees.lifecycle.errors.beforeSubmission',
  'fees.lifecycle.errors.paymentZero',
  'fees.lifecycle.errors.overpaid',
] as const;
export type ClaimLifecycleErrorCode = (typeof claimLifecycleErrorCodes)[number];

export class ClaimLifecycleError extends Error {
  constructor(
    readonly code: ClaimLifecycleErrorCode,
    readonly claimId?: string,
    /** The input field the refusal is about (forms show it there), if any. */
    readonly field?: string,
    /** Values for the message (a date, a count). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(claimId ? `${code} (${claimId})` : code);
    this.name = 'ClaimLifecycleError';
  }
}

export type ClaimAction = 'edit' | 'ready' | 'back-to-draft' | 'submit' | 'pay' | 'reject' | 'copy';
export const claimActions: readonly ClaimAction[] = [
  'edit',
  'ready',
  'back-to-draft',
  'submit',
  'pay',
  'reject',
  'copy',
];

/** The states each step starts from. */
const FROM: Record<ClaimAction, readonly FeeClaimState[]> = {
  edit: ['draft'],
  ready: ['draft'],
  'back-to-draft': ['ready'],
  submit: ['ready'],
  // A partly paid claim may be paid the rest later (order 1462: the body pays in tranches).
  pay: ['submitted', 'partly-paid'],
  // Only a claim nobody has paid anything on is rejected; a partial payment already answered it.
  reject: ['submitted'],
  copy: ['rejected'],
};

const NEEDS: Record<ClaimAction, ClaimLifecycleErrorCode> = {
  edit: 'fees.lifecycle.errors.notDraft',
  ready: 'fees.lifecycle.errors.notDraft',
  'back-to-draft': 'fees.lifecycle.errors.notReady',
  submit: 'fees.lifecycle.errors.notReady',
  pay: 'fees.lifecycle.errors.notSubmitted',
  reject: 'fees.lifecycle.errors.notSubmitted',
  copy: 'fees.lifecycle.errors.notRejected',
};

const FINAL: readonly FeeClaimState[] = ['paid', 'rejected'];

/** Why `action` is not possible in the claim's state, or null when it is. */
export function stateBlocker(
  action: ClaimAction,
  claim: Pick<FeeClaim, 'state'>,
): ClaimLifecycleErrorCode | null {
  if (FROM[action].includes(claim.state)) return null;
  // A final claim says so, rather than "not a draft": nothing but a copy is left to do with it.
  if (FINAL.includes(claim.state) && action !== 'copy') return 'fees.lifecycle.errors.closed';
  if (action === 'reject' && claim.state === 'partly-paid')
    return 'fees.lifecycle.errors.partlyPaid';
  return NEEDS[action];
}

export function assertCan(action: ClaimAction, claim: Pick<FeeClaim, 'id' | 'state'>): void {
  const code = stateBlocker(action, claim);
  if (code) throw new ClaimLifecycleError(code, claim.id);
}

/** The steps possible now, in display order. */
export function allowedActions(claim: Pick<FeeClaim, 'state'>): ClaimAction[] {
  return claimActions.filter((a) => stateBlocker(a, claim) === null);
}

/** When and on which local day a step happens. */
export interface StepMeta {
  /** ISO timestamp of the step. */
  at: string;
  /** The local calendar day (YYYY-MM-DD) of `at`: dates after it are in the future. */
  today: string;
}

/** The local calendar day of an ISO timestamp (the day the advocate saw on the clock). */
export function localDayOf(timestamp: string): string {
  return todayIso(new Date(timestamp));
}

export const paidTiynOf = (claim: Pick<FeeClaim, 'payments'>): number =>
  claim.payments.reduce((sum, p) => sum + p.amountTiyn, 0);

/** What the claim asks for: its frozen calculation's total (0 while a draft). */
export const claimedTiynOf = (claim: Pick<FeeClaim, 'calculation'>): number =>
  claim.calculation?.totals.totalTiyn ?? 0;

const REASON_MAX = 1000;

function reasonOf(claim: FeeClaim, reason: string, field = 'reason'): string {
  const why = reason.trim();
  if (!why) throw new ClaimLifecycleError('fees.lifecycle.errors.reasonRequired', claim.id, field);
  if (why.length > REASON_MAX)
    throw new ClaimLifecycleError('fees.lifecycle.errors.reasonTooLong', claim.id, field);
  return why;
}

function refuseFuture(claim: FeeClaim, date: string, meta: StepMeta): void {
  if (date > meta.today)
    throw new ClaimLifecycleError('fees.lifecycle.errors.future', claim.id, 'date');
}

function step(
  claim: FeeClaim,
  state: FeeClaimState,
  meta: StepMeta,
  note?: string,
): ClaimHistoryEntry[] {
  const entry: ClaimHistoryEntry = { at: meta.at, state };
  if (note) entry.note = note;
  return [...claim.history, entry];
}

/**
 * The refs of the work a draft selects: the lines a calculation of it may have. Travel goes with
 * its work item, so a `travel:` line is the claim's when its work item is.
 */
function selects(claim: FeeClaimFields, line: FeeCalculation['lines'][number]): boolean {
  const [kind, a, b] = line.ref.split(':');
  switch (kind) {
    case 'work':
    case 'travel':
      return (
        claim.kind === 'defence' && a === claim.appointmentId && claim.workItemIds.includes(b!)
      );
    case 'consultation':
      return claim.kind === 'consultation' && claim.consultationIds.includes(a!);
    case 'expense':
      return claim.expenses.some((e) => e.id === a);
    default:
      return false;
  }
}

/**
 * draft → ready: the calculation is frozen with the pack versions it used. Refused while the
 * caller's validators report an error (Rules cl. 57: the advocate answers for what is claimed),
 * while a line could not be priced, or when the calculation prices work the draft does not
 * select — it was computed for an earlier edit, and a frozen wrong amount is worse than none.
 */
export function markReady(
  claim: FeeClaim,
  check: { calculation: FeeCalculation; issues: readonly Pick<ClaimIssue, 'severity'>[] },
  meta: StepMeta,
): FeeClaim {
  assertCan('ready', claim);
  const errors = check.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0)
    throw new ClaimLifecycleError('fees.lifecycle.errors.hasErrors', claim.id, undefined, {
      count: errors,
    });
  if (check.calculation.problems.length > 0)
    throw new ClaimLifecycleError(
      'fees.lifecycle.errors.calculationProblems',
      claim.id,
      undefined,
      { count: check.calculation.problems.length },
    );
  if (!check.calculation.lines.every((l) => selects(claim, l)))
    throw new ClaimLifecycleError('fees.lifecycle.errors.calculationMismatch', claim.id);
  return {
    ...claim,
    state: 'ready',
    calculation: check.calculation,
    readyAt: meta.at,
    history: step(claim, 'ready', meta),
  };
}

/**
 * ready → draft, to fix something, with the reason. The frozen calculation goes (a draft is
 * priced live); the archived version keeps it.
 */
export function backToDraft(claim: FeeClaim, reason: string, meta: StepMeta): FeeClaim {
  assertCan('back-to-draft', claim);
  const why = reasonOf(claim, reason);
  const next: FeeClaim = { ...claim, state: 'draft', history: step(claim, 'draft', meta, why) };
  delete next.calculation;
  delete next.readyAt;
  return next;
}

type Submission = NonNullable<FeeClaim['submission']>;

/** ready → submitted: not before the day it was made ready, not in the future. */
export function submit(claim: FeeClaim, submission: Submission, meta: StepMeta): FeeClaim {
  assertCan('submit', claim);
  refuseFuture(claim, submission.date, meta);
  const readyDay = claim.readyAt ? localDayOf(claim.readyAt) : '';
  if (submission.date < readyDay)
    throw new ClaimLifecycleError('fees.lifecycle.errors.beforeReady', claim.id, 'date', {
      date: readyDay,
    });
  return {
    ...claim,
    state: 'submitted',
    submission: { ...submission },
    history: step(claim, 'submitted', meta),
  };
}

type Payment = FeeClaim['payments'][number];

/**
 * submitted / partly-paid → paid or partly-paid, by the sum of the payments against the claimed
 * total. More than claimed is refused (a typo, or a payment of another claim). A payment that
 * leaves the claim partly paid needs the reason the justice body gave: it is what the advocate
 * would contest.
 */
export function recordPayment(claim: FeeClaim, payment: Payment, meta: StepMeta): FeeClaim {
  assertCan('pay', claim);
  refuseFuture(claim, payment.date, meta);
  const submitted = claim.submission?.date ?? '';
  if (payment.date < submitted)
    throw new ClaimLifecycleError('fees.lifecycle.errors.beforeSubmission', claim.id, 'date', {
      date: submitted,
    });
  if (payment.amountTiyn <= 0)
    throw new ClaimLifecycleError('fees.lifecycle.errors.paymentZero', claim.id, 'amountTiyn');
  const claimed = claimedTiynOf(claim);
  const paid = paidTiynOf(claim) + payment.amountTiyn;
  if (paid > claimed)
    throw new ClaimLifecycleError('fees.lifecycle.errors.overpaid', claim.id, 'amountTiyn', {
      remainingTiyn: claimed - paidTiynOf(claim),
    });
  const state: FeeClaimState = paid === claimed ? 'paid' : 'partly-paid';
  const reason = payment.reason.trim();
  if (state === 'partly-paid') reasonOf(claim, reason);
  else if (reason.length > REASON_MAX)
    throw new ClaimLifecycleError('fees.lifecycle.errors.reasonTooLong', claim.id, 'reason');
  return {
    ...claim,
    state,
    payments: [...claim.payments, { ...payment, reason }],
    history: step(claim, state, meta, reason || undefined),
  };
}

type Rejection = NonNullable<FeeClaim['rejection']>;

/** submitted → rejected, with the reason; not before submission, not in the future. */
export function reject(claim: FeeClaim, rejection: Rejection, meta: StepMeta): FeeClaim {
  assertCan('reject', claim);
  refuseFuture(claim, rejection.date, meta);
  const submitted = claim.submission?.date ?? '';
  if (rejection.date < submitted)
    throw new ClaimLifecycleError('fees.lifecycle.errors.beforeSubmission', claim.id, 'date', {
      date: submitted,
    });
  const reason = reasonOf(claim, rejection.reason);
  return {
    ...claim,
    state: 'rejected',
    rejection: { date: rejection.date, reason },
    history: step(claim, 'rejected', meta, reason),
  };
}

const FIELD_KEYS = Object.keys(feeClaimInputSchema.shape) as (keyof FeeClaimFields)[];

/** What the advocate filled in, without the claim's place, state and history. */
export function claimFieldsOf(claim: FeeClaimFields): FeeClaimFields {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_KEYS) {
    const v = claim[k];
    if (v !== undefined) out[k] = JSON.parse(JSON.stringify(v)) as unknown;
  }
  return out as unknown as FeeClaimFields;
}

/**
 * rejected → the fields of a new draft made from it. The rejected claim stays as it was (it is
 * what the justice body answered); the new one points back at it with `copiedFromId`.
 */
export function draftCopyOf(claim: FeeClaim): FeeClaimFields & { copiedFromId: string } {
  assertCan('copy', claim);
  return { ...claimFieldsOf(claim), copiedFromId: claim.id };
}
