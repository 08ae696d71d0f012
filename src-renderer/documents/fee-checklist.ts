/**
 * The attachment checklist of a fee claim: one sheet with empty boxes to tick while the papers
 * are collected (Rules cl. 55: the application goes with the documents of order 1462 para 5).
 * The documents are the tariff pack's attachments for the claim's service, then one line per
 * expense with its supporting document — flagged when the pack's expense type needs one and
 * the claim names none, so the gap shows before the justice body finds it.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountInWords } from '../../src-shared/i18n/amount-in-words';
import { formatDate } from '../../src-shared/i18n/format';
import { formatTenge } from '../../src-shared/i18n/money';
import { gridLayout, HEADER_FILL, MUTED, signatureLine } from './doc-parts';
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
import { feeTexts, type FeeTexts } from './fee-texts';
import { PDF_FONT } from './pdf-fonts';

export type FeeChecklistInput = Pick<
  FeeApplicationInput,
  'claim' | 'case' | 'labels' | 'tariff' | 'advocate'
>;

export function feeChecklistDoc(
  input: FeeChecklistInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = feeTexts[locale];
  const c = t.checklist;
  const title = `${c.title} · ${t.named(claimNo(input.claim))}`;
  return {
    pageSize: 'A4',
    pageMargins: [SIDE + 8, 40, SIDE + 8, 48],
    info: { title, author: input.advocate.fullName, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    styles: { muted: { fontSize: 9, color: MUTED }, label: { fontSize: 9, color: MUTED } },
    content: [
      { text: c.title, fontSize: 14, bold: true, alignment: 'center' },
      { text: c.subtitle(claimNo(input.claim)), alignment: 'center', margin: [0, 0, 0, 10] },
      summary(input, t, locale),
      documents(input, t, locale),
      closing(input, t),
    ] as Content[],
    footer: (page, pages) => ({
      margin: [SIDE + 8, 14, SIDE + 8, 0],
      fontSize: 8.5,
      color: MUTED,
      columns: [
        `Qorgau · ${t.named(claimNo(input.claim))}`,
        { text: t.page(page, pages), alignment: 'right' },
      ],
    }),
  };
}

/** Which claim: the service, whom or which period, the basis document and the total. */
function summary(input: FeeChecklistInput, t: FeeTexts, locale: SheetLocale): Content {
  const { claim } = input;
  const c = t.checklist;
  const b = claim.basisDocument;
  const total = claim.calculation.totals.totalTiyn;
  const row = (name: string, value: Content, bold = false): TableCell[] => [
    { text: name, style: 'label' },
    typeof value === 'string' ? { text: value, bold } : value,
  ];
  return {
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
    table: {
      widths: [150, '*'],
      body: [
        row(c.kind, c.kinds[claim.kind]),
        ...(input.case
          ? [row(c.client, `${input.case.clientName}, ${input.case.caseNumber}`, true)]
          : []),
        row(t.periodLabel, claimPeriod(claim, t, locale)),
        row(
          t.basis,
          t.basisValue(
            label(input.labels.basisDocuments, b.typeId || null, locale),
            b.number,
            b.date ? formatDate(b.date, locale) : '',
            '',
          ),
        ),
        row(t.total, {
          text: [
            { text: formatTenge(total, locale), bold: true },
            { text: ` (${amountInWords(total, locale)})`, color: MUTED },
          ],
        }),
      ],
    },
  };
}

function documents(input: FeeChecklistInput, t: FeeTexts, locale: SheetLocale): Content {
  const c = t.checklist;
  const box = (): TableCell => ({ ...checkBox(false, 10), margin: [1, 1, 0, 0] }) as TableCell;
  const header = [c.columns.box, c.columns.document, c.columns.need, c.columns.note].map(
    (text): TableCell => ({ text, bold: true, fontSize: 9, fillColor: HEADER_FILL }),
  );
  const attachments = claimAttachments({ ...input, attachedIds: [] }).map(
    ({ item }): TableCell[] => [
      box(),
      item.label[locale],
      { text: item.required ? c.required : c.optional, bold: item.required },
      '',
    ],
  );
  const expenseLines = input.claim.calculation.lines.filter((l) => l.kind === 'expense');
  const expenseRows = expenseLines.map((line): TableCell[] => {
    const e = expenseOf(input.claim, line);
    const doc = e?.document;
    const needed =
      input.tariff.expenseTypes.find((x) => x.id === line.activityId)?.requiresDocument ?? false;
    const ref =
      doc && (doc.number || doc.date)
        ? t.documentRef(doc.number, doc.date ? formatDate(doc.date, locale) : '')
        : null;
    const what = `${label(input.labels.expenseTypes, line.activityId, locale)}, ${formatDate(line.date, locale)}, ${formatTenge(line.amountTiyn, locale)}`;
    return [
      box(),
      {
        text: [
          what,
          ref ? `\n${ref}` : '',
          !ref && needed ? { text: `\n${c.noDocument}`, bold: true, italics: true } : '',
        ],
      },
      { text: needed ? c.required : c.optional, bold: needed },
      '',
    ];
  });
  const section = (text: string): TableCell[] => [
    { text, colSpan: 4, bold: true, fillColor: HEADER_FILL, margin: [0, 1, 0, 1] },
    {},
    {},
    {},
  ];
  return {
    layout: { ...gridLayout(5), paddingTop: () => 5, paddingBottom: () => 5 },
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [16, '*', 76, 96],
      body: [
        header,
        ...attachments,
        ...(expenseRows.length > 0 ? [section(c.expenses), ...expenseRows] : []),
      ],
    },
  };
}

function closing(input: FeeChecklistInput, t: FeeTexts): Content {
  const width = 220;
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    columns: [
      {
        width: '*',
        stack: [
          { text: t.checklist.checkedBy, style: 'label' },
          { text: t.advocate(input.advocate.fullName), bold: true },
        ],
      },
      {
        width,
        stack: [...signatureLine(width, `${t.signature}, ${t.date.toLowerCase()}`, 18)],
      },
    ],
  };
}
