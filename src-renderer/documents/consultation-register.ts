/**
 * The consultation register for one month (MoJ order 1463; Rules cl. 31–32): the advocate's
 * own legal record, printed for the collegium and the justice body. Full IINs (it is the
 * record, not a hand-out), every entry in register-number order, and a certification block
 * tying the printout to the device's tamper-evident audit log. The columns are the pack's,
 * so the official form can replace our best estimate without a code change.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import { formatDate } from '../../src-shared/i18n/format';
import type {
  ConsultationRegisterPack,
  RegisterColumn,
  RegisterColumnKey,
} from '../../src-shared/rules/pack-schema';
import {
  gridLayout,
  HEADER_FILL,
  hyphenate,
  longestWord,
  MUTED,
  pageFooter,
  proportionalWidths,
  signatureLine,
} from './doc-parts';
import { localDate, type SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';
import {
  formatDateTime,
  formatDocumentRef,
  registerTexts,
  type RegisterTexts,
} from './register-texts';

export interface RegisterPrintInput {
  /** 'YYYY-MM'. */
  month: string;
  /** The month's entries (latest versions), any order. */
  entries: ConsultationEntry[];
  /** Columns to print, in order. */
  pack: ConsultationRegisterPack;
  issueAreaLabel: (areaId: string) => { kk: string; ru: string };
  categoryLabel: (categoryId: string | null) => { kk: string; ru: string } | null;
  advocate: { fullName: string; licenceNumber: string; collegium: string; office: string };
  /** Audit-chain head at printing time. */
  auditHead: { hash: string; count: number };
  /** ISO datetime. */
  printedAt: string;
}

/** A4 landscape: 14 columns need the long side. */
const PAGE_MARGINS: [number, number, number, number] = [22, 30, 22, 44];
const CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const TABLE_FONT = 8;
/** Per column: 2 + 2 padding and one 0.5 rule (gridLayout), outside pdfmake's fixed widths. */
const CELL_PADDING = 2;
const CELL_CHROME = 2 * CELL_PADDING + 0.5;
/** Never split: numbers and dates are misread, names too. Other columns are hyphenated. */
const FIRM: RegisterColumnKey[] = ['number', 'appliedAt', 'iin', 'applicant', 'advocate'];
const HEADER_FONT = 7.5;
/** Header words are measured as bold, about 7 % wider. */
const HEADER_MEASURE = HEADER_FONT * 1.07;
/** No column is squeezed under this, nor widened past MAX_NEED for one long word. */
const MIN_WIDTH = 24;
const MAX_NEED = 120;
/** A header word wider than this is hyphenated rather than allowed to widen its column. */
const MAX_HEADER_NEED = 50;

export function consultationRegisterDoc(
  input: RegisterPrintInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = registerTexts[locale];
  const { pack, advocate } = input;
  const entries = latestVersions(input.entries).sort((a, b) => a.number - b.number);
  const texts = entries.map((e) => pack.columns.map((c) => cellText(c.key, e, input, t, locale)));
  const widths = registerWidths(pack.columns, texts, locale);
  const [year, month] = input.month.split('-').map(Number);
  const header: TableCell[] = pack.columns.map((c, i) => ({
    text: hyphenate(c.label[locale], widths[i] ?? 0, HEADER_MEASURE),
    bold: true,
    fontSize: HEADER_FONT,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const rows: TableCell[][] =
    entries.length > 0
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
        table: { headerRows: 1, widths, body: [header, ...rows] },
      },
      certification(entries, input, t, locale),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${pack.id} v${pack.version}`, t.page, PAGE_MARGINS[0]),
  };
}

/**
 * Widths in proportion to the pack's `width`, but never narrower than the longest word in the
 * column (a split IIN or surname is misread); long header words are hyphenated instead.
 */
function registerWidths(columns: RegisterColumn[], texts: string[][], locale: SheetLocale) {
  const needs = columns.map((c, i) => {
    const header = longestWord([c.label[locale]], HEADER_MEASURE);
    const body = longestWord(
      texts.map((row) => row[i] ?? ''),
      TABLE_FONT,
    );
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

/** One row per entry: a stale version handed in by mistake must not print twice. */
function latestVersions(entries: ConsultationEntry[]): ConsultationEntry[] {
  const byId = new Map<string, ConsultationEntry>();
  for (const e of entries) {
    const seen = byId.get(e.id);
    if (!seen || seen.version < e.version) byId.set(e.id, e);
  }
  return [...byId.values()];
}

function emptyRow(span: number, text: string): TableCell[] {
  const first: TableCell = { text, colSpan: span, alignment: 'center', margin: [0, 6, 0, 6] };
  return [first, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

/** What a cell says, as plain text: printed, and measured for the column widths. */
function cellText(
  key: RegisterColumnKey,
  e: ConsultationEntry,
  input: RegisterPrintInput,
  t: RegisterTexts,
  locale: SheetLocale,
): string {
  switch (key) {
    case 'number':
      return String(e.number);
    case 'appliedAt':
      return formatDateTime(e.appliedAt, locale);
    case 'applicant':
      // With a representative, the person helped comes first and the one who came after.
      return e.representedPerson
        ? `${e.representedPerson.fullName}\n(${t.representative}: ${e.applicant.fullName})`
        : e.applicant.fullName;
    case 'iin':
      return e.representedPerson
        ? `${e.representedPerson.iin}\n(${e.applicant.iin})`
        : e.applicant.iin;
    case 'identityDocument':
      return formatDocumentRef(e.applicant.identityDocument, locale);
    case 'category': {
      const label = input.categoryLabel(e.categoryId)?.[locale] ?? '—';
      return e.evidence ? `${label}\n${formatDocumentRef(e.evidence, locale)}` : label;
    }
    case 'subject':
      return `${input.issueAreaLabel(e.issue.areaId)[locale]}:\n${e.issue.subject}`;
    case 'formAndContent':
      return e.content ? `${t.form[e.form]}\n${e.content}` : t.form[e.form];
    case 'time':
      return time(e, t);
    case 'place':
      // The office itself is named in the heading; its name on every row would crowd it.
      return e.place.kind === 'office'
        ? t.atOffice
        : t.personLocation(e.place.address, e.place.reason);
    case 'status':
      return status(e, t, locale);
    case 'personSignature':
      return '';
    case 'advocate':
      return input.advocate.fullName;
    case 'note': {
      const reason =
        e.version > 1 && e.correctionReason ? `${t.correctionReason}: ${e.correctionReason}` : '';
      return [e.note, reason].filter(Boolean).join('\n');
    }
  }
}

function cell(key: RegisterColumnKey, plain: string, width: number): TableCell {
  const text = FIRM.includes(key) ? plain : hyphenate(plain, width, TABLE_FONT);
  switch (key) {
    case 'number':
      return { text, alignment: 'center' };
    case 'formAndContent': {
      // The form (first line of cellText) in italics, the content as written.
      const [form = '', ...content] = text.split('\n');
      return { text: [{ text: form, italics: true }, ...content.map((line) => `\n${line}`)] };
    }
    case 'advocate':
      // The name, then a line long enough to sign on inside the cell.
      return {
        stack: [
          text,
          {
            margin: [0, 14, 0, 0],
            canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.4 }],
          },
        ],
      };
    default:
      return text;
  }
}

function time(e: ConsultationEntry, t: RegisterTexts): string {
  const span = e.startedAt && e.endedAt ? `${e.startedAt}–${e.endedAt}` : '';
  const length = e.durationMinutes > 0 ? t.minutes(e.durationMinutes) : '';
  return [span, length].filter(Boolean).join(', ') || '—';
}

function status(e: ConsultationEntry, t: RegisterTexts, locale: SheetLocale): string {
  const word =
    e.status === 'deferred'
      ? t.status.deferred(formatDateTime(e.appointmentAt, locale))
      : t.status[e.status];
  return e.version > 1 ? word + t.corrected(e.version) : word;
}

/** What the advocate certifies with a signature, kept on one page with its signature. */
function certification(
  entries: ConsultationEntry[],
  input: RegisterPrintInput,
  t: RegisterTexts,
  locale: SheetLocale,
): Content {
  const first = entries[0]?.number;
  const last = entries[entries.length - 1]?.number;
  const range = first === last ? String(first) : `${first}–${last}`;
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      { text: t.certification(entries.length, range), bold: true },
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
