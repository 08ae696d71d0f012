/**
 * The fairness report's table as CSV, for the head's or the presidium's own spreadsheet.
 * Written the way Excel in a Kazakh or Russian Windows opens it by double-click: UTF-8 with a
 * BOM (without it Excel reads Cyrillic as cp1251 mojibake), `;` between fields (the list
 * separator where the decimal separator is a comma), CRLF line ends, and RFC 4180 quoting.
 * One column per skip reason rather than the PDF's note lines, so the figures can be summed.
 */
import {
  CSV_BOM as BOM,
  CSV_CRLF as CRLF,
  CSV_SEPARATOR,
  csvField,
  csvLine,
} from '../../src-shared/domain/csv/csv';
import { dutyKinds } from '../../src-shared/contracts/entities/duty-roster';
import { skipReasons } from '../../src-shared/contracts/entities/duty-distribution';
import { dutyTexts } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import {
  groundLabel,
  rowCounts,
  skipLabel,
  sortedRows,
  type FairnessReportInput,
} from './fairness-report';

export { CSV_SEPARATOR, csvField, csvLine };

export function fairnessCsv(
  input: Pick<FairnessReportInput, 'rows' | 'declineGroundLabels'>,
  locale: SheetLocale,
): string {
  const t = dutyTexts[locale];
  const c = t.fairness.columns;
  const rows = sortedRows(input.rows);
  // Reasons the contract does not list still get a column, after the known ones.
  const known: readonly string[] = skipReasons;
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.skipped)))].filter(
    (k) => !known.includes(k),
  );
  const reasons = [...skipReasons, ...extra];
  const header = [
    c.number,
    c.fullName,
    ...dutyKinds.map((k) => `${t.fairness.groups.dutyDays}: ${t.kindNames[k]}`),
    `${t.fairness.groups.dutyDays}: ${c.total}`,
    ...[c.received, c.accepted, c.declined, c.pending].map(
      (s) => `${t.fairness.groups.appointments}: ${s}`,
    ),
    c.skipped,
    ...reasons.map((r) => t.fairness.skippedBy(skipLabel(t, r))),
    t.fairness.declineGrounds,
  ];
  const lines = rows.map((r, i) => [
    i + 1,
    r.fullName,
    ...rowCounts(r),
    ...reasons.map((k) => r.skipped[k] ?? 0),
    // One ground per line inside the cell: Excel shows them stacked.
    Object.entries(r.declineGrounds)
      .filter(([, n]) => n > 0)
      .map(([id, n]) => `${groundLabel(input, id, locale)} — ${n}`)
      .join('\n'),
  ]);
  return BOM + [header, ...lines].map(csvLine).join(CRLF) + CRLF;
}
