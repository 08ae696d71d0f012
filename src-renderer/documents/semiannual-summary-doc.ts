/**
 * The collegium's semiannual summary on SGLA for the justice bodies (Rules cl. 5.4: by 5 July
 * and 5 January), with the aid given in rural settlements apart. The figures are
 * `semiannualSummary` (src-shared/domain/reports); the ministry's form was not seen, so the page
 * says it is our draft, and notes under the table say how each figure was counted.
 *
 * One table row per advocate, each figure cell four lines — all, rural settlement, town, not
 * stated — with the labels in their own column: a row never breaks across pages
 * (`dontBreakRows`), so an advocate's four lines always stay together and in step.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { caseKinds } from '../../src-shared/contracts/entities/appointment';
import {
  splitTotal,
  type SemiannualFigures,
  type SemiannualSummary,
  type Split,
} from '../../src-shared/domain/reports/semiannual-summary';
import { formatMoney } from '../../src-shared/i18n/money';
import {
  gridLayout,
  HEADER_FILL,
  hyphenate,
  longestWord,
  MUTED,
  signatureLine,
  wordWidth,
} from './doc-parts';
import { formatDay } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { reportFooter } from './report-doc-parts';
import { sortedByName } from './office-summary-doc';
import { PDF_FONT } from './pdf-fonts';
import { reportTexts, type ReportTexts } from './report-texts';

export interface SemiannualSummaryDocInput {
  summary: SemiannualSummary;
  collegium: string;
  /** The office the figures cover when they are not the whole collegium's, else null. */
  office: string | null;
  /** cl. 5.4: `semiannualDeadline(cal, year, half)`. */
  due: string;
  responsible: { fullName: string; position: string };
  printedAt: string;
}

/** The four lines of every figure cell, in this order. */
export const SUB_ROWS = ['total', 'rural', 'urban', 'unstated'] as const;

/** The figure columns, each as its four lines (all / rural / town / not stated). */
export function figureColumns(
  f: SemiannualFigures,
  t: ReportTexts,
  locale: SheetLocale,
): string[][] {
  const lines = (s: Split, show: (n: number) => string, total = splitTotal(s)) =>
    SUB_ROWS.map((k) => show(k === 'total' ? total : s[k]));
  const count = (n: number) => String(n);
  const acceptedAll: Split = { urban: 0, rural: 0, unstated: 0 };
  for (const k of caseKinds)
    for (const s of ['urban', 'rural', 'unstated'] as const) acceptedAll[s] += f.accepted[k][s];
  return [
    lines(f.consultationsGiven, count),
    // A person helped in town and in a village is in both lines but once in the total.
    lines(f.persons, count, f.personsTotal),
    lines(f.consultationMinutes, t.hours),
    ...caseKinds.map((k) => lines(f.accepted[k], count)),
    lines(acceptedAll, count),
    lines(f.completed, count),
    lines(f.workMinutes, t.hours),
    lines(f.claimedTiyn, (n) => formatMoney(n, locale)),
    lines(f.paidTiyn, (n) => formatMoney(n, locale)),
  ];
}

const MARGINS: [number, number, number, number] = [24, 30, 24, 44];
const CONTENT_WIDTH = 841.89 - MARGINS[0] - MARGINS[2];
const FONT = 7.5;
const HEADER_FONT = 7;
const PADDING = 2;
const CHROME = 2 * PADDING + 0.5;
const NUMBER_WIDTH = 16;
/** The widest a header word may make a figure column. */
const HEADER_WORD = 56;

export function semiannualSummaryDoc(
  input: SemiannualSummaryDocInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = reportTexts[locale];
  const s = t.semiannual;
  const { summary } = input;
  const rows = sortedByName(summary.rows);
  const cells = [summary.totals, ...rows].map((f) => figureColumns(f, t, locale));
  const headers = [
    s.columns.consultations,
    s.columns.persons,
    s.columns.consultationHours,
    ...caseKinds.map((k) => t.caseKindsShort[k]),
    t.total,
    s.columns.completed,
    s.columns.workHours,
    s.columns.claimed,
    s.columns.paid,
  ];
  // A figure column is as wide as its widest figure (bold totals included); a header word
  // longer than that widens it up to HEADER_WORD and is hyphenated beyond, so the names keep
  // their room.
  const widths = headers.map(
    (h, i) =>
      Math.max(
        30,
        Math.min(HEADER_WORD, longestWord([h], HEADER_FONT * 1.07)),
        longestWord(
          cells.flatMap((c) => c[i]!),
          FONT * 1.07,
        ),
      ) + 1,
  );
  // The sub-row labels never wrap ("не указано" is one line), so they are measured whole.
  const labelWidth = Math.max(...SUB_ROWS.map((k) => wordWidth(t.settlementRow[k], FONT))) + 1;
  // pdfmake's widths are the text's; padding and rules come on top of every column.
  const nameWidth =
    CONTENT_WIDTH -
    NUMBER_WIDTH -
    labelWidth -
    widths.reduce((a, b) => a + b, 0) -
    (widths.length + 3) * CHROME -
    0.5;
  const head = (text: string, width: number, more: Partial<TableCell> = {}): TableCell =>
    ({
      text: hyphenate(text, width, HEADER_FONT * 1.07),
      bold: true,
      fontSize: HEADER_FONT,
      fillColor: HEADER_FILL,
      alignment: 'center',
      ...more,
    }) as TableCell;
  const group = (text: string, from: number, span: number): TableCell[] => [
    head(
      text,
      widths.slice(from, from + span).reduce((a, b) => a + b + CHROME, -CHROME),
      {
        colSpan: span,
      },
    ),
    ...Array.from({ length: span - 1 }, (): TableCell => ({})),
  ];
  const single = (i: number) => head(headers[i]!, widths[i]!, { rowSpan: 2 });
  const stacked = (lines: string[], more: Partial<TableCell> = {}): TableCell =>
    ({
      stack: lines.map((text, i) => ({ text, bold: i === 0, noWrap: true })),
      alignment: 'right',
      ...more,
    }) as TableCell;
  const row = (n: string, name: string, columns: string[][], more: Partial<TableCell> = {}) =>
    [
      { text: n, alignment: 'center', ...more },
      { text: name, bold: true, ...more },
      stacked(
        SUB_ROWS.map((k) => t.settlementRow[k]),
        { alignment: 'left', ...more },
      ),
      ...columns.map((c) => stacked(c, more)),
    ] as TableCell[];
  const period = s.period(
    summary.half,
    summary.year,
    formatDay(summary.period.from, locale),
    formatDay(summary.period.to, locale),
  );
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: {
      title: `${s.title} · ${period}`,
      author: input.responsible.fullName,
      creator: 'Qorgau',
    },
    defaultStyle: { font: PDF_FONT, fontSize: FONT, lineHeight: 1.1 },
    styles: { muted: { fontSize: 8, color: MUTED } },
    content: [
      {
        columns: [
          {
            width: '*',
            style: 'muted',
            text: [input.collegium, input.office ? `\n${s.scope(input.office)}` : ''].join(''),
          },
          { width: 330, style: 'muted', italics: true, alignment: 'right', text: t.formDraft },
        ],
      },
      { text: s.title, fontSize: 12.5, bold: true, alignment: 'center', margin: [60, 4, 60, 0] },
      { text: s.subtitle, fontSize: 10, alignment: 'center' },
      { text: period, fontSize: 11, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
      {
        text: s.due(formatDay(input.due, locale)),
        fontSize: 9,
        alignment: 'center',
        margin: [0, 2, 0, 6],
      },
      {
        layout: gridLayout(PADDING),
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths: [NUMBER_WIDTH, nameWidth, labelWidth, ...widths],
          body: [
            [
              head('№', NUMBER_WIDTH, { rowSpan: 2 }),
              head(t.advocate, nameWidth, { rowSpan: 2 }),
              head(s.settlementColumn, labelWidth, { rowSpan: 2 }),
              ...group(t.officeSummary.groups.consultations, 0, 3),
              ...group(s.accepted, 3, caseKinds.length + 1),
              single(caseKinds.length + 4),
              single(caseKinds.length + 5),
              single(caseKinds.length + 6),
              single(caseKinds.length + 7),
            ],
            [
              {},
              {},
              {},
              ...headers.slice(0, caseKinds.length + 4).map((h, i) => head(h, widths[i]!)),
              {},
              {},
              {},
              {},
            ],
            ...rows.map((r, i) =>
              row(String(i + 1), r.fullName ?? t.unknownAdvocate(r.advocateId), cells[i + 1]!),
            ),
            row('', t.total, cells[0]!, { fillColor: HEADER_FILL }),
          ],
        },
      },
      closing(input, t, locale),
    ] satisfies Content[],
    footer: reportFooter(`Qorgau · ${input.collegium} · ${period}`, t.page, MARGINS[0]),
  };
}

function closing(input: SemiannualSummaryDocInput, t: ReportTexts, locale: SheetLocale): Content {
  const s = t.semiannual;
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columnGap: 30,
    columns: [
      {
        width: '*',
        style: 'muted',
        stack: [
          { ul: s.notes },
          { text: s.basis, margin: [0, 3, 0, 0] },
          { text: `${t.printedOn}: ${formatDay(input.printedAt, locale)}`, margin: [0, 3, 0, 0] },
        ],
      },
      {
        width: 250,
        stack: [
          { text: input.responsible.position, color: MUTED },
          { text: input.responsible.fullName, bold: true },
          ...signatureLine(250, t.signature, 20),
        ],
      },
    ],
  };
}
