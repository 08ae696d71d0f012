/**
 * The advocate's monthly report on SGLA (Rules cl. 33: formed in Е-Заң көмегі by the 5th of the
 * next month). The official form (RBA recommendation, cl. 6(4); MoJ order 1457) was not seen, so
 * this is our best estimate of what it asks, built from the registers so the advocate can check
 * the figures and retype them: consultations, defence and representation, and payment.
 *
 * What "in the month" means for each figure (dates on the office clock, see report-period.ts):
 * - a consultation: the day of applying (as the register numbers it), whatever its status now;
 * - an appointment received / accepted / declined / completed: the day of that event; an
 *   appointment is in progress at the month's end when accepted by then and not ended by then;
 * - work: the day the work item started (a night action past midnight stays on its first day);
 * - a claim: the day it was submitted; a payment: the day it was received.
 *
 * Pure and deterministic: the same records give the same report, in the same order.
 */
import { appointmentSources, caseKinds, type CaseKind } from '../../contracts/entities/appointment';
import { consultationStatuses } from '../../contracts/entities/consultation';
import {
  latestVersions,
  settlementKeys,
  type ReportAppointment,
  type ReportClaim,
  type ReportConsultation,
  type SettlementKey,
  type Versioned,
} from './report-inputs';
import { byEndOf, inPeriod, monthPeriod, type Period } from './report-period';

/** How many records have each id (a category, an issue area, a ground, a stage). */
export interface CountRow {
  /** null: the record names none (a consultation without an established category). */
  id: string | null;
  count: number;
}

/** What the defence section counts, for one case kind, stage or settlement. */
export interface DefenceFigures {
  received: number;
  accepted: number;
  completed: number;
  /** Accepted by the month's end and not ended by then. */
  inProgressAtEnd: number;
  /** Minutes of work done in the month (withdrawn items excluded). */
  workMinutes: number;
}

export interface ReportRecords {
  consultations: readonly ReportConsultation[];
  appointments: readonly ReportAppointment[];
  claims: readonly ReportClaim[];
}

export interface MonthFigures {
  period: Period;
  consultations: {
    /** Entries applied for in the month, whatever became of them. */
    applied: number;
    byStatus: Record<(typeof consultationStatuses)[number], number>;
    /** The consultations given, of those applied for in the month. */
    given: {
      count: number;
      /** Distinct persons helped (by person key). */
      persons: number;
      minutes: number;
      byForm: { oral: number; written: number };
      /** cl. 40: given where the person is. */
      atPersonLocation: number;
      byCategory: CountRow[];
      byIssueArea: CountRow[];
      bySettlement: Record<SettlementKey, { count: number; minutes: number }>;
    };
  };
  defence: {
    received: number;
    bySource: { ezk: number; paper: number };
    accepted: number;
    declined: number;
    /** cl. 36 grounds of the month's declines. */
    declinedByGround: CountRow[];
    completed: number;
    inProgressAtEnd: number;
    /** Notices of defence (representation) dated in the month (cl. 9, 17(3)). */
    noticesIssued: number;
    work: {
      items: number;
      /** Appointments with work in the month. */
      appointments: number;
      minutes: number;
      nightMinutes: number;
      /** Minutes of items on a weekend, holiday or decreed day off (calendar pack). */
      nonWorkingDayMinutes: number;
    };
    byCaseKind: Record<CaseKind, DefenceFigures>;
    /** Stage ids that have any figure, by id; the document orders them by the pack. */
    byStage: (DefenceFigures & { id: string })[];
    bySettlement: Record<SettlementKey, DefenceFigures>;
  };
  payment: {
    /** Claims submitted in the month and the amount they claim. */
    submitted: { count: number; tiyn: number };
    /** Payments received in the month, and on how many claims. */
    paid: { claims: number; tiyn: number };
    /**
     * Submitted by the month's end, neither rejected nor settled by then: what is still owed.
     * A claim marked paid is settled as of its last payment (the body may have paid less, with
     * its reason); a partly paid one still waits for the rest.
     */
    outstanding: { count: number; tiyn: number };
  };
}

export interface MonthlyReport extends MonthFigures {
  /** 'YYYY-MM'. */
  month: string;
  advocateId: string;
}

export interface MonthlyReportInput extends ReportRecords {
  month: string;
  advocateId: string;
}

/** Only the advocate's records, each once in its newest version. */
export function monthlyReport(input: MonthlyReportInput): MonthlyReport {
  const own = <T extends Versioned>(records: readonly T[]) =>
    latestVersions(records).filter((r) => r.advocateId === input.advocateId);
  return {
    month: input.month,
    advocateId: input.advocateId,
    ...monthFigures(input.month, {
      consultations: own(input.consultations),
      appointments: own(input.appointments),
      claims: own(input.claims),
    }),
  };
}

/** The figures of every record given (no advocate filter): the office's totals use it too. */
export function monthFigures(month: string, records: ReportRecords): MonthFigures {
  const period = monthPeriod(month);
  return {
    period,
    consultations: consultationFigures(records.consultations, period),
    defence: defenceFigures(records.appointments, period),
    payment: paymentFigures(records.claims, period),
  };
}

/** Counts by id, ids in code-point order and "none" last, so the output never depends on input order. */
export function countBy<T>(items: readonly T[], key: (item: T) => string | null): CountRow[] {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) =>
      a.id === b.id ? 0 : a.id === null ? 1 : b.id === null ? -1 : a.id < b.id ? -1 : 1,
    );
}

const zeroBy = <K extends string, V>(keys: readonly K[], make: () => V) =>
  Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

function consultationFigures(all: readonly ReportConsultation[], period: Period) {
  const applied = all.filter((c) => inPeriod(c.appliedAt, period));
  const given = applied.filter((c) => c.status === 'given');
  const byStatus = zeroBy(consultationStatuses, () => 0);
  for (const c of applied) byStatus[c.status] += 1;
  const bySettlement = zeroBy(settlementKeys, () => ({ count: 0, minutes: 0 }));
  for (const c of given) {
    bySettlement[c.settlement].count += 1;
    bySettlement[c.settlement].minutes += c.minutes;
  }
  return {
    applied: applied.length,
    byStatus,
    given: {
      count: given.length,
      persons: new Set(given.map((c) => c.personKey)).size,
      minutes: given.reduce((sum, c) => sum + c.minutes, 0),
      byForm: {
        oral: given.filter((c) => c.form === 'oral').length,
        written: given.filter((c) => c.form === 'written').length,
      },
      atPersonLocation: given.filter((c) => c.atPersonLocation).length,
      byCategory: countBy(given, (c) => c.categoryId),
      byIssueArea: countBy(given, (c) => c.issueAreaId),
      bySettlement,
    },
  };
}

/** The items that count: not withdrawn, started in the period. */
export const workIn = (a: ReportAppointment, period: Period) =>
  a.work.filter((w) => !w.withdrawn && inPeriod(w.date, period));

export const acceptedIn = (a: ReportAppointment, period: Period) =>
  a.decision?.kind === 'accepted' && inPeriod(a.decision.date, period);

export const completedIn = (a: ReportAppointment, period: Period) =>
  a.completionDate !== null && inPeriod(a.completionDate, period);

function inProgressAtEnd(a: ReportAppointment, period: Period): boolean {
  if (a.decision?.kind !== 'accepted' || !byEndOf(a.decision.date, period)) return false;
  return a.endDate === null || !byEndOf(a.endDate, period);
}

function addFigures(into: DefenceFigures, a: ReportAppointment, period: Period): void {
  if (inPeriod(a.receivedDate, period)) into.received += 1;
  if (acceptedIn(a, period)) into.accepted += 1;
  if (completedIn(a, period)) into.completed += 1;
  if (inProgressAtEnd(a, period)) into.inProgressAtEnd += 1;
  into.workMinutes += workIn(a, period).reduce((sum, w) => sum + w.minutes, 0);
}

const noFigures = (): DefenceFigures => ({
  received: 0,
  accepted: 0,
  completed: 0,
  inProgressAtEnd: 0,
  workMinutes: 0,
});

const anyFigure = (f: DefenceFigures) => Object.values(f).some((v) => v > 0);

function defenceFigures(all: readonly ReportAppointment[], period: Period) {
  const total = noFigures();
  const byCaseKind = zeroBy(caseKinds, noFigures);
  const bySettlement = zeroBy(settlementKeys, noFigures);
  const byStage = new Map<string, DefenceFigures>();
  for (const a of all) {
    const stage = byStage.get(a.stageId) ?? noFigures();
    byStage.set(a.stageId, stage);
    for (const f of [total, byCaseKind[a.caseKind], bySettlement[a.settlement], stage])
      addFigures(f, a, period);
  }
  const bySource = zeroBy(appointmentSources, () => 0);
  for (const a of all) if (inPeriod(a.receivedDate, period)) bySource[a.source] += 1;
  const declined = all.filter(
    (a) => a.decision?.kind === 'declined' && inPeriod(a.decision.date, period),
  );
  const work = all.flatMap((a) => workIn(a, period));
  return {
    received: total.received,
    bySource,
    accepted: total.accepted,
    declined: declined.length,
    declinedByGround: countBy(declined, (a) => a.decision?.groundId ?? null),
    completed: total.completed,
    inProgressAtEnd: total.inProgressAtEnd,
    noticesIssued: all.reduce(
      (sum, a) => sum + a.noticeDates.filter((d) => inPeriod(d, period)).length,
      0,
    ),
    work: {
      items: work.length,
      appointments: all.filter((a) => workIn(a, period).length > 0).length,
      minutes: total.workMinutes,
      nightMinutes: work.reduce((sum, w) => sum + w.nightMinutes, 0),
      nonWorkingDayMinutes: work.reduce((sum, w) => sum + (w.nonWorkingDay ? w.minutes : 0), 0),
    },
    byCaseKind,
    byStage: [...byStage.entries()]
      .filter(([, f]) => anyFigure(f))
      .map(([id, f]) => ({ id, ...f }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    bySettlement,
  };
}

/** Payments received by the period's end. */
const paidBy = (c: ReportClaim, period: Period) =>
  c.payments.filter((p) => byEndOf(p.date, period)).reduce((sum, p) => sum + p.amountTiyn, 0);

/**
 * What is still owed on a claim at the period's end (0 when nothing is): submitted by then,
 * not rejected by then, not settled by then (see `outstanding` above).
 */
export function owedAtEnd(c: ReportClaim, period: Period): number {
  if (c.submittedDate === null || !byEndOf(c.submittedDate, period)) return 0;
  if (c.rejectedDate !== null && byEndOf(c.rejectedDate, period)) return 0;
  const settled =
    c.state === 'paid' && c.payments.length > 0 && c.payments.every((p) => byEndOf(p.date, period));
  return settled ? 0 : Math.max(0, c.totalTiyn - paidBy(c, period));
}

function paymentFigures(all: readonly ReportClaim[], period: Period) {
  const submitted = all.filter(
    (c) => c.submittedDate !== null && inPeriod(c.submittedDate, period),
  );
  const paidIn = all
    .map((c) => c.payments.filter((p) => inPeriod(p.date, period)))
    .filter((ps) => ps.length > 0);
  const owed = all.map((c) => owedAtEnd(c, period)).filter((t) => t > 0);
  return {
    submitted: {
      count: submitted.length,
      tiyn: submitted.reduce((sum, c) => sum + c.totalTiyn, 0),
    },
    paid: {
      claims: paidIn.length,
      tiyn: paidIn.flat().reduce((sum, p) => sum + p.amountTiyn, 0),
    },
    outstanding: { count: owed.length, tiyn: owed.reduce((a, b) => a + b, 0) },
  };
}
