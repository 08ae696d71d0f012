/**
 * The collegium-wide semiannual summary (semiannual-aggregate.ts) as a plain-text table for the
 * admin CLI's terminal: one block per office and one for the total, each with its settlement
 * columns, the claims (not split) and the notes on how the figures are counted. Numbers and
 * amounts as kk / ru readers expect them (src-shared/i18n/format.ts, money.ts).
 */
import { settlementKeys } from '../../src-shared/domain/reports/report-inputs';
import { formatDate, formatNumber } from '../../src-shared/i18n/format';
import { formatTenge } from '../../src-shared/i18n/money';
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

const columns = [...settlementKeys, 'total'] as const;

function block(
  heading: string,
  f: AggregateFigures,
  locale: AggregateLocale,
  labelWidth: number,
): string[] {
  const t = aggregateTexts[locale];
  const n = (v: number) => formatNumber(v, locale, 0);
  const cells = splitFigures.map((k) => [
    ...settlementKeys.map((s) => n(f[k][s])),
    n(splitTotal(f[k])),
  ]);
  const widths = columns.map((c, i) =>
    Math.max(t.settlement[c].length, ...cells.map((row) => row[i]!.length)),
  );
  const row = (label: string, values: readonly string[]) =>
    `  ${label.padEnd(labelWidth)}  ${values.map((v, i) => v.padStart(widths[i]!)).join('  ')}`.trimEnd();
  return [
    heading,
    `  ${t.advocates}: ${n(f.advocates)}`,
    row(
      '',
      columns.map((c) => t.settlement[c]),
    ),
    ...splitFigures.map((k, i) => row(t.figures[k], cells[i]!)),
    ...claimFigures.map(
      (k) =>
        `  ${t.figures[k]}: ${t.count} ${n(f[k].count)}, ${t.amount} ${formatTenge(f[k].tiyn, locale)}`,
    ),
  ];
}

export function aggregateTable(a: SemiannualAggregate, locale: AggregateLocale): string {
  const t = aggregateTexts[locale];
  const labelWidth = Math.max(...splitFigures.map((k) => t.figures[k].length));
  const out = [
    t.title(
      a.collegium.name,
      a.year,
      a.half,
      formatDate(a.period.from, locale),
      formatDate(a.period.to, locale),
    ),
    '',
  ];
  for (const o of a.offices) {
    const heading = o.officeId === null ? t.noOffice : `${o.officeName ?? ''} (${o.officeId})`;
    out.push(...block(heading, o, locale, labelWidth), '');
  }
  out.push(...block(t.total, a.totals, locale, labelWidth), '');
  out.push(...t.notes.map((note) => `* ${note}`));
  return out.join('\n');
}
