/**
 * The act of work performed for legal consultations (Rules cl. 56(5)): the basis of the
 * advocate's fee claim under MoJ order 1462, signed by the advocate and by the person
 * consulted. For one entry, or for a month with a signature cell on every row. The official
 * form was not found (legal-facts §4), so the act says on its face that it is our draft.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import { formatDate } from '../../src-shared/i18n/format';
import type { RegisterPrintInput } from './consultation-register';
import { gridLayout, HEADER_FILL, hyphenate, MUTED, pageFooter, signatureLine } from './doc-parts';
import { localDate, type SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';
import { actTexts, type ActTexts } from './register-texts';

export interface ActInput {
  /** ISO dates; the same day for a single entry. */
  period: { from: string; to: string };
  /** Only status 'given' entries are counted; others are ignored. */
  entries: ConsultationEntry[];
  issueAreaLabel: RegisterPrintInput['issueAreaLabel'];
  advocate: {
    fullName: string;
    licenceNumber: string;
    collegium: string;
    office: string;
    iin: string;
  };
  /** E.g. '2026-11' for a month or '2026-11/17' for one entry. */
  actNumber: string;
  printedAt: string;
}

const SIDE = 56;
const HEADER_FONT = 8.5;

/** The consultations the act claims: given ones only, in register order. */
export function actEntries(entries: ConsultationEntry[]): ConsultationEntry[] {
  return entries.filter((e) => e.status === 'given').sort((a, b) => a.number - b.number);
}

export function actOfWorkDoc(input: ActInput, locale: SheetLocale): TDocumentDefinitions {
  const t = actTexts[locale];
  const entries = actEntries(input.entries);
  // One consultation: the person signs under the act; several: each signs on their row.
  const single = entries.length === 1;
  const minutes = entries.reduce((sum, e) => sum + e.durationMinutes, 0);
  const { from, to } = input.period;
  const period =
    from === to
      ? `${t.day}: ${formatDate(from, locale)}`
      : `${t.period}: ${t.periodRange(formatDate(from, locale), formatDate(to, locale))}`;
  return {
    pageSize: 'A4',
    pageMargins: [SIDE, 48, SIDE, 56],
    info: { title: t.title(input.actNumber), author: input.advocate.fullName, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: 11, lineHeight: 1.15 },
    styles: {
      muted: { fontSize: 10, color: MUTED },
      label: { color: MUTED },
    },
    content: [
      { text: t.formDraft, style: 'muted', fontSize: 8, italics: true, alignment: 'right' },
      { text: t.title(input.actNumber), fontSize: 15, bold: true, alignment: 'center' },
      { text: t.subtitle, alignment: 'center', margin: [30, 2, 30, 12] },
      advocateBlock(input, t),
      { text: period, bold: true, margin: [0, 8, 0, 8] },
      { text: t.intro, margin: [0, 0, 0, 6] },
      table(entries, input, t, locale, single),
      { text: t.totals(entries.length, t.duration(minutes)), bold: true, margin: [0, 8, 0, 4] },
      { text: t.statement },
      signatures(entries, input, t, locale, single),
    ] satisfies Content[],
    footer: pageFooter(`Qorgau · ${t.title(input.actNumber)}`, t.page, SIDE),
  };
}

function advocateBlock(input: ActInput, t: ActTexts): Content {
  const a = input.advocate;
  const row = (label: string, value: string, bold = false): TableCell[] => [
    { text: label, style: 'label' },
    { text: value, bold },
  ];
  return {
    layout: 'noBorders',
    table: {
      widths: [110, '*'],
      body: [
        row(t.advocate, a.fullName, true),
        row(t.iin, a.iin),
        row(t.licence, a.licenceNumber),
        row(t.collegium, a.collegium),
        row(t.office, a.office),
      ],
    },
  };
}

/**
 * The day the work was done: the appointment when a deferred consultation was given later
 * (cl. 41), otherwise the day the person applied.
 */
function consultedOn(e: ConsultationEntry): string {
  return (e.appointmentAt || e.appliedAt).slice(0, 10);
}

function table(
  entries: ConsultationEntry[],
  input: ActInput,
  t: ActTexts,
  locale: SheetLocale,
  single: boolean,
): Content {
  const signColumn = !single;
  const widths = [46, 56, '*', '*', 64, ...(signColumn ? [82] : [])];
  const head = [
    t.columns.number,
    t.columns.date,
    t.columns.person,
    t.columns.issue,
    t.columns.duration,
    ...(signColumn ? [t.columns.signature] : []),
  ].map((text, i): TableCell => ({
    // A fixed column's header is hyphenated to fit ("Тізілім-дегі №"), never cut mid-word.
    text: typeof widths[i] === 'number' ? hyphenate(text, widths[i], HEADER_FONT * 1.07) : text,
    bold: true,
    fontSize: HEADER_FONT,
    fillColor: HEADER_FILL,
    alignment: 'center',
  }));
  const rows = entries.map((e): TableCell[] => {
    const person = e.representedPerson ?? e.applicant;
    const rep = e.representedPerson ? `\n(${t.representative}: ${e.applicant.fullName})` : '';
    return [
      { text: String(e.number), alignment: 'center' },
      formatDate(consultedOn(e), locale),
      { text: [person.fullName, `\n${t.iin} ${person.iin}`, rep] },
      {
        text: [
          input.issueAreaLabel(e.issue.areaId)[locale],
          { text: `\n${e.issue.subject}`, color: MUTED },
        ],
      },
      { text: t.duration(e.durationMinutes), alignment: 'right' },
      // Room for a handwritten signature on every row.
      ...(signColumn ? [{ text: '', margin: [0, 14, 0, 0] } as TableCell] : []),
    ];
  });
  const empty: TableCell[] = [
    { text: t.noEntries, colSpan: head.length, alignment: 'center', margin: [0, 4, 0, 4] },
    ...head.slice(1).map((): TableCell => ({})),
  ];
  return {
    layout: gridLayout(),
    fontSize: 9,
    table: {
      headerRows: 1,
      widths,
      body: [head, ...(rows.length > 0 ? rows : [empty])],
    },
  };
}

/** Who signs: the advocate, and under a single-entry act the person consulted. */
function signatures(
  entries: ConsultationEntry[],
  input: ActInput,
  t: ActTexts,
  locale: SheetLocale,
  single: boolean,
): Content {
  const party = (role: string, name: string): Column => ({
    width: 220,
    stack: [
      { text: role, style: 'label' },
      { text: name, bold: true },
      ...signatureLine(220, t.signature, 26),
    ],
  });
  const person = single ? entries[0]?.applicant.fullName : undefined;
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    stack: [
      {
        columnGap: 43,
        columns: [
          party(t.advocate, input.advocate.fullName),
          ...(person ? [party(t.person, person)] : []),
        ],
      },
      {
        text: `${t.printedOn}: ${formatDate(localDate(input.printedAt), locale)}`,
        style: 'muted',
        margin: [0, 14, 0, 0],
      },
    ],
  };
}
