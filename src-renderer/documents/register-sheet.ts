/**
 * The printed form both monthly registers share (consultations, MoJ order 1463; defence,
 * order 1465): an A4 landscape sheet with the collegium, title and month, the advocate, a
 * grid of the pack's columns, and the certification that ties the printout to the device's
 * audit log. The documents keep what differs: their rows, the text of each cell, how a cell
 * is set, and a few measures (below), since the two forms have different column counts.
 */
import { shortHash } from '../../src-shared/domain/audit/chain-head';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../src-shared/i18n/format';
import {
  gridLayout,
  HEADER_FILL,
  hyphenate,
  longestWord,
  MUTED,
  pageFooter,
  proportionalWidths,
  signatureLine,
  wordWidth,
} from './doc-parts';
import { localDate, type SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';
import type { RegisterTexts } from './register-texts';

/** What both registers are printed for, besides their rows and pack. */
export interface RegisterHeading {
  /** 'YYYY-MM'. */
  month: string;
  advocate: { fullName: string; licenceNumber: string; collegium: string; office: string };
  /** Audit-chain head at printing time (the advocate's own register, on their device). */
  auditHead?: { hash: string; count: number };
  /**
   * Set when a head prints another advocate's register from the office copy: this device's
   * audit log does not cover records received from the server, so the sheet names the copy
   * and who printed it instead of an audit head that would certify nothing.
   */
  officeCopy?: { printedBy: string };
  /** ISO datetime. */
  printedAt: string;
}

/** The parts of a register pack the sheet prints: its columns, and its name in the footer. */
export interface SheetPack<K extends string> {
  id: string;
  version: number;
  columns: { key: K; label: { kk: string; ru: string }; width: number; verified: boolean }[];
}

/** The sheet's own wording; the defence register takes the same words from the consultation's. */
export type SheetTexts = Pick<
  RegisterTexts,
  | 'title'
  | 'month'
  | 'unverifiedColumns'
  | 'noEntries'
  | 'page'
  | 'advocate'
  | 'licence'
  | 'collegium'
  | 'office'
  | 'certification'
  | 'auditHead'
  | 'officeCopy'
  | 'signature'
  | 'date'
  | 'printedOn'
>;

/** Measures that differ between the forms: more columns need smaller type and tighter caps. */
export interface RegisterSheetOptions<K extends string> {
  tableFont: number;
  headerFont: number;
  /** Never split: the sheet does not hyphenate them, nor make them narrower than a word. */
  firm: readonly K[];
  /**
   * Measure the firm columns' words whole, dashes and slashes included, where pdfmake would
   * break after them: a case number ("7599-26-00-2/1234") split at its dash is misread.
   */
  firmWordsWhole?: boolean;
  /** No column is widened past this for one long word. */
  maxNeed: number;
  /** A header word wider than this is hyphenated rather than allowed to widen its column. */
  maxHeaderNeed: number;
  /**
   * If set, rows are kept whole on a page (the number stays with the entry) only while every
   * row's estimated height is at most this: pdfmake drops a kept row taller than a page
   * instead of breaking it.
   */
  maxKeptRow?: number;
}

/**
 * How the document sets one cell. `text` is the plain text already hyphenated to `width`
 * (left whole in a firm column); `plain` is as written, for cells set line by line.
 */
export type SheetCell<K extends string> = (
  key: K,
  text: string,
  width: number,
  plain: string,
) => TableCell;

export interface RegisterSheet<K extends string> {
  input: RegisterHeading & { pack: SheetPack<K> };
  t: SheetTexts;
  locale: SheetLocale;
  /** Each row's register number, in printing order: the certification cites the range. */
  numbers: number[];
  /** Each row's cell texts, in pack column order: printed, and measured for the widths. */
  texts: string[][];
  cell: SheetCell<K>;
  options: RegisterSheetOptions<K>;
}

/** A4 landscape: a register's many columns need the long side. */
const PAGE_MARGINS: [number, number, number, number] = [22, 30, 22, 44];
const CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
/** Per column: 2 + 2 padding and one 0.5 rule (gridLayout), outside pdfmake's fixed widths. */
const CELL_PADDING = 2;
const CELL_CHROME = 2 * CELL_PADDING + 0.5;
/** No column is squeezed under this. */
const MIN_WIDTH = 24;
/** Header words are measured as bold, about 7 % wider. */
const BOLD = 1.07;

export function registerSheetDoc<K extends string>(sheet: RegisterSheet<K>): TDocumentDefinitions {
  const { input, t, texts, options } = sheet;
  const { pack, advocate } = input;
  const widths = registerWidths(sheet);
  const [year, month] = input.month.split('-').map(Number);
  const header: TableCell[] = pack.columns.map((c, i) => ({
    text: hyphenate(c.label[sheet.locale], widths[i] ?? 0, options.headerFont * BOLD),
    bold: true,
    fontSize: options.headerFont,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const rows: TableCell[][] =
    texts.length > 0
      ? texts.map((row) =>
          pack.columns.map((c, i) => cell(sheet, c.key, row[i] ?? '', widths[i] ?? 0)),
        )
      : [emptyRow(pack.columns.length, t.noEntries)];
  const { maxKeptRow } = options;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: { title: t.title, author: advocate.fullName, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.1 },
    styles: { muted: { fontSize: 9, color: MUTED } },
    content: [
      { text: [advocate.collegium, '\n', advocate.office], style: 'muted' },
      { text: t.title, fontSize: 13, bold: true, alignment: 'center', margin: [60, 4, 60, 2] },
      { text: t.month(month ?? 0, year ?? 0), fontSize: 11, alignment: 'center' },
      ...(pack.columns.some((c) => !c.verified)
        ? [{ text: t.unverifiedColumns, style: 'muted', fontSize: 8, alignment: 'center' as const }]
        : []),
      {
        margin: [0, 8, 0, 8],
        text: [
          { text: `${t.advocate}: `, color: MUTED },
          { text: advocate.fullName, bold: true },
          { text: ` · ${t.licence} `, color: MUTED },
          advocate.licenceNumber,
          { text: ` · ${t.collegium}: `, color: MUTED },
          advocate.collegium,
          { text: ` · ${t.office}: `, color: MUTED },
          advocate.office,
        ],
      },
      {
        layout: gridLayout(CELL_PADDING),
        fontSize: options.tableFont,
        table: {
          headerRows: 1,
          widths,
          body: [header, ...rows],
          ...(maxKeptRow === undefined
            ? {}
            : {
                dontBreakRows: texts.every(
                  (row) => rowHeight(row, widths, options.tableFont) <= maxKeptRow,
                ),
              }),
        },
      },
      certification(sheet),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${pack.id} v${pack.version}`, t.page, PAGE_MARGINS[0]),
  };
}

/** One row per record: a stale version handed in by mistake must not print twice. */
export function latestVersions<T extends { id: string; version: number }>(list: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of list) {
    const seen = byId.get(item.id);
    if (!seen || seen.version < item.version) byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * Widths in proportion to the pack's `width`, but never narrower than the longest word in the
 * column (a split IIN, case number or surname is misread); long header words are hyphenated.
 */
function registerWidths<K extends string>({ input, texts, locale, options }: RegisterSheet<K>) {
  const { columns } = input.pack;
  const { tableFont, firm } = options;
  const needs = columns.map((c, i) => {
    const header = longestWord([c.label[locale]], options.headerFont * BOLD);
    const cells = texts.map((row) => row[i] ?? '');
    const body =
      options.firmWordsWhole && firm.includes(c.key)
        ? Math.max(
            0,
            ...cells.flatMap((t) => t.split(/[ \n]+/).map((w) => wordWidth(w, tableFont))),
          )
        : longestWord(cells, tableFont);
    return Math.min(
      Math.max(MIN_WIDTH, Math.min(header, options.maxHeaderNeed), body),
      options.maxNeed,
    );
  });
  const available = CONTENT_WIDTH - CELL_CHROME * columns.length;
  return proportionalWidths(
    columns.map((c) => c.width),
    available,
    needs,
    columns.map((c) => firm.includes(c.key)),
  );
}

/**
 * A generous estimate of a row's height in points: each cell's lines, wrapped at 80 % of the
 * column (words do not fill a line), at the table's line height.
 */
function rowHeight(row: string[], widths: number[], size: number): number {
  const lines = row.map((text, i) =>
    text
      .split('\n')
      .reduce(
        (n, line) => n + Math.max(1, Math.ceil(wordWidth(line, size) / (0.8 * (widths[i] ?? 1)))),
        0,
      ),
  );
  return Math.max(...lines) * size * 1.4 + 2 * CELL_PADDING;
}

function cell<K extends string>(
  { cell: set, options }: RegisterSheet<K>,
  key: K,
  plain: string,
  width: number,
): TableCell {
  const text = options.firm.includes(key) ? plain : hyphenate(plain, width, options.tableFont);
  return set(key, text, width, plain);
}

function emptyRow(span: number, text: string): TableCell[] {
  const first: TableCell = { text, colSpan: span, alignment: 'center', margin: [0, 6, 0, 6] };
  return [first, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

/** What the advocate certifies with a signature, kept on one page with its signature. */
function certification({
  input,
  t,
  locale,
  numbers,
}: Pick<RegisterSheet<string>, 'input' | 't' | 'locale' | 'numbers'>): Content {
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const range = first === last ? String(first) : `${first}–${last}`;
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      { text: t.certification(numbers.length, range), bold: true },
      {
        margin: [0, 6, 0, 0],
        columnGap: 40,
        columns: [
          {
            width: 260,
            stack: [
              { text: [{ text: `${t.advocate}: `, color: MUTED }, input.advocate.fullName] },
              ...signatureLine(260, t.signature, 22),
            ],
          },
          { width: 140, stack: [{ text: ' ' }, ...signatureLine(140, t.date, 22)] },
          {
            width: '*',
            style: 'muted',
            stack: [
              `${t.printedOn}: ${formatDate(localDate(input.printedAt), locale)}`,
              ...(input.officeCopy ? [t.officeCopy(input.officeCopy.printedBy)] : []),
              ...(input.auditHead && !input.officeCopy
                ? [t.auditHead(shortHash(input.auditHead.hash), input.auditHead.count)]
                : []),
            ],
          },
        ],
      },
    ],
  };
}
