/**
 * The defence register for one month (MoJ order 1465; Rules cl. 3.3, 4.3, 27, 36): every
 * appointment to defend or represent, in register-number order, with the work done (the basis
 * of fee claims) and how the participation ended. The advocate's own legal record, printed for
 * the collegium and the justice body: full IINs, and the same certification block as the
 * consultation register, tying the printout to the device's tamper-evident audit log. The
 * columns are the pack's, so the official form can replace our best estimate without a code
 * change.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Appointment, WorkItem } from '../../src-shared/contracts/entities/appointment';
import { formatDate } from '../../src-shared/i18n/format';
import type {
  DefenceColumn,
  DefenceColumnKey,
  DefenceRegisterPack,
} from '../../src-shared/rules/pack-schema';
import { defenceRegisterTexts, type DefenceRegisterTexts } from './defence-texts';
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
import { formatDateTime } from './register-texts';

export interface DefenceRegisterInput {
  /** 'YYYY-MM'. */
  month: string;
  /** The month's appointments (latest versions), any order. */
  appointments: Appointment[];
  /** Columns and labels (statuses, stages, actions, decline and replacement reasons). */
  pack: DefenceRegisterPack;
  advocate: { fullName: string; licenceNumber: string; collegium: string; office: string };
  /** Audit-chain head at printing time. */
  auditHead: { hash: string; count: number };
  /** ISO datetime. */
  printedAt: string;
}

/** A4 landscape: eleven columns, the work log the widest. */
const PAGE_MARGINS: [number, number, number, number] = [22, 30, 22, 44];
const CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const TABLE_FONT = 7.5;
const CELL_PADDING = 2;
/** Per column: 2 + 2 padding and one 0.5 rule (gridLayout), outside pdfmake's fixed widths. */
const CELL_CHROME = 2 * CELL_PADDING + 0.5;
/** Never split: numbers, dates and names are misread. Other columns are hyphenated. */
const FIRM: DefenceColumnKey[] = ['number', 'receivedAt', 'caseNumber', 'client'];
const HEADER_FONT = 6.8;
const HEADER_MEASURE = HEADER_FONT * 1.07;
const MIN_WIDTH = 24;
const MAX_NEED = 110;
const MAX_HEADER_NEED = 48;
/**
 * Rows are kept whole on a page (the number stays with the entry) only while every row is
 * well under a page: pdfmake drops a kept row taller than a page instead of breaking it.
 */
const MAX_KEPT_ROW = 300;

export function defenceRegisterDoc(
  input: DefenceRegisterInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = defenceRegisterTexts[locale];
  const { pack, advocate } = input;
  const rows = latestVersions(input.appointments).sort(
    (a, b) => a.year - b.year || a.number - b.number,
  );
  const texts = rows.map((a) => pack.columns.map((c) => cellText(c.key, a, input, t, locale)));
  const widths = registerWidths(pack.columns, texts, locale);
  const [year, month] = input.month.split('-').map(Number);
  const header: TableCell[] = pack.columns.map((c, i) => ({
    text: hyphenate(c.label[locale], widths[i] ?? 0, HEADER_MEASURE),
    bold: true,
    fontSize: HEADER_FONT,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const body: TableCell[][] =
    rows.length > 0
      ? texts.map((row) => pack.columns.map((c, i) => cell(c.key, row[i] ?? '', widths[i] ?? 0)))
      : [emptyRow(pack.columns.length, t.noEntries)];
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
        fontSize: TABLE_FONT,
        table: {
          headerRows: 1,
          widths,
          body: [header, ...body],
          dontBreakRows: texts.every((row) => rowHeight(row, widths) <= MAX_KEPT_ROW),
        },
      },
      certification(rows, input, t, locale),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${pack.id} v${pack.version}`, t.page, PAGE_MARGINS[0]),
  };
}

/**
 * Widths in proportion to the pack's `width`, but never narrower than the longest word in the
 * column (a split IIN, case number or surname is misread); long header words are hyphenated.
 */
function registerWidths(columns: DefenceColumn[], texts: string[][], locale: SheetLocale) {
  const needs = columns.map((c, i) => {
    const header = longestWord([c.label[locale]], HEADER_MEASURE);
    const cells = texts.map((row) => row[i] ?? '');
    // A case number ("№ 7599-26-00-2/1234") is measured whole: split at its dashes or slash
    // it would be misread.
    const body = FIRM.includes(c.key)
      ? Math.max(0, ...cells.flatMap((t) => t.split(/[ \n]+/).map((w) => wordWidth(w, TABLE_FONT))))
      : longestWord(cells, TABLE_FONT);
    return Math.min(Math.max(MIN_WIDTH, Math.min(header, MAX_HEADER_NEED), body), MAX_NEED);
  });
  const available = CONTENT_WIDTH - CELL_CHROME * columns.length;
  return proportionalWidths(
    columns.map((c) => c.width),
    available,
    needs,
    columns.map((c) => FIRM.includes(c.key)),
  );
}

/**
 * A generous estimate of a row's height in points: each cell's lines, wrapped at 80 % of the
 * column (words do not fill a line), at the table's line height.
 */
function rowHeight(row: string[], widths: number[]): number {
  const lines = row.map((text, i) =>
    text
      .split('\n')
      .reduce(
        (n, line) =>
          n + Math.max(1, Math.ceil(wordWidth(line, TABLE_FONT) / (0.8 * (widths[i] ?? 1)))),
        0,
      ),
  );
  return Math.max(...lines) * TABLE_FONT * 1.4 + 2 * CELL_PADDING;
}

/** One row per appointment: a stale version handed in by mistake must not print twice. */
function latestVersions(list: Appointment[]): Appointment[] {
  const byId = new Map<string, Appointment>();
  for (const a of list) {
    const seen = byId.get(a.id);
    if (!seen || seen.version < a.version) byId.set(a.id, a);
  }
  return [...byId.values()];
}

function emptyRow(span: number, text: string): TableCell[] {
  const first: TableCell = { text, colSpan: span, alignment: 'center', margin: [0, 6, 0, 6] };
  return [first, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

type Labelled = { id: string; label: { kk: string; ru: string } };
const labelOf = (list: Labelled[], id: string, locale: SheetLocale) =>
  list.find((x) => x.id === id)?.label[locale] ?? id;

/** What a cell says, as plain text: printed, and measured for the column widths. */
function cellText(
  key: DefenceColumnKey,
  a: Appointment,
  input: DefenceRegisterInput,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const { pack } = input;
  switch (key) {
    case 'number':
      return String(a.number);
    case 'receivedAt':
      return formatDateTime(a.receivedAt, locale);
    case 'decree': {
      const source =
        a.source === 'ezk'
          ? a.ezkNumber
            ? t.ezk(a.ezkNumber)
            : ''
          : [
              t.paper,
              a.paperAssignment &&
                t.assignment(
                  a.paperAssignment.assignedBy,
                  formatDateTime(a.paperAssignment.assignedAt, locale),
                ),
            ]
              .filter(Boolean)
              .join(', ');
      return [
        a.decree.body,
        a.decree.official,
        t.decreeValue(a.decree.number, formatDate(a.decree.date, locale)),
        source,
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'caseNumber':
      return t.caseValue(a.caseKind, a.caseNumber);
    case 'client':
      return `${a.client.fullName}\n${a.client.iin ? `${t.iin} ${a.client.iin}` : t.noIin}`;
    case 'status':
      return labelOf(pack.statuses, a.statusId, locale);
    case 'qualification':
      return a.qualification || '—';
    case 'stage':
      return labelOf(pack.stages, a.stageId, locale);
    case 'work':
      return work(a.work, pack, t, locale);
    case 'completion':
      return completion(a, pack, t, locale);
    case 'note': {
      const previous = a.previousAdvocate
        ? t.previousAdvocate(
            a.previousAdvocate,
            labelOf(pack.replacementReasons, a.replacementReasonId, locale),
          )
        : '';
      const paid = a.paidAdvocate ? t.paidAdvocate(a.paidAdvocate.fullName) : '';
      return [a.note, previous, paid].filter(Boolean).join('\n');
    }
  }
}

/**
 * The work log: one line per action that was not withdrawn, in date and time order, with its
 * night time and a non-working-day mark; then the total. Withdrawn items stay in the app's
 * history but are not claimed, so the register does not print them.
 */
function work(
  items: WorkItem[],
  pack: DefenceRegisterPack,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const done = items
    .filter((w) => !w.withdrawn)
    .sort((a, b) => a.date.localeCompare(b.date) || a.startedAt.localeCompare(b.startedAt));
  if (done.length === 0) return '—';
  const lines = done.map((w) => {
    const marks = [
      w.nightMinutes > 0 && t.night(w.nightMinutes),
      w.nonWorkingDay && t.nonWorkingDay,
    ]
      .filter(Boolean)
      .join(', ');
    const action = labelOf(pack.actions, w.actionId, locale);
    const time = `${w.startedAt}–${w.endedAt}, ${t.duration(w.minutes)}`;
    return `${formatDate(w.date, locale)} ${action}; ${time}${marks ? ` (${marks})` : ''}`;
  });
  const minutes = done.reduce((sum, w) => sum + w.minutes, 0);
  const night = done.reduce((sum, w) => sum + w.nightMinutes, 0);
  const total = [t.total(minutes, done.length), night > 0 ? t.totalNight(night) : '']
    .filter(Boolean)
    .join('; ');
  return [...lines, total].join('\n');
}

/** How the participation ended, or where it stands. */
function completion(
  a: Appointment,
  pack: DefenceRegisterPack,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): string {
  const c = t.completion;
  const day = (local: string) => formatDate(local.slice(0, 10), locale);
  switch (a.state) {
    case 'completed':
      return a.completion ? c.completed(day(a.completion.date), a.completion.finalDocument) : '';
    case 'declined': {
      const ground = a.decision?.groundId
        ? labelOf(pack.declineGrounds, a.decision.groundId, locale)
        : '';
      return c.declined(a.decision ? day(a.decision.at) : '', ground);
    }
    case 'transferred':
      return a.transfer
        ? c.transferred(a.transfer.toAdvocate, a.transfer.permittedBy, day(a.transfer.permittedAt))
        : '';
    case 'refused':
      return c.refused(a.clientRefusal ? day(a.clientRefusal.at) : '');
    case 'accepted':
      return c.accepted;
    case 'received':
      return c.received;
  }
}

/** The last line of the work log (the total) is bold; the rest as written. */
function cell(key: DefenceColumnKey, plain: string, width: number): TableCell {
  const text = FIRM.includes(key) ? plain : hyphenate(plain, width, TABLE_FONT);
  switch (key) {
    case 'number':
      return { text, alignment: 'center' };
    case 'client': {
      const [name = '', ...rest] = text.split('\n');
      return { text: [{ text: name, bold: true }, ...rest.map((line) => `\n${line}`)] };
    }
    case 'work': {
      if (plain === '—') return { text, alignment: 'center' };
      // The total is the last line of the plain text; hyphenation may have split it, so it is
      // hyphenated on its own and set in bold.
      const lines = plain.split('\n');
      const total = lines.pop() ?? '';
      return {
        stack: [
          ...lines.map((line) => ({ text: hyphenate(line, width, TABLE_FONT) })),
          { text: hyphenate(total, width, TABLE_FONT), bold: true, margin: [0, 1, 0, 0] },
        ],
      };
    }
    default:
      return text;
  }
}

/** What the advocate certifies with a signature, kept on one page with its signature. */
function certification(
  rows: Appointment[],
  input: DefenceRegisterInput,
  t: DefenceRegisterTexts,
  locale: SheetLocale,
): Content {
  const first = rows[0]?.number;
  const last = rows[rows.length - 1]?.number;
  const range = first === last ? String(first) : `${first}–${last}`;
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      { text: t.certification(rows.length, range), bold: true },
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
              t.auditHead(input.auditHead.hash.slice(0, 16), input.auditHead.count),
            ],
          },
        ],
      },
    ],
  };
}
