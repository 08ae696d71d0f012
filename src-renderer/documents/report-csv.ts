/**
 * The semiannual summary (Rules cl. 5.4) and the office's month summary as CSV, to copy into
 * the justice bodies' forms or a spreadsheet. Written like the fairness CSV (fairness-csv.ts):
 * UTF-8 with a BOM, `;` between fields, CRLF, quoting, and text that could run as a formula
 * made harmless. Figures are plain numbers a spreadsheet can sum: amounts in tenge and hours
 * as decimals with a comma and no grouping ("12345,67", "2,50"), counted in integer tiyn and
 * minutes so the last digit is the stored one.
 *
 * The semiannual summary is one line per advocate and settlement — all, rural, town, not
 * stated — as the PDF's four lines, with the office's totals last.
 */
import { caseKinds } from '../../src-shared/contracts/entities/appointment';
import type { OfficeMonthWork } from '../../src-shared/domain/reports/office-summary';
import type {
  SemiannualFigures,
  SemiannualSummary,
  Split,
} from '../../src-shared/domain/reports/semiannual-summary';
import { splitTotal } from '../../src-shared/domain/reports/semiannual-summary';
import type { SheetLocale } from './explanation-texts';
import { csvLine } from './fairness-csv';
import { sortedByName } from './office-summary-doc';
import { reportTexts } from './report-texts';
import { SUB_ROWS } from './semiannual-summary-doc';

const BOM = '\ufeff';
const CRLF = '\r\n';

/** Integer tiyn → "12345,67" (a minus sign first when negative): no grouping, no float. */
export function csvTenge(tiyn: number): string {
  if (!Number.isSafeInteger(tiyn)) throw new RangeError(`Expected whole tiyn, got ${tiyn}`);
  const abs = Math.abs(tiyn);
  return `${tiyn < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Minutes → hours with two decimals, "150" → "2,50" (rounded half up to the hundredth). */
export function csvHours(minutes: number): string {
  const hundredths = Math.round((minutes * 100) / 60);
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}

const csvDocument = (lines: (string | number)[][]) => BOM + lines.map(csvLine).join(CRLF) + CRLF;

function semiannualLine(f: SemiannualFigures, row: (typeof SUB_ROWS)[number]): (string | number)[] {
  const pick = (s: Split, total = splitTotal(s)) => (row === 'total' ? total : s[row]);
  const accepted = caseKinds.map((k) => pick(f.accepted[k]));
  return [
    pick(f.consultationsGiven),
    // A person helped in town and in a village is on both lines, once in the total.
    pick(f.persons, f.personsTotal),
    csvHours(pick(f.consultationMinutes)),
    ...accepted,
    accepted.reduce((a, b) => a + b, 0),
    pick(f.completed),
    csvHours(pick(f.workMinutes)),
    csvTenge(pick(f.claimedTiyn)),
    csvTenge(pick(f.paidTiyn)),
  ];
}

export function semiannualCsv(summary: SemiannualSummary, locale: SheetLocale): string {
  const t = reportTexts[locale];
  const s = t.semiannual;
  const header = [
    '№',
    t.advocate,
    s.settlementColumn,
    s.columns.consultations,
    s.columns.persons,
    s.columns.consultationHours,
    ...caseKinds.map((k) => `${s.accepted}: ${t.caseKinds[k]}`),
    `${s.accepted}: ${t.total}`,
    s.columns.completed,
    s.columns.workHours,
    s.columns.claimed,
    s.columns.paid,
  ];
  const block = (n: number | '', name: string, f: SemiannualFigures) =>
    SUB_ROWS.map((row) => [n, name, t.settlementRow[row], ...semiannualLine(f, row)]);
  const rows = sortedByName(summary.rows).flatMap((r, i) =>
    block(i + 1, r.fullName ?? t.unknownAdvocate(r.advocateId), r),
  );
  return csvDocument([header, ...rows, ...block('', t.total, summary.totals)]);
}

export function officeMonthCsv(summary: OfficeMonthWork, locale: SheetLocale): string {
  const t = reportTexts[locale];
  const o = t.officeSummary;
  const c = o.columns;
  const header = [
    '№',
    t.advocate,
    c.consultations,
    c.persons,
    `${c.consultationTime}, ${t.hourUnit}`,
    `${o.groups.defence}: ${c.received}`,
    `${o.groups.defence}: ${c.accepted}`,
    `${c.workTime}, ${t.hourUnit}`,
    c.claimed,
    c.paid,
  ];
  const line = (n: number | '', name: string, f: OfficeMonthWork['totals']) => [
    n,
    name,
    f.consultationsGiven,
    f.persons,
    csvHours(f.consultationMinutes),
    f.appointmentsReceived,
    f.appointmentsAccepted,
    csvHours(f.workMinutes),
    csvTenge(f.claimedTiyn),
    csvTenge(f.paidTiyn),
  ];
  const rows = sortedByName(summary.rows).map((r, i) =>
    line(i + 1, r.fullName ?? t.unknownAdvocate(r.advocateId), r),
  );
  return csvDocument([header, ...rows, line('', t.total, summary.totals)]);
}
