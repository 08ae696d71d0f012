/**
 * The month's fairness report (Rules cl. 4.1–4.2, 16, 21): per advocate, the duty days in each
 * schedule and the paper appointments handed to them, with what became of them and how often
 * the queue passed them over and why; then how even it was — lowest, highest, the gap and the
 * Gini coefficient — each explained in one plain sentence, because the head shows this page to
 * advocates and the presidium who are not statisticians. Figures are the domain's
 * (FairnessReport); this file only prints them.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dutyKinds } from '../../src-shared/contracts/entities/duty-roster';
import { skipReasons } from '../../src-shared/contracts/entities/duty-distribution';
import type { FairnessReport, FairnessRow, Spread } from '../../src-shared/domain/duty/types';
import { formatNumber } from '../../src-shared/i18n/format';
import { gridLayout, HEADER_FILL, hyphenate, MUTED, pageFooter, signatureLine } from './doc-parts';
import { compareNames, dutyTexts, formatDay, type DutyTexts } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';

export interface FairnessReportInput extends FairnessReport {
  /** ISO datetime of printing. */
  generatedAt: string;
  headName: string;
  /** Decline grounds of the defence-register pack, by id. */
  declineGroundLabels: Record<string, { kk: string; ru: string }>;
}

/** Alphabetical, like every other list the office prints. */
export function sortedRows(rows: FairnessRow[]): FairnessRow[] {
  return [...rows].sort((a, b) => compareNames(a.fullName, b.fullName));
}

/** The counts of one row, in the table's column order (after № and name, before the note). */
export function rowCounts(r: FairnessRow): number[] {
  return [
    ...dutyKinds.map((k) => r.dutyDays[k]),
    r.dutyTotal,
    r.received,
    r.accepted,
    r.declined,
    r.pending,
    skippedTotal(r),
  ];
}

export const skippedTotal = (r: FairnessRow) =>
  Object.values(r.skipped).reduce((sum, n) => sum + n, 0);

/** A ground the pack no longer has is printed by its id rather than dropped. */
export function groundLabel(
  input: Pick<FairnessReportInput, 'declineGroundLabels'>,
  id: string,
  locale: SheetLocale,
): string {
  return input.declineGroundLabels[id]?.[locale] ?? id;
}

/** Skip reasons in the contract's order, then any the contract has not heard of, by id. */
export function skipKeys(r: FairnessRow): string[] {
  const known: readonly string[] = skipReasons;
  return [
    ...skipReasons.filter((k) => (r.skipped[k] ?? 0) > 0),
    ...Object.keys(r.skipped).filter((k) => !known.includes(k) && (r.skipped[k] ?? 0) > 0),
  ];
}

export const skipLabel = (t: DutyTexts, reason: string) =>
  (t.fairness.skipReasons as Record<string, string>)[reason] ?? reason;

function noteLines(input: FairnessReportInput, r: FairnessRow, t: DutyTexts, locale: SheetLocale) {
  const f = t.fairness;
  return [
    ...Object.entries(r.declineGrounds)
      .filter(([, n]) => n > 0)
      .map(([id, n]) => f.noteDeclined(groundLabel(input, id, locale), n)),
    ...skipKeys(r).map((k) => f.noteSkipped(skipLabel(t, k), r.skipped[k] ?? 0)),
  ];
}

const MARGINS: [number, number, number, number] = [24, 30, 24, 44];
const CONTENT_WIDTH = 841.89 - MARGINS[0] - MARGINS[2];
const CHROME = 2 * 3 + 0.5;
const NUMBER_WIDTH = 18;
const NAME_WIDTH = 140;
/** Nine count columns: narrow (their headers are hyphenated) so the note column can be read. */
const COUNT_WIDTH = 40;
const COUNTS = 9;
const HEADER_FONT = 7.5;
const NOTE_WIDTH =
  CONTENT_WIDTH - NUMBER_WIDTH - NAME_WIDTH - COUNTS * COUNT_WIDTH - (COUNTS + 3) * CHROME;
const BOLD = 1.07;

export function fairnessReportDoc(
  input: FairnessReportInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = dutyTexts[locale];
  const f = t.fairness;
  const [year = 0, month = 0] = input.month.split('-').map(Number);
  const widths = [NUMBER_WIDTH, NAME_WIDTH, ...Array<number>(COUNTS).fill(COUNT_WIDTH), NOTE_WIDTH];
  const rows = sortedRows(input.rows);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: {
      title: `${f.title} · ${t.monthYear(month, year)}`,
      author: input.headName,
      creator: 'Qorgau',
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9, lineHeight: 1.1 },
    styles: { muted: { fontSize: 9, color: MUTED } },
    content: [
      { text: input.officeName, style: 'muted' },
      { text: f.title, fontSize: 13, bold: true, alignment: 'center', margin: [0, 4, 0, 0] },
      { text: t.monthYear(month, year), fontSize: 11, alignment: 'center' },
      {
        text: f.counted(input.scheduleEdition),
        style: 'muted',
        alignment: 'center',
        margin: [0, 2, 0, 8],
      },
      {
        layout: gridLayout(3),
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths,
          body: [
            ...headerRows(t),
            ...rows.map((r, i) => row(input, r, i + 1, t, locale)),
            totalRow(rows, t),
          ],
        },
      },
      ...summary(input, t, locale),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${input.officeName}`, t.page, MARGINS[0]),
  };
}

function headerRows(t: DutyTexts): TableCell[][] {
  const c = t.fairness.columns;
  const cell = (text: string, width: number, more: Partial<TableCell> = {}): TableCell =>
    ({
      text: hyphenate(text, width, HEADER_FONT * BOLD),
      bold: true,
      fontSize: HEADER_FONT,
      fillColor: HEADER_FILL,
      alignment: 'center',
      ...more,
    }) as TableCell;
  const group = (text: string): TableCell[] => [
    cell(text, 4 * COUNT_WIDTH, { colSpan: 4 }),
    {},
    {},
    {},
  ];
  return [
    [
      cell(c.number, NUMBER_WIDTH, { rowSpan: 2 }),
      cell(c.fullName, NAME_WIDTH, { rowSpan: 2 }),
      ...group(t.fairness.groups.dutyDays),
      ...group(t.fairness.groups.appointments),
      cell(c.skipped, COUNT_WIDTH, { rowSpan: 2 }),
      cell(c.note, NOTE_WIDTH, { rowSpan: 2 }),
    ],
    [
      {},
      {},
      ...dutyKinds.map((k) => cell(t.kindAbbr[k], COUNT_WIDTH)),
      ...[c.total, c.received, c.accepted, c.declined, c.pending].map((s) => cell(s, COUNT_WIDTH)),
      {},
      {},
    ],
  ];
}

function row(
  input: FairnessReportInput,
  r: FairnessRow,
  n: number,
  t: DutyTexts,
  locale: SheetLocale,
): TableCell[] {
  return [
    { text: String(n), alignment: 'center' },
    { text: r.fullName },
    ...rowCounts(r).map((v, i): TableCell => ({
      text: String(v),
      alignment: 'center',
      bold: i === 3,
    })),
    { text: noteLines(input, r, t, locale).join('\n'), fontSize: 8 },
  ];
}

function totalRow(rows: FairnessRow[], t: DutyTexts): TableCell[] {
  const sums = rows.reduce(
    (acc, r) => rowCounts(r).map((v, i) => (acc[i] ?? 0) + v),
    Array<number>(COUNTS).fill(0),
  );
  const fill = { fillColor: HEADER_FILL, bold: true };
  return [
    { text: t.fairness.totalRow, colSpan: 2, ...fill },
    {},
    ...sums.map((v): TableCell => ({ text: String(v), alignment: 'center', ...fill })),
    { text: '', ...fill },
  ];
}

/**
 * The figures, each explained, then the basis and the head's signature. Kept in two unbreakable
 * blocks, so neither the figures nor the signature is split from its heading across pages.
 */
function summary(input: FairnessReportInput, t: DutyTexts, locale: SheetLocale): Content[] {
  const f = t.fairness;
  const m = f.measures;
  const head = ['', m.min, m.max, m.spread, m.gini].map((text): TableCell => ({
    text,
    bold: true,
    fontSize: 8.5,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const line = (label: string, s: Spread): TableCell[] => [
    { text: label, bold: true },
    ...[String(s.min), String(s.max), String(s.spread), formatNumber(s.gini, locale, 2)].map(
      (text): TableCell => ({ text, alignment: 'center' }),
    ),
  ];
  return [
    {
      unbreakable: true,
      margin: [0, 10, 0, 0],
      stack: [
        { text: f.summary, fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
        {
          columnGap: 20,
          columns: [
            {
              width: 400,
              stack: [
                {
                  layout: gridLayout(4),
                  table: {
                    widths: [122, 55, 55, 55, 70],
                    body: [
                      head,
                      line(f.summaryRows.dutyDays, input.dutyDays),
                      line(f.summaryRows.received, input.received),
                    ],
                  },
                },
                { text: f.excluded, style: 'muted', margin: [0, 3, 0, 0] },
              ],
            },
            { width: '*', ul: [f.explain.min, f.explain.max, f.explain.spread, f.explain.gini] },
          ],
        },
      ],
    },
    {
      unbreakable: true,
      margin: [0, 8, 0, 0],
      columnGap: 30,
      columns: [
        {
          width: '*',
          style: 'muted',
          stack: [
            { text: [{ text: `${t.basis}: `, bold: true }, f.basis] },
            { text: f.generated(formatDay(input.generatedAt, locale)), margin: [0, 4, 0, 0] },
          ],
        },
        {
          width: 280,
          stack: [
            {
              text: [
                { text: `${t.responsible}: `, color: MUTED },
                { text: input.headName, bold: true },
              ],
            },
            ...signatureLine(280, t.signature, 20),
          ],
        },
      ],
    },
  ];
}
