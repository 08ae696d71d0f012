/**
 * The head's month at a glance (issue 8): per advocate of the office, the work done and the
 * money claimed and paid in a month, with the office's totals — the monthly reports
 * (monthly-report.ts) side by side. Not the roster of office/month-summary.ts, which is about
 * how fresh each advocate's synced copy is.
 *
 * The totals are counted over all the records, not added up from the rows: a person consulted by
 * two advocates of the office is one person for the office.
 */
import { latestVersions } from './report-inputs';
import { monthFigures, type MonthFigures, type ReportRecords } from './monthly-report';
import type { Period } from './report-period';

export interface OfficeAdvocate {
  id: string;
  fullName: string;
}

export interface OfficeWorkFigures {
  consultationsGiven: number;
  /** Distinct persons consulted. */
  persons: number;
  consultationMinutes: number;
  appointmentsReceived: number;
  appointmentsAccepted: number;
  /** Defence and representation work done in the month. */
  workMinutes: number;
  /** Claims submitted in the month. */
  claimedTiyn: number;
  /** Payments received in the month. */
  paidTiyn: number;
}

export interface OfficeWorkRow extends OfficeWorkFigures {
  advocateId: string;
  /** null: records of an advocate whose profile has not reached this device. */
  fullName: string | null;
}

export interface OfficeMonthWork {
  month: string;
  period: Period;
  rows: OfficeWorkRow[];
  totals: OfficeWorkFigures;
}

export interface OfficeMonthWorkInput extends ReportRecords {
  month: string;
  /** The office's advocates, in the order rows should follow. */
  advocates: readonly OfficeAdvocate[];
}

function pick(f: MonthFigures): OfficeWorkFigures {
  return {
    consultationsGiven: f.consultations.given.count,
    persons: f.consultations.given.persons,
    consultationMinutes: f.consultations.given.minutes,
    appointmentsReceived: f.defence.received,
    appointmentsAccepted: f.defence.accepted,
    workMinutes: f.defence.work.minutes,
    claimedTiyn: f.payment.submitted.tiyn,
    paidTiyn: f.payment.paid.tiyn,
  };
}

/** Each record once, in its newest version. */
export function latestRecords(records: ReportRecords): ReportRecords {
  return {
    consultations: latestVersions(records.consultations),
    appointments: latestVersions(records.appointments),
    claims: latestVersions(records.claims),
  };
}

/**
 * Whom the rows are for: the known advocates in the order given (even with nothing in the
 * period), then anyone else with records here, by id (`fullName` null) — their work is the
 * office's too and must not drop out of the totals because a profile has not synced yet.
 */
export function rowAdvocates(
  advocates: readonly OfficeAdvocate[],
  records: ReportRecords,
): { id: string; fullName: string | null }[] {
  const known = new Set(advocates.map((a) => a.id));
  const others = new Set(
    [...records.consultations, ...records.appointments, ...records.claims]
      .map((r) => r.advocateId)
      .filter((id) => !known.has(id)),
  );
  return [...advocates, ...[...others].sort().map((id) => ({ id, fullName: null }))];
}

/** The month's figures per advocate (see `rowAdvocates`) and for the office. */
export function officeMonthWork(input: OfficeMonthWorkInput): OfficeMonthWork {
  const records = latestRecords(input);
  const rowOf = (advocateId: string, fullName: string | null): OfficeWorkRow => {
    const own = <T extends { advocateId: string }>(rs: readonly T[]) =>
      rs.filter((r) => r.advocateId === advocateId);
    const figures = monthFigures(input.month, {
      consultations: own(records.consultations),
      appointments: own(records.appointments),
      claims: own(records.claims),
    });
    return { advocateId, fullName, ...pick(figures) };
  };
  const total = monthFigures(input.month, records);
  return {
    month: input.month,
    period: total.period,
    rows: [...rowAdvocates(input.advocates, records).map((a) => rowOf(a.id, a.fullName))],
    totals: pick(total),
  };
}
