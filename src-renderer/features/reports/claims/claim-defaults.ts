/**
 * What a new claim starts with, so an advocate at the end of the day only checks and fills the
 * basis document: the work not claimed yet, over the period it spans; for consultations, last
 * month's given entries not claimed yet. "Claimed" means in another claim that is not rejected
 * (a draft counts: two drafts for the same work would both be filed; a rejected claim's work is
 * claimed again by its copy) — the same rule as the duplicate check (validate-lines.ts).
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import { isoDate } from '../../../../src-shared/domain/calendar/calendar-days';
import { otherClaimOf } from '../../../../src-shared/domain/fees/from-registers';
import type { WorkRef } from '../../../../src-shared/domain/fees/types';
import { emptyClaimValues, type ClaimFormValues } from './claim-form-values';

/** ref → the label ("3/2026") of the other claim that has it, for claims that are not rejected. */
export function claimedElsewhere(
  claims: readonly FeeClaim[],
  exceptId: string,
): Map<WorkRef, string> {
  const out = new Map<WorkRef, string>();
  for (const c of claims) {
    if (c.id === exceptId || c.state === 'rejected') continue;
    const other = otherClaimOf(c);
    for (const ref of other.refs) if (!out.has(ref)) out.set(ref, other.label);
  }
  return out;
}

export const workRef = (appointmentId: string, itemId: string): WorkRef =>
  `work:${appointmentId}:${itemId}`;
export const consultationRef = (id: string): WorkRef => `consultation:${id}`;

/** The work items of `a` that may still be claimed: not withdrawn, not in another claim. */
export function unclaimedWork(a: Appointment, claimed: ReadonlyMap<WorkRef, string>) {
  return a.work.filter((w) => !w.withdrawn && !claimed.has(workRef(a.id, w.id)));
}

/**
 * The period of a new defence claim: from the first unclaimed work item to the last. With none
 * left, from the day the appointment reached the advocate to the day it ended (or today).
 */
export function defaultDefencePeriod(
  a: Appointment,
  claimed: ReadonlyMap<WorkRef, string>,
  today: string,
): { from: string; to: string } {
  const dates = unclaimedWork(a, claimed)
    .map((w) => w.date)
    .sort();
  if (dates.length > 0) return { from: dates[0]!, to: dates.at(-1)! };
  const from = a.receivedAt.slice(0, 10);
  const end = a.completion?.date ?? today;
  return { from, to: end < from ? from : end };
}

/** The work items preselected for `period`: unclaimed ones dated inside it, in log order. */
export function defaultWorkSelection(
  a: Appointment,
  claimed: ReadonlyMap<WorkRef, string>,
  period: { from: string; to: string },
): string[] {
  return unclaimedWork(a, claimed)
    .filter((w) => w.date >= period.from && w.date <= period.to)
    .map((w) => w.id);
}

/** "YYYY-MM" of the month before `today`'s. */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The first and last day of a "YYYY-MM" month. */
export function monthPeriod(month: string): { from: string; to: string } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: isoDate(y, m, 1), to: isoDate(y, m, last) };
}

/** A consultation entry as the selection needs it (a register row is enough). */
export interface SelectableConsultation {
  id: string;
  date: string;
  status: string;
}

/** The period's given entries not claimed elsewhere, in the order given. */
export function defaultConsultationSelection(
  entries: readonly SelectableConsultation[],
  claimed: ReadonlyMap<WorkRef, string>,
  period: { from: string; to: string },
): string[] {
  return entries
    .filter(
      (e) =>
        e.status === 'given' &&
        e.date >= period.from &&
        e.date <= period.to &&
        !claimed.has(consultationRef(e.id)),
    )
    .map((e) => e.id);
}

/**
 * The justice body of the advocate's latest claim that names one: claims go to the same
 * territorial body month after month (cl. 55), so it is typed once.
 */
export function lastJusticeBody(claims: readonly FeeClaim[]): string {
  const named = claims.filter((c) => c.justiceBody.trim());
  named.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return named[0]?.justiceBody ?? '';
}

/** A new defence claim for appointment `a`, with its defaults filled in. */
export function newDefenceValues(
  a: Appointment,
  claims: readonly FeeClaim[],
  today: string,
): ClaimFormValues {
  const claimed = claimedElsewhere(claims, '');
  const period = defaultDefencePeriod(a, claimed, today);
  return {
    ...emptyClaimValues('defence'),
    appointmentId: a.id,
    period,
    workItemIds: defaultWorkSelection(a, claimed, period),
    // The body that appointed the advocate usually issues the payment decree too.
    basisDocument: { typeId: '', number: '', date: '', issuedBy: a.decree.body },
    justiceBody: lastJusticeBody(claims),
  };
}

/** A new consultation claim for `month`: its given entries not claimed yet. */
export function newConsultationValues(
  month: string,
  entries: readonly SelectableConsultation[],
  claims: readonly FeeClaim[],
  office: string,
): ClaimFormValues {
  const period = monthPeriod(month);
  return {
    ...emptyClaimValues('consultation'),
    period,
    consultationIds: defaultConsultationSelection(entries, claimedElsewhere(claims, ''), period),
    // cl. 56(5): the act of work performed is drawn up by the advocate's office; its number
    // defaults to the month, as the act printed from the register is numbered.
    basisDocument: { typeId: '', number: month, date: '', issuedBy: office },
    justiceBody: lastJusticeBody(claims),
  };
}

/**
 * Appointments a defence claim can be made for, newest first: accepted ones and those whose
 * defence has ended after acceptance (completed, the client's refusal accepted, transferred).
 * A received or declined appointment has no work of the advocate to pay.
 */
export function claimableAppointments(appointments: Iterable<Appointment>): Appointment[] {
  const states: readonly Appointment['state'][] = [
    'accepted',
    'completed',
    'refused',
    'transferred',
  ];
  return [...appointments]
    .filter((a) => states.includes(a.state))
    .sort((a, b) => b.year - a.year || b.number - a.number);
}
