/**
 * The office's records on a head's device, for the office reports (the head's month summary and
 * the semiannual summary, Rules cl. 5.4): every advocate's register rows as the office server
 * delivered them, in the same tables as the head's own. Reads only, and across owners on purpose,
 * like src-renderer/db/office-reads.ts (whose advocates list this reuses).
 *
 * Consultations are counted from the plain row fields, never decoding anyone's entry
 * (office-rows.ts). Appointments and claims are decoded: their work and payments are in the
 * personal part.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportRecords } from '../../../src-shared/domain/reports/monthly-report';
import {
  officeMonthWork,
  type OfficeAdvocate,
} from '../../../src-shared/domain/reports/office-summary';
import { halfMonths, type Half } from '../../../src-shared/domain/reports/report-period';
import { semiannualSummary } from '../../../src-shared/domain/reports/semiannual-summary';
import {
  reportAppointment,
  reportClaim,
  settlementLookup,
  settlementOf,
} from '../../../src-shared/domain/reports/report-inputs';
import { appDb, repos } from '../../db';
import type { ConsultationRow } from '../../db/rows';
import { consultationFromRow } from './office-rows';

export interface OfficeRecords extends ReportRecords {
  /** The office's advocates this device knows, the head first (office-reads.ts order). */
  advocates: (OfficeAdvocate & { own: boolean })[];
}

/**
 * The office's records that can count in `months` (consecutive 'YYYY-MM', oldest first):
 * consultations applied for in them; appointments received by the last of them (work, decisions
 * and completions come after receiving); every claim (a claim's dates are in its personal part).
 */
export async function loadOfficeRecords(months: readonly string[]): Promise<OfficeRecords> {
  const first = months[0]!;
  const last = months.at(-1)!;
  const [advocates, consultationRows, appointmentRows, claimRows] = await Promise.all([
    repos.office.advocates(),
    appDb.consultations.where('month').between(first, last, true, true).toArray(),
    appDb.appointments.where('month').belowOrEqual(last).toArray(),
    appDb.feeClaims.toArray(),
  ]);
  const [appointments, claims] = await Promise.all([
    Promise.all(appointmentRows.map((r) => repos.appointments.open(r))),
    Promise.all(claimRows.map((r) => repos.feeClaims.open(r))),
  ]);
  const mappedAppointments = appointments.map(reportAppointment);
  // A consultation claim may cover entries of months outside the period: their settlements.
  const claimed = [...new Set(claims.flatMap((c) => c.consultationIds))];
  const claimedRows = (await appDb.consultations.bulkGet(claimed)).filter(
    (r): r is ConsultationRow => r !== undefined,
  );
  const settlements = settlementLookup(
    [...consultationRows, ...claimedRows].map((r) => ({
      id: r.id,
      settlement: settlementOf(r.settlement),
    })),
    mappedAppointments,
  );
  return {
    advocates: advocates.map((a) => ({ id: a.id, fullName: a.profile.fullName, own: a.own })),
    consultations: consultationRows.map(consultationFromRow),
    appointments: mappedAppointments,
    claims: claims.map((c) => reportClaim(c, settlements)),
  };
}

/** The office's month (per advocate and in total) and how fresh each advocate's copy is. */
export function useOfficeMonth(month: string, today: string) {
  return useLiveQuery(async () => {
    const [records, roster] = await Promise.all([
      loadOfficeRecords([month]),
      repos.office.monthSummary(month, today),
    ]);
    return { month, work: officeMonthWork({ month, ...records }), roster: roster.summary };
  }, [month, today]);
}

/** The semiannual summary of the office for the half-year (Rules cl. 5.4). */
export function useSemiannual(year: number, half: Half) {
  return useLiveQuery(async () => {
    const records = await loadOfficeRecords(halfMonths(year, half));
    return semiannualSummary({ year, half, ...records });
  }, [year, half]);
}
