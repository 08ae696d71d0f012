/**
 * The head's month summary of the office (issue 8): per advocate, the consultations given and
 * the persons helped, the appointments received and accepted, the time worked, and the money
 * claimed and paid in the month, with the office's totals (`officeMonthWork`,
 * src-shared/domain/reports/office-summary.ts). A working document of the office, not a form of
 * the justice bodies: it still says it is our draft, like every report.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type {
  OfficeMonthWork,
  OfficeWorkFigures,
} from '../../src-shared/domain/reports/office-summary';
import { formatMoney } from '../../src-shared/i18n/money';
import { gridLayout, HEADER_FILL, hyphenate, longestWord, MUTED, signatureLine } from './doc-parts';
import { compareNames, formatDay } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { reportFooter } from './report-doc-parts';
import { PDF_FONT } from './pdf-fonts';
import { reportTexts, type OfficeColumn, type ReportTexts } from './report-texts';

export interface OfficeSummaryDocInput {
  summary: OfficeMonthWork;
  collegium: string;
  office: string;
  /** The head (responsible person) who prints and signs it. */
  headName: string;
  printedAt: string;
}

/** Known advocates in alphabetical order, then those whose profile has not arrived. */
export function sortedByName<T extends { fullName: string | null; advocateId: string }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort((a, b) =>
    a.fullName === null || b.fullName === null
      ? Number(a.fullName === null) - Number(b.fullName === null) ||
        a.advocateId.localeCompare(b.advocateId)
      : compareNames(a.fullName, b.fullName),
  );
}

const MARGINS: [number, number, number, number] = [28, 32, 28, 46];
const CONTENT_WIDTH = 841.89 - MARGINS[0] - MARGINS[2];
const FONT = 9;
const HEADER_FONT = 8;
const PADDING = 3;
const CHROME = 2 * PADDING + 0.5;
const COLUMNS: OfficeColumn[] = [
  'consultations',
  'persons',
  'consultationTime',
  'received',
  'accepted',
  'workTime',
  'claimed',
  'paid',
];

function values(f: OfficeWorkFigures, t: ReportTexts, locale: SheetLocale): string[] {
  return [
    String(f.consultationsGiven),
    String(f.persons),
    t.duration(f.consultationMinutes),
    String(f.appointmentsReceived),
    String(f.appointmentsAccepted),
    t.duration(f.workMinutes),
    formatMoney(f.claimedTiyn, locale),
    formatMoney(f.paidTiyn, locale),
  ];
}

export function officeSummaryDoc(
  input: OfficeSummaryDocInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = reportTexts[locale];
  const o = t.officeSummary;
  const { summary } = input;
  const [year = 0, month = 0] = summary.month.split('-').map(Number);
  const period = t.monthYear(month, year);
  const rows = sortedByName(summary.rows);
  const all = [summary.totals, ...rows].map((f) => values(f, t, locale));
  // Each figure column as wide as its widest figure or header word needs, at least 44 pt.
  const widths = COLUMNS.map(
    (k, i) =>
      Math.max(
        44,
        longestWord([o.columns[k]], HEADER_FONT * 1.07),
        longestWord(
          all.map((v) => v[i]!),
          FONT * 1.07,
        ),
      ) + 1,
  );
  // pdfmake's widths are the text's; padding and rules come on top of every column.
  const nameWidth =
    CONTENT_WIDTH - 22 - widths.reduce((a, b) => a + b, 0) - (COLUMNS.length + 2) * CHROME - 0.5;
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
  const line = (n: string, name: string, v: string[], more: Partial<TableCell> = {}) =>
    [
      { text: n, alignment: 'center', ...more },
      { text: name, ...more },
      ...v.map((text) => ({ text, alignment: 'right', ...more })),
    ] as TableCell[];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: { title: `${o.title} · ${period}`, author: input.headName, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: FONT, lineHeight: 1.1 },
    styles: { muted: { fontSize: 8.5, color: MUTED } },
    content: [
      {
        columns: [
          { width: '*', style: 'muted', text: `${input.collegium}\n${input.office}` },
          {
            width: 330,
            style: 'muted',
            italics: true,
            alignment: 'right',
            text: t.formDraftOffice,
          },
        ],
      },
      { text: o.title, fontSize: 13, bold: true, alignment: 'center', margin: [60, 6, 60, 0] },
      { text: period, fontSize: 12, bold: true, alignment: 'center', margin: [0, 2, 0, 8] },
      {
        layout: gridLayout(PADDING),
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths: [22, nameWidth, ...widths],
          body: [
            [
              head('№', 22, { rowSpan: 2 }),
              head(t.advocate, nameWidth, { rowSpan: 2 }),
              ...group(o.groups.consultations, 0, 3),
              ...group(o.groups.defence, 3, 3),
              ...group(o.groups.money, 6, 2),
            ],
            [{}, {}, ...COLUMNS.map((k, i) => head(o.columns[k], widths[i]!))],
            ...rows.map((r, i) =>
              line(String(i + 1), r.fullName ?? t.unknownAdvocate(r.advocateId), all[i + 1]!),
            ),
            line('', t.total, all[0]!, { bold: true, fillColor: HEADER_FILL }),
          ],
        },
      },
      closing(input, t, locale),
    ] satisfies Content[],
    footer: reportFooter(`Qorgau · ${input.office} · ${period}`, t.page, MARGINS[0]),
  };
}

function closing(input: OfficeSummaryDocInput, t: ReportTexts, locale: SheetLocale): Content {
  const o = t.officeSummary;
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columnGap: 30,
    columns: [
      {
        width: '*',
        style: 'muted',
        stack: [
          o.personsNote,
          { text: o.basis, margin: [0, 3, 0, 0] },
          { text: `${t.printedOn}: ${formatDay(input.printedAt, locale)}`, margin: [0, 3, 0, 0] },
        ],
      },
      {
        width: 260,
        stack: [
          {
            text: [
              { text: `${t.responsible}: `, color: MUTED },
              { text: input.headName, bold: true },
            ],
          },
          ...signatureLine(260, t.signature, 20),
        ],
      },
    ],
  };
}
