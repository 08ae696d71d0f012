/**
 * The advocate's application for payment of SGLA (Rules cl. 55; MoJ order 1462 App. 1) on
 * paper: order 1462 as amended 15.09.2025 has it filed in Е-Заң көмегі, on paper only while the
 * system is down, and the document says so. It prints a frozen calculation (FeeCalculation)
 * as it is — one table row per part of a line paid at one factor, so every row can be checked
 * as minutes × rate × factor × МРП — and the total in figures and in words.
 *
 * Nothing here computes money or looks anything up: the claim carries the amounts, the caller
 * passes the client and case as printed, the pack labels and the packs. The form's field names
 * and attachments come from the tariff pack in force on the application date.
 */
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FeeCalculation } from '../../src-shared/domain/fees/types';
import { formatPhone } from '../../src-shared/domain/phone/phone';
import { amountInWords } from '../../src-shared/i18n/amount-in-words';
import { formatDate } from '../../src-shared/i18n/format';
import { formatTenge } from '../../src-shared/i18n/money';
import { formatCitation } from '../../src-shared/rules/format-citation';
import { MUTED, signatureLine } from './doc-parts';
import type { SheetLocale } from './explanation-texts';
import {
  checkBox,
  claimAttachments,
  claimNo,
  claimPeriod,
  expenseOf,
  label,
  SIDE,
  type FeeApplicationInput,
} from './fee-doc-input';
import { expenses, rates, workTable } from './fee-tables';
import { feeTexts, type FeeField, type FeeTexts } from './fee-texts';
import { PDF_FONT } from './pdf-fonts';

/**
 * Which of the pack's application fields is which part of this layout. The shipped packs
 * number App. 1's fields in its order; a pack whose ids are not here still gets its fields
 * printed, as blank lines to fill in by hand, so nothing the form asks for is dropped.
 */
const FIELD_IDS: Record<string, FeeField> = {
  'field.1': 'addressee',
  'field.2': 'advocate',
  'field.3': 'licence',
  'field.4': 'collegium',
  'field.5': 'client',
  'field.6': 'case',
  'field.7': 'work',
  'field.8': 'amount',
  'field.9': 'expenses',
  'field.10': 'attachments',
  'field.11': 'signature',
};

const NB = '\u00a0';

export function feeApplicationDoc(
  input: FeeApplicationInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = feeTexts[locale];
  const { claim } = input;
  const calc = claim.calculation;
  const field = fieldLabels(input, t, locale);
  const title = t.named(claimNo(claim));
  const formUnverified = input.tariff.applicationFields.some((f) => !f.verified);
  return {
    pageSize: 'A4',
    pageMargins: [SIDE, 36, SIDE, 54],
    info: { title, author: input.advocate.fullName, creator: 'Qorgau' },
    // A draft's calculation is live, not frozen: it must not pass for the filed application.
    ...(claim.state === 'draft'
      ? { watermark: { text: t.draft, color: '#888888', opacity: 0.12, bold: true } }
      : {}),
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.1 },
    styles: {
      muted: { fontSize: 9, color: MUTED },
      label: { fontSize: 9, color: MUTED },
      heading: { bold: true, fontSize: 10, margin: [0, 10, 0, 3] },
    },
    content: [
      addressee(input, t),
      { text: t.title, fontSize: 15, bold: true, alignment: 'center', margin: [0, 12, 0, 0] },
      { text: t.subtitle, alignment: 'center', margin: [0, 0, 0, 4] },
      paperNote(input, t, locale),
      particulars(input, field, t, locale),
      {
        text: t.request(
          claim.kind,
          claimPeriod(claim, t, locale),
          formatTenge(calc.totals.totalTiyn, locale),
          calc.totals.expensesTiyn > 0,
        ),
        alignment: 'justify',
        margin: [0, 8, 0, 0],
      },
      { text: field('work'), style: 'heading' },
      ...rates(calc, input.labels, t, locale),
      workTable(input, t, locale),
      ...expenses(input, field('expenses'), t, locale),
      ...totals(calc, field('amount'), t, locale),
      basis(input, t, locale),
      ...attachmentList(input, field('attachments'), t, locale),
      ...sources(input, t, locale),
      signature(input, field('signature'), t, locale),
    ] as Content[],
    footer: (page, pages) => ({
      margin: [SIDE, 14, SIDE, 0],
      fontSize: 8.5,
      color: MUTED,
      stack: [
        { columns: [`Qorgau · ${title}`, { text: t.page(page, pages), alignment: 'right' }] },
        ...(formUnverified ? [{ text: t.unverifiedForm, fontSize: 7.5, italics: true }] : []),
      ],
    }),
  };
}

/** The pack's name for a part of the form, else ours. */
function fieldLabels(input: FeeApplicationInput, t: FeeTexts, locale: SheetLocale) {
  const byKey = new Map<FeeField, string>();
  for (const f of input.tariff.applicationFields) {
    const key = FIELD_IDS[f.id];
    if (key) byKey.set(key, f.label[locale]);
  }
  return (key: FeeField) => byKey.get(key) ?? t.fields[key];
}

function addressee(input: FeeApplicationInput, t: FeeTexts): Content {
  const part = (name: string, value: string): Content[] => [
    { text: name, style: 'label' },
    { text: value, bold: true, margin: [0, 0, 0, 4] },
  ];
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 250,
        stack: [
          ...part(t.to, input.justiceBody || '____________________________'),
          ...part(t.from, t.advocate(input.advocate.fullName)),
        ],
      },
    ],
  };
}

function paperNote(input: FeeApplicationInput, t: FeeTexts, locale: SheetLocale): Content {
  const source = input.tariff.applicationFields[0]?.source;
  const edition = source?.edition ? ` (${t.edition(formatDate(source.edition, locale))})` : '';
  const citation = source ? `${formatCitation({ act: source.act }, locale)}${edition}` : '';
  return {
    text: [t.paperOnly, citation ? ` ${t.paperRule(citation)}` : ''],
    style: 'muted',
    fontSize: 8,
    italics: true,
    alignment: 'center',
    margin: [20, 0, 20, 6],
  };
}

/** Who asks and for whom: the form's fields as label and value rows. */
function particulars(
  input: FeeApplicationInput,
  field: (key: FeeField) => string,
  t: FeeTexts,
  locale: SheetLocale,
): Content {
  const { advocate: a, claim } = input;
  const c = input.case;
  const row = (name: string, value: string, bold = false): TableCell[] => [
    { text: name, style: 'label' },
    { text: value, bold },
  ];
  const consultations = claim.calculation.lines.filter((l) => l.kind === 'consultation').length;
  const period = `${t.periodLabel}: ${claimPeriod(claim, t, locale)}`;
  const rows: TableCell[][] = [
    row(field('advocate'), `${a.fullName}, ${t.iin}${NB}${a.iin}`, true),
    row(field('licence'), t.licenceValue(a.licenceNumber, formatDate(a.licenceDate, locale))),
    row(
      field('collegium'),
      // The phone on one line: a number split over two is misdialled.
      `${a.collegium}, ${a.office}; ${t.phone}${NB}${formatPhone(a.phone).replace(/ /g, NB)}`,
    ),
    c
      ? row(field('client'), `${c.clientName}, ${t.iin}${NB}${c.clientIin || '—'}`, true)
      : row(field('client'), t.consultationPersons(consultations)),
    row(field('case'), c ? `${c.caseNumber}\n${t.stage}: ${c.stage[locale]}\n${period}` : period),
    ...(c
      ? [
          row(t.body, c.body),
          row(t.appointmentDecree, t.decreeValue(c.decreeNumber, formatDate(c.decreeDate, locale))),
        ]
      : []),
    // Fields of a pack this layout does not know: blank, to be filled in by hand.
    ...input.tariff.applicationFields
      .filter((f) => !FIELD_IDS[f.id])
      .map((f) => row(f.label[locale], '\n_______________________________________')),
  ];
  return {
    layout: 'noBorders',
    margin: [0, 4, 0, 0],
    table: { widths: [150, '*'], body: rows },
  };
}

/** Fee, expenses and the total, then the total in figures and in words. */
function totals(
  calc: FeeCalculation,
  heading: string,
  t: FeeTexts,
  locale: SheetLocale,
): Content[] {
  const { feeTiyn, expensesTiyn, totalTiyn } = calc.totals;
  const row = (name: string, tiyn: number): Column[] => [
    { text: name, width: '*', alignment: 'right' },
    { text: formatTenge(tiyn, locale), width: 110, alignment: 'right' },
  ];
  return [
    {
      unbreakable: true,
      stack: [
        { text: heading, style: 'heading' },
        { columns: row(t.feeTotal, feeTiyn), fontSize: 9.5 },
        { columns: row(t.expensesTotal, expensesTiyn), fontSize: 9.5 },
        {
          text: [
            { text: `${t.total}: ${formatTenge(totalTiyn, locale)}`, bold: true },
            ` (${amountInWords(totalTiyn, locale)})`,
          ],
          fontSize: 11,
          margin: [0, 6, 0, 0],
        },
      ],
    },
  ];
}

function basis(input: FeeApplicationInput, t: FeeTexts, locale: SheetLocale): Content {
  const b = input.claim.basisDocument;
  const type = label(input.labels.basisDocuments, b.typeId || null, locale);
  const value = t.basisValue(type, b.number, b.date ? formatDate(b.date, locale) : '', b.issuedBy);
  // Kept on one page: a document number parted from its date is misread.
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [{ text: [{ text: `${t.basis}: `, bold: true }, value] }],
  };
}

function attachmentList(
  input: FeeApplicationInput,
  heading: string,
  t: FeeTexts,
  locale: SheetLocale,
): Content[] {
  const items = claimAttachments(input).map(({ item, ticked }): Content => ({
    columns: [
      { width: 14, ...checkBox(ticked) } as Column,
      { width: '*', text: `${item.label[locale]}${item.required ? '' : ` ${t.optional}`}` },
    ],
    margin: [0, 1, 0, 1],
  }));
  const docs = input.claim.calculation.lines
    .filter((l) => l.kind === 'expense')
    .flatMap((line): Content[] => {
      const doc = expenseOf(input.claim, line)?.document;
      if (!doc || !(doc.number || doc.date)) return [];
      const type = label(input.labels.expenseTypes, line.activityId, locale);
      const ref = t.documentRef(doc.number, formatDate(doc.date, locale));
      return [{ text: `— ${t.expenseDocument(type, ref)}`, fontSize: 9, margin: [14, 0, 0, 0] }];
    });
  return [{ text: heading, style: 'heading' }, ...items, ...docs];
}

/** The packs the amounts come from, and how much of them is not checked. */
function sources(input: FeeApplicationInput, t: FeeTexts, locale: SheetLocale): Content[] {
  const calc = input.claim.calculation;
  const named = calc.packs.map((ref) => {
    const p = input.packs.find((x) => x.id === ref.id && x.version === ref.version);
    return p
      ? t.packLine(p.title[locale], p.id, p.version, formatDate(p.effectiveFrom, locale))
      : `${ref.id}@${ref.version}`;
  });
  const unverified = calc.unverifiedItemIds.length;
  return [
    {
      margin: [0, 10, 0, 0],
      fontSize: 8,
      color: MUTED,
      stack: [
        { text: `${t.sources}: ${named.join('; ')}.` },
        ...(unverified > 0 ? [{ text: t.unverified(unverified), bold: true }] : []),
      ],
    },
  ];
}

function signature(
  input: FeeApplicationInput,
  heading: string,
  t: FeeTexts,
  locale: SheetLocale,
): Content {
  const width = 220;
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [
      { text: t.responsibility, margin: [0, 0, 0, 6] },
      { text: heading, style: 'label' },
      {
        columns: [
          {
            width: '*',
            // Level with the signature line.
            margin: [0, 32, 0, 0],
            text: `${t.date}: ${formatDate(input.applicationDate, locale)}`,
          },
          {
            width,
            stack: [
              { text: t.advocate(input.advocate.fullName), bold: true },
              ...signatureLine(width, t.signature, 22),
            ],
          },
        ],
      },
    ],
  };
}
