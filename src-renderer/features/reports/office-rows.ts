/**
 * A consultation for the office reports from its stored row alone, never decoding the entry:
 * the rows carry the settlement for exactly this (rows.ts), and the person is the row's lookup
 * key (the codec's keyed hash of the IIN of the person helped). The row does not say whether the
 * advice was oral or written, or given where the person is: the office reports (the month
 * summary, the semiannual summary) do not count those, so they get fixed values nothing reads.
 */
import type { ConsultationStatus } from '../../../src-shared/contracts/entities/consultation';
import {
  settlementOf,
  type ReportConsultation,
} from '../../../src-shared/domain/reports/report-inputs';
import type { ConsultationRow } from '../../db/rows';

export function consultationFromRow(r: ConsultationRow): ReportConsultation {
  return {
    id: r.id,
    version: r.version,
    advocateId: r.advocateId,
    label: `${r.number}/${r.year}`,
    appliedAt: r.date,
    status: r.status as ConsultationStatus,
    form: 'oral',
    categoryId: r.categoryId,
    issueAreaId: r.issueAreaId,
    atPersonLocation: false,
    minutes: r.status === 'given' ? r.durationMinutes : 0,
    settlement: settlementOf(r.settlement),
    // An entry always has an IIN; an empty key still must not merge different people.
    personKey: r.iinKey || `consultation:${r.id}`,
  };
}
