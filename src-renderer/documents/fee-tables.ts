/**
 * The tables of the fee application: the work table — one row per part of a line paid at one
 * factor, so each row checks as minutes × rate × factor × МРП, the header repeated on every
 * page — with the rates it uses named above it, and the expenses table.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { FeeCalculation, FeeLine } from '../../src-shared/domain/fees/types';
import { formatDate, formatNumber } from '../../src-shared/i18n/format';
import { formatMoney } from '../../src-shared/i18n/money';
import { gridLayout, HEADER_FILL, hyphenate, MUTED } from './doc-parts';
import type { SheetLocale } from './explanation-texts';
import {
  decimal,
  expenseOf,
  HEADER_FONT,
  label,
  type FeeApplicationInput,
  type FeeDocLabels,
} from './fee-doc-input';
import type { FeeTexts } from './fee-texts';

/** The category and tier each rate comes from, once above the table. */
export function rates(
  calc: FeeCalculation,
  labels: FeeDocLabels,
  t: FeeTexts,
  locale: SheetLocale,
) {
  const seen = new Map<string, string>();
  for (const l of calc.lines) {
    if (l.kind === 'expense' || !l.tierId) continue;
    const key = `${l.feeCategoryId}|${l.tierId}|${l.rateMrp}`;
    seen.set(
      key,
      t.rate(
        label(labels.categories, l.feeCategoryId, locale),
        label(labels.tiers, l.tierId, locale),
        decimal(l.rateMrp, locale),
      ),
    );
  }
  return [...seen.values()].map((text): Content => ({ text, fontSize: 9, margin: [0, 0, 0, 3] }));
}

// Widths of the work table: everything but "work" fixed, so figures never wrap mid-number;
// the time goes under the date, which leaves the action's name room on one or two lines.
const WORK_WIDTHS = [16, 54, '*', 50, 50, 32, 38, 58] as const;

export function workTable(input: FeeApplicationInput, t: FeeTexts, locale: SheetLocale): Content {
  const calc = input.claim.calculation;
  const c = t.columns;
  const head = [c.number, c.when, c.work, c.minutes, c.rate, c.factor, c.mrp, c.amount];
  const header = head.map((text, i): TableCell => {
    const w = WORK_WIDTHS[i];
    return {
      text: typeof w === 'number' ? hyphenate(text, w - 6, HEADER_FONT * 1.07) : text,
      bold: true,
      fontSize: HEADER_FONT,
      fillColor: HEADER_FILL,
      alignment: 'center',
    };
  });
  const body: TableCell[][] = [header];
  // Rows that continue a line (its night part, say): no rule above them, so a line reads as one.
  const continuation = new Set<number>();
  calc.lines
    .filter((l) => l.kind !== 'expense')
    .forEach((line, i) => {
      lineRows(line, i + 1, input.labels, t, locale).forEach((row, k) => {
        if (k > 0) continuation.add(body.length);
        body.push(row);
      });
    });
  const right = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold });
  body.push([
    { text: t.feeTotal, colSpan: 3, bold: true, alignment: 'right' },
    {},
    {},
    right(String(calc.totals.paidMinutes), true),
    { text: '', colSpan: 3 },
    {},
    {},
    right(formatMoney(calc.totals.feeTiyn, locale), true),
  ]);
  const grid = gridLayout(3);
  return {
    fontSize: 8.5,
    layout: { ...grid, hLineWidth: (i) => (continuation.has(i) ? 0 : 0.5) },
    table: { headerRows: 1, dontBreakRows: true, widths: [...WORK_WIDTHS], body },
  };
}

/** One row per part of the line (a line with no paid part still gets its row). */
function lineRows(
  line: FeeLine,
  n: number,
  labels: FeeDocLabels,
  t: FeeTexts,
  locale: SheetLocale,
): TableCell[][] {
  const work =
    line.kind === 'consultation'
      ? t.consultation(line.recordLabel)
      : label(labels.actions, line.activityId, locale);
  const notes = [
    line.kind === 'travel' ? t.travel : '',
    line.paidMinutes < line.minutes ? t.spent(line.minutes) : '',
    line.cappedBy?.perPerson ? t.cappedPerPerson(line.cappedBy.perPerson) : '',
    line.cappedBy?.perDay ? t.cappedPerDay(line.cappedBy.perDay) : '',
  ].filter(Boolean);
  const parts = line.parts.length > 0 ? line.parts : [null];
  const right = (text: string): TableCell => ({ text, alignment: 'right' });
  return parts.map((part, k): TableCell[] => {
    const factors = (part?.factorItemIds ?? []).map((id) => label(labels.factors, id, locale));
    return [
      k === 0 ? { text: String(n), alignment: 'center' } : '',
      k === 0 ? `${formatDate(line.date, locale)}\n${line.startedAt}–${line.endedAt}` : '',
      {
        stack: [
          ...(k === 0 ? [{ text: work }] : []),
          ...(k === 0 ? notes.map((x) => ({ text: x, fontSize: 7.5, color: MUTED })) : []),
          ...factors.map((f) => ({ text: f, italics: true, color: MUTED })),
        ],
      },
      right(String(part ? part.minutes : line.paidMinutes)),
      right(line.rateMrp ? decimal(line.rateMrp, locale) : '—'),
      right(part ? decimal(part.factor, locale) : '—'),
      right(line.mrp ? formatNumber(line.mrp.amount, locale, 0) : '—'),
      right(formatMoney(part ? part.amountTiyn : line.amountTiyn, locale)),
    ];
  });
}

export function expenses(
  input: FeeApplicationInput,
  heading: string,
  t: FeeTexts,
  locale: SheetLocale,
): Content[] {
  const { claim, labels } = input;
  const lines = claim.calculation.lines.filter((l) => l.kind === 'expense');
  if (lines.length === 0) return [{ text: `${heading}: ${t.noExpenses}`, margin: [0, 8, 0, 0] }];
  const c = t.expenseColumns;
  const widths = [16, 46, '*', 120, 70, 56];
  const header = [c.number, c.date, c.type, c.document, c.basis, c.amount].map(
    (text): TableCell => ({
      text,
      bold: true,
      fontSize: HEADER_FONT,
      fillColor: HEADER_FILL,
      alignment: 'center',
    }),
  );
  const rows = lines.map((line, i): TableCell[] => {
    const e = expenseOf(claim, line);
    const doc = e?.document;
    const type = label(labels.expenseTypes, line.activityId, locale);
    return [
      { text: String(i + 1), alignment: 'center' },
      formatDate(line.date, locale),
      { text: [type, e?.description ? { text: `\n${e.description}`, color: MUTED } : ''] },
      doc && (doc.number || doc.date)
        ? t.documentRef(doc.number, formatDate(doc.date, locale))
        : '—',
      e?.days ? t.days(e.days) : t.byDocument,
      { text: formatMoney(line.amountTiyn, locale), alignment: 'right' },
    ];
  });
  const total: TableCell[] = [
    { text: t.expensesTotal, colSpan: 5, bold: true, alignment: 'right' },
    {},
    {},
    {},
    {},
    {
      text: formatMoney(claim.calculation.totals.expensesTiyn, locale),
      bold: true,
      alignment: 'right',
    },
  ];
  return [
    { text: heading, style: 'heading' },
    {
      fontSize: 8.5,
      layout: gridLayout(3),
      table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows, total] },
    },
  ];
}
