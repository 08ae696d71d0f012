/**
 * The advocate's own records as the reports read them (Rules cl. 33), live: the month's
 * consultation entries, every appointment (work of an appointment received months ago still
 * counts in the month it was done) and every fee claim, mapped to the reports' shapes
 * (src-shared/domain/reports/report-inputs.ts). Only the signed-in advocate's records: on a
 * head's device the office's are in the same tables, and the office tab reads those itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { FeeClaim } from '../../../src-shared/contracts/entities/fee-claim';
import {
  monthlyReport,
  type MonthlyReport,
} from '../../../src-shared/domain/reports/monthly-report';
import {
  reportAppointment,
  reportClaim,
  reportConsultation,
  settlementLookup,
  settlementOf,
} from '../../../src-shared/domain/reports/report-inputs';
import { repos } from '../../db';
import { hoursByDay, type DayHours } from './day-hours';

export interface OwnReportData {
  month: string;
  report: MonthlyReport;
  days: DayHours[];
  /** Decoded, for the to-do list (their work items and ids). */
  appointments: Appointment[];
  claims: FeeClaim[];
}

export async function loadOwnReport(ownerId: string, month: string): Promise<OwnReportData> {
  const [consultationRows, appointmentRows, claims] = await Promise.all([
    repos.consultations.list(ownerId),
    repos.appointments.list(ownerId),
    repos.feeClaims.list(ownerId),
  ]);
  const monthRows = consultationRows.filter((r) => r.month === month);
  const [entries, appointments] = await Promise.all([
    Promise.all(monthRows.map((r) => repos.consultations.open(r))),
    Promise.all(appointmentRows.map((r) => repos.appointments.open(r))),
  ]);
  // The person is counted by the row's lookup key (the codec's keyed hash), never the IIN.
  const keys = new Map(monthRows.map((r) => [r.id, r.iinKey]));
  const consultations = entries.map((e) => reportConsultation(e, () => keys.get(e.id) ?? e.id));
  const mappedAppointments = appointments.map(reportAppointment);
  // A claim's amount is split by where its records' aid was given; its consultations may be of
  // any month, so their settlements come from the plain rows of all of them.
  const settlements = settlementLookup(
    consultationRows.map((r) => ({ id: r.id, settlement: settlementOf(r.settlement) })),
    mappedAppointments,
  );
  const records = {
    consultations,
    appointments: mappedAppointments,
    claims: claims.map((c) => reportClaim(c, settlements)),
  };
  return {
    month,
    report: monthlyReport({ month, advocateId: ownerId, ...records }),
    days: hoursByDay(month, records),
    appointments,
    claims,
  };
}

/** `loadOwnReport`, re-read on every change of the registers; undefined while loading. */
export function useOwnReport(ownerId: string, month: string): OwnReportData | undefined {
  const data = useLiveQuery(() => loadOwnReport(ownerId, month), [ownerId, month]);
  // While another month loads, the last one is not shown under the new month's name.
  return data?.month === month ? data : undefined;
}
