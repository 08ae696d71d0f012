/**
 * The collegium-wide semiannual summary (semiannual-aggregate.ts) as CSV: one line per office and
 * a total line, for the staff's own spreadsheet. Written the way Excel in a Kazakh or Russian
 * Windows opens it by double-click, like the head's fairness CSV
 * (src-shared/domain/csv/csv.ts): UTF-8 with a BOM, `;` between fields, CRLF line ends,
 * RFC 4180 quoting, formula-safe text. Amounts are tenge with a decimal comma (a point in en) and
 * no grouping, so the spreadsheet reads them as numbers; the figures' notes are printed by the
 * table (aggregate-table.ts) and the README, not here, so every line sums.
 */
import {
  CSV_BOM as BOM,
  CSV_CRLF as CRLF,
  csvField,
  csvLine,
} from '../../src-shared/domain/csv/csv';
import { settlementKeys } from '../../src-shared/domain/reports/report-inputs';
import {
  aggregateTexts,
  claimFigures,
  splitFigures,
  type AggregateLocale,
} from './aggregate-texts';
import {
  splitTotal,
  type AggregateFigures,
  type SemiannualAggregate,
} from './semiannual-aggregate';

export { csvField };

/** Whole tiyn → "12345,67" (integer arithmetic: the last figure is the one stored). */
export function csvTenge(tiyn: number, locale: AggregateLocale): string {
  if (!Number.isSafeInteger(tiyn) || tiyn < 0) throw new RangeError(`Expected tiyn, got ${tiyn}`);
  const decimal = locale === 'en' ? '.' : ',';
  return `${Math.floor(tiyn / 100)}${decimal}${String(tiyn % 100).padStart(2, '0')}`;
}

function figureFields(f: AggregateFigures, locale: AggregateLocale): (string | number)[] {
  return [
    f.advocates,
    ...splitFigures.flatMap((k) => [...settlementKeys.map((s) => f[k][s]), splitTotal(f[k])]),
    ...claimFigures.flatMap((k) => [f[k].count, csvTenge(f[k].tiyn, locale)]),
  ];
}

export function aggregateCsv(a: SemiannualAggregate, locale: AggregateLocale): string {
  const t = aggregateTexts[locale];
  const header = [
    t.office,
    t.officeId,
    t.advocates,
    ...splitFigures.flatMap((k) =>
      [...settlementKeys, 'total' as const].map((s) => `${t.figures[k]}: ${t.settlement[s]}`),
    ),
    ...claimFigures.flatMap((k) => [
      `${t.figures[k]}: ${t.count}`,
      `${t.figures[k]}: ${t.amount}, ₸`,
    ]),
  ];
  const lines = a.offices.map((o) => [
    o.officeName ?? t.noOffice,
    o.officeId ?? '',
    ...figureFields(o, locale),
  ]);
  const total = [t.total, '', ...figureFields(a.totals, locale)];
  return BOM + [header, ...lines, total].map(csvLine).join(CRLF) + CRLF;
}
