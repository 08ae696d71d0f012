/**
 * The notice of defence (representation) (Rules cl. 9, 17.3; UPK art. 68(8)): with the
 * advocate's ID, the document the advocate shows the body conducting the process to enter the
 * case; no other proof of authority may be demanded. One A4 page in the appointment's
 * language, or a batch of them in one PDF, each notice on its own page(s) with its own footer.
 *
 * The official form (App. 2 to the decision of the Republican Conference of bar collegiums of
 * 23.11.2018) was not found (legal-facts §7): the fields are our best estimate, the title and
 * the basis are the pack's, and while the pack says the form is unverified the footer says so.
 * Full IIN: it is an official document addressed to the body, not a hand-out.
 */
import type {
  Content,
  ContentSection,
  DynamicContent,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { Appointment, Notice } from '../../src-shared/contracts/entities/appointment';
import { formatPhone } from '../../src-shared/domain/phone/phone';
import { formatDate } from '../../src-shared/i18n/format';
import type { DefenceRegisterPack } from '../../src-shared/rules/pack-schema';
import { HEADER_FILL, MUTED, signatureLine } from './doc-parts';
import { noticeTexts, type NoticeTexts } from './defence-texts';
import { localDate, type SheetLocale } from './explanation-texts';
import { PDF_FONT } from './pdf-fonts';
import { formatDateTime } from './register-texts';

export interface NoticeDocInput {
  appointment: Appointment;
  notice: Notice;
  /** The defence-register pack: the notice's title and basis, status and stage labels. */
  pack: DefenceRegisterPack;
  /** The art. 26(3) category of appointment.categoryId, from the eligibility pack. */
  categoryLabel: { kk: string; ru: string } | null;
  advocate: {
    fullName: string;
    licenceNumber: string;
    licenceDate: string;
    collegium: string;
    office: string;
    phone: string;
  };
  /** ISO datetime of printing; printed as the local calendar date. */
  printedAt: string;
}

const SIDE = 56;
const PAGE_MARGINS: [number, number, number, number] = [SIDE, 36, SIDE, 50];
const CONTENT_WIDTH = 595.28 - 2 * SIDE;
const LABEL_WIDTH = 160;
const SIGNATURE_WIDTH = 230;

/** "№ 5" stays on one line: a number parted from its sign is misread. */
const nb = (text: string) => text.replace(/№\s+/g, '№\u00a0');

/** One notice, to be placed on its own page(s). */
export function noticeContent(input: NoticeDocInput, locale: SheetLocale): Content[] {
  const t = noticeTexts[locale];
  const { notice, pack, advocate } = input;
  return [
    letterhead(advocate),
    // As on an official letter: the document's number and date on the left, the addressee
    // on the right, then the title.
    {
      margin: [0, 10, 0, 0],
      columns: [
        {
          width: '*',
          margin: [0, 12, 0, 0],
          text: t.numberDate(notice.number, formatDate(notice.date, locale)),
          bold: true,
        },
        {
          width: 250,
          stack: [
            { text: t.to, style: 'label', fontSize: 9 },
            { text: nb(notice.addressee), bold: true },
          ],
        },
      ],
    },
    {
      text: pack.notice.title[locale],
      fontSize: 15,
      bold: true,
      alignment: 'center',
      margin: [20, 14, 20, 0],
    },
    { text: t.lead(advocate.fullName), alignment: 'justify', margin: [0, 10, 0, 6] },
    particulars(input, t, locale),
    closing(pack.notice.basis[locale], advocate.fullName, t),
  ];
}

/** A notice as its own PDF, in the appointment's language unless another is asked for. */
export function noticeDoc(input: NoticeDocInput, locale?: SheetLocale): TDocumentDefinitions {
  const lang = locale ?? input.appointment.language;
  const t = noticeTexts[lang];
  return {
    ...docBase(title(input, lang), input.advocate.fullName),
    content: noticeContent(input, lang),
    footer: (page, pages) => footer(input, t, lang, t.page(page, pages)),
  };
}

/**
 * Several notices in one PDF (a day's appointments printed at once). Each notice is a
 * pdfmake section, so it starts on a new page; each is in its appointment's language unless
 * `locale` forces one, and numbers its own pages ("Стр. 1 из 1" per notice).
 */
export function noticesBatchDoc(
  inputs: NoticeDocInput[],
  locale?: SheetLocale,
): TDocumentDefinitions {
  const langs = inputs.map((i) => locale ?? i.appointment.language);
  const first = noticeTexts[langs[0] ?? 'kk'];
  const pages = sectionPages();
  const sections = inputs.map((input, k): ContentSection => {
    const lang = langs[k] ?? 'kk';
    const t = noticeTexts[lang];
    return {
      section: noticeContent(input, lang),
      header: pages.record(k),
      footer: (page, total) => {
        const own = pages.of(k, page);
        const label = own ? t.page(own.index, own.count) : t.page(page, total);
        return footer(input, t, lang, `${t.footerNotice(input.notice.number)} · ${label}`);
      },
    };
  });
  return {
    ...docBase(
      inputs.length === 1 && inputs[0] ? title(inputs[0], langs[0] ?? 'kk') : first.batchTitle,
      inputs[0]?.advocate.fullName ?? '',
    ),
    content: sections,
  };
}

const title = (input: NoticeDocInput, locale: SheetLocale) =>
  `${input.pack.notice.title[locale]} №\u00a0${input.notice.number}`;

function docBase(title: string, author: string): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title, author, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.1 },
    styles: {
      muted: { fontSize: 9.5, color: MUTED },
      label: { fontSize: 9.5, color: MUTED },
    },
  };
}

/**
 * Which pages each section (notice) covers, so its footer can count its own pages. pdfmake
 * lays out the content, then calls every page's header function, then every page's footer
 * function (LayoutBuilder.addHeadersAndFooters): the header pass records the pages, the
 * footer pass reads them. Should that order ever change, `of` returns undefined and the
 * footer falls back to the document's page count.
 */
function sectionPages() {
  const bySection = new Map<number, number[]>();
  return {
    record:
      (k: number): DynamicContent =>
      (page) => {
        // Every layout pass calls the headers from page 1: start afresh.
        if (page === 1) bySection.clear();
        const list = bySection.get(k) ?? [];
        if (!list.includes(page)) list.push(page);
        bySection.set(k, list);
        return null;
      },
    of: (k: number, page: number) => {
      const list = bySection.get(k);
      const index = list?.indexOf(page) ?? -1;
      return list && index >= 0 ? { index: index + 1, count: list.length } : undefined;
    },
  };
}

/** The collegium and the legal consultation, centred over a rule, as on a letterhead. */
function letterhead(advocate: NoticeDocInput['advocate']): Content {
  return {
    stack: [
      { text: nb(advocate.collegium), bold: true, fontSize: 12, alignment: 'center' },
      { text: nb(advocate.office), alignment: 'center' },
      {
        margin: [0, 4, 0, 0],
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.8 }],
      },
    ],
  };
}

/** The particulars as a form: a tinted heading per part, then label and value rows. */
function particulars(input: NoticeDocInput, t: NoticeTexts, locale: SheetLocale): Content {
  const { appointment: a, pack, advocate } = input;
  const label = (list: { id: string; label: { kk: string; ru: string } }[], id: string) =>
    list.find((x) => x.id === id)?.label[locale] ?? id;
  const head = (text: string): TableCell[] => [
    { text, bold: true, colSpan: 2, fillColor: HEADER_FILL, margin: [4, 1, 0, 1] },
    {},
  ];
  const row = (name: string, value: string, bold = false): TableCell[] => [
    { text: name, style: 'label', margin: [4, 1, 0, 0] },
    { text: value, bold },
  ];
  const rows: TableCell[][] = [
    // The advocate's name is in the opening sentence and over the signature.
    head(t.sections.advocate),
    row(
      t.licence,
      t.licenceValue(advocate.licenceNumber, formatDate(advocate.licenceDate, locale)),
    ),
    row(t.collegium, advocate.collegium),
    row(t.phone, formatPhone(advocate.phone)),
    head(t.sections.client),
    row(t.fullName, a.client.fullName, true),
    row(t.iin, a.client.iin || '—'),
    row(t.status, label(pack.statuses, a.statusId)),
    ...(input.categoryLabel ? [row(t.category, input.categoryLabel[locale])] : []),
    head(t.sections.case),
    row(t.caseLabel, t.caseValue(a.caseKind, a.caseNumber), true),
    ...(a.qualification ? [row(t.qualification, a.qualification)] : []),
    row(t.stage, label(pack.stages, a.stageId)),
    row(t.body(a.caseKind), nb(a.decree.body)),
    // The opening sentence already says it is an SGLA appointment.
    head(t.sections.ground),
    row(t.decree(a.caseKind), t.decreeValue(a.decree.number, formatDate(a.decree.date, locale))),
    ...(a.decree.official ? [row(t.official, a.decree.official)] : []),
    ...(a.source === 'ezk' && a.ezkNumber ? [row(t.ezk, `№\u00a0${a.ezkNumber}`)] : []),
    ...(a.paperAssignment ? [row(t.assignment, assignment(a, locale))] : []),
  ];
  return {
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: (i) => (i === 0 ? 8 : 0),
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    table: { widths: [LABEL_WIDTH, '*'], body: rows },
  };
}

/** "Оспанова А. Б., заведующая ЮК № 5, 14.11.2026 10:30, № 17". */
function assignment(a: Appointment, locale: SheetLocale): string {
  const p = a.paperAssignment;
  if (!p) return '';
  return [nb(p.assignedBy), formatDateTime(p.assignedAt, locale), p.number && `№\u00a0${p.number}`]
    .filter(Boolean)
    .join(', ');
}

/**
 * The legal basis as a footnote, then the advocate's signature on the left and a dashed ring
 * on the right where the collegium's (consultation's) stamp goes: kept together on one page.
 */
function closing(basis: string, fullName: string, t: NoticeTexts): Content {
  const ring = 30;
  return {
    unbreakable: true,
    stack: [
      {
        text: [{ text: `${t.basis}: `, bold: true }, basis],
        style: 'muted',
        fontSize: 8.5,
        lineHeight: 1.1,
        margin: [0, 10, 0, 0],
      },
      {
        margin: [0, 14, 0, 0],
        columns: [
          {
            width: SIGNATURE_WIDTH,
            stack: [
              { text: t.sections.advocate, style: 'label' },
              { text: fullName, bold: true },
              ...signatureLine(SIGNATURE_WIDTH, t.signature, 20),
            ],
          },
          { width: '*', text: '' },
          {
            width: 150,
            stack: [
              {
                canvas: [
                  {
                    type: 'ellipse',
                    x: 75,
                    y: ring,
                    r1: ring,
                    r2: ring,
                    lineWidth: 0.6,
                    lineColor: '#888888',
                    dash: { length: 3, space: 3 },
                  },
                ],
              },
              // Drawn over the ring's middle: the canvas has already taken its height.
              { text: t.stamp, bold: true, alignment: 'center', margin: [0, -ring - 8, 0, 0] },
              {
                text: t.stampCaption,
                style: 'muted',
                fontSize: 7.5,
                alignment: 'center',
                margin: [0, ring - 4, 0, 0],
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * What printed it and with which pack on the left, the page on the right; under them, small,
 * the note that the form is our estimate while the pack says it is not verified.
 */
function footer(input: NoticeDocInput, t: NoticeTexts, locale: SheetLocale, page: string): Content {
  const { pack } = input;
  const printed = t.printed(formatDate(localDate(input.printedAt), locale));
  return {
    margin: [SIDE, 10, SIDE, 0],
    color: MUTED,
    fontSize: 8.5,
    stack: [
      {
        columns: [
          { text: `${printed} · ${pack.id}@${pack.version}` },
          { text: page, alignment: 'right', width: 'auto' },
        ],
      },
      ...(pack.notice.verified
        ? []
        : [{ text: t.unverifiedForm, fontSize: 7.5, italics: true, margin: [0, 2, 0, 0] }]),
    ] as Content[],
  };
}
