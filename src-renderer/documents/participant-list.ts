/**
 * The list of advocates taking part in SGLA (Rules cl. 5.2) that the collegium sends to the
 * territorial justice body by 1 December for the next year: who, with which licence and phone,
 * in which specialisation, territory and duty schedules, and which of them are solo
 * practitioners attached to the office (cl. 13). Only active members are listed — a list that
 * named advocates who have left would put them on the justice body's records of participants —
 * and the sheet says how many were left out, so the count can be checked against the roster.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RosterMember } from '../../src-shared/contracts/entities/duty-roster';
import { formatPhone } from '../../src-shared/domain/phone/phone';
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
import { compareNames, dutyTexts, formatDay, type DutyTexts } from './duty-texts';
import type { SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';

export interface ParticipantListInput {
  collegiumName: string;
  officeName: string;
  /** ISO date the list is made on. */
  asOf: string;
  /** The year the list is for (usually the next one). */
  year: number;
  members: RosterMember[];
  headName: string;
  /** Canonical "+7…" (printed with formatPhone). */
  headPhone: string;
}

type Column = keyof DutyTexts['participants']['columns'];
const COLUMNS: Column[] = [
  'number',
  'fullName',
  'licence',
  'phone',
  'specialisation',
  'territory',
  'kinds',
  'solo',
];
/** Shares of the width; no column gets less than its longest word (names, phones never split). */
const WEIGHTS: Record<Column, number> = {
  number: 3,
  fullName: 19,
  licence: 7,
  phone: 11,
  specialisation: 16,
  territory: 15,
  kinds: 15,
  solo: 8,
};
const FIRM: Column[] = ['number', 'fullName', 'licence', 'phone', 'kinds'];

const MARGINS: [number, number, number, number] = [28, 30, 28, 44];
const CONTENT_WIDTH = 841.89 - MARGINS[0] - MARGINS[2];
const CELL_CHROME = 2 * 3 + 0.5;
const FONT = 9;
/** The solo column's header ends "адвокат (13-т.)", which reads wrong split at its hyphen. */
const SOLO_MIN = 78;
const NAME_MAX = 180;
const HEADER_FONT = 8.5;
const BOLD = 1.07;

/** Active members in alphabetical order: the ones the list names. */
export function listedMembers(members: RosterMember[]): RosterMember[] {
  return members
    .filter((m) => m.status === 'active')
    .sort((a, b) => compareNames(a.fullName, b.fullName));
}

export function participantListDoc(
  input: ParticipantListInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = dutyTexts[locale];
  const p = t.participants;
  const listed = listedMembers(input.members);
  const left = input.members.filter((m) => m.status === 'left').length;
  const texts = listed.map((m, i) => rowTexts(m, i + 1, t));
  const widths = columnWidths(texts, t);
  const header: TableCell[] = COLUMNS.map((c, i) => ({
    text: hyphenate(p.columns[c], widths[i]!, HEADER_FONT * BOLD),
    bold: true,
    fontSize: HEADER_FONT,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const body: TableCell[][] =
    texts.length > 0
      ? texts.map((row) =>
          row.map((text, i): TableCell => {
            const column = COLUMNS[i]!;
            const set = FIRM.includes(column) ? text : hyphenate(text, widths[i]!, FONT);
            return column === 'number' || column === 'solo'
              ? { text: set, alignment: 'center' }
              : { text: set };
          }),
        )
      : [
          [
            { text: p.none, colSpan: COLUMNS.length, alignment: 'center', margin: [0, 6, 0, 6] },
            ...COLUMNS.slice(1).map((): TableCell => ({})),
          ],
        ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: {
      title: `${p.title} ${p.forYear(input.year)}`,
      author: input.headName,
      creator: 'Qorgau',
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.1 },
    styles: { muted: { fontSize: 9, color: MUTED } },
    content: [
      { text: [input.collegiumName, '\n', input.officeName], style: 'muted' },
      { text: p.title, fontSize: 13, bold: true, alignment: 'center', margin: [40, 6, 40, 2] },
      {
        text: `${p.forYear(input.year)} · ${p.asOf(formatDay(input.asOf, locale))}`,
        fontSize: 11,
        alignment: 'center',
      },
      {
        text: [{ text: `${t.basis}: `, bold: true }, p.basis],
        style: 'muted',
        alignment: 'center',
        margin: [0, 4, 0, 10],
      },
      {
        layout: gridLayout(3),
        fontSize: FONT,
        table: { headerRows: 1, widths, body: [header, ...body], dontBreakRows: true },
      },
      {
        margin: [0, 6, 0, 0],
        text: [p.total(listed.length), ...(left > 0 ? [p.leftNotListed(left)] : [])].join(' '),
      },
      signature(input, t),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${input.officeName}`, t.page, MARGINS[0]),
  };
}

function rowTexts(m: RosterMember, n: number, t: DutyTexts): string[] {
  return COLUMNS.map((c) => {
    switch (c) {
      case 'number':
        return String(n);
      case 'fullName':
        return m.fullName;
      case 'licence':
        return m.licenceNumber || '—';
      case 'phone':
        // No-break spaces: a phone number split over two lines is misdialled.
        return formatPhone(m.phone).replace(/ /g, '\u00a0');
      case 'specialisation':
        return m.specialisations.map((s) => t.specialisations[s]).join(', ') || '—';
      case 'territory':
        return m.territory || '—';
      case 'kinds':
        return m.kinds.map((k) => t.kindNames[k]).join('\n');
      case 'solo':
        return m.soloPractitioner ? t.yes : '';
    }
  });
}

function columnWidths(texts: string[][], t: DutyTexts): number[] {
  const needs = COLUMNS.map((c, i) => {
    const header = Math.min(longestWord([t.participants.columns[c]], HEADER_FONT * BOLD), 60);
    const cells = texts.map((row) => row[i] ?? '');
    // A phone and each schedule's name stay on one line: they are read at a glance.
    // A name too, unless it is very long: the list is read down the names column.
    const whole = Math.max(
      0,
      ...cells.flatMap((s) => s.split('\n').map((line) => wordWidth(line, FONT))),
    );
    const body =
      c === 'phone' || c === 'kinds'
        ? whole
        : c === 'fullName'
          ? Math.min(whole, NAME_MAX)
          : longestWord(cells, FONT);
    return Math.max(c === 'solo' ? SOLO_MIN : 20, header, body);
  });
  return proportionalWidths(
    COLUMNS.map((c) => WEIGHTS[c]),
    CONTENT_WIDTH - CELL_CHROME * COLUMNS.length,
    needs,
    COLUMNS.map((c) => FIRM.includes(c)),
  );
}

/** The responsible person who prepared the list signs it; name and phone above the lines. */
function signature(input: ParticipantListInput, t: DutyTexts): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    stack: [
      {
        text: [
          { text: `${t.responsible}: `, color: MUTED },
          { text: input.headName, bold: true },
          `, ${t.phoneAbbr}\u00a0${formatPhone(input.headPhone).replace(/ /g, '\u00a0')}`,
        ],
      },
      {
        columnGap: 40,
        columns: [
          { width: 300, stack: signatureLine(300, t.signature, 24) },
          { width: 140, stack: signatureLine(140, t.date, 24) },
        ],
      },
    ],
  };
}
