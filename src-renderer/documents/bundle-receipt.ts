/**
 * The printable receipt of an imported offline bundle (docs/sync.md, "Offline bundles"), in
 * Kazakh or Russian: the file and its SHA-256, whose it is and how the server came to trust the
 * advocate's signing key, the totals, then one line per record — what it is, the SHA-256 of the
 * record, and what the server did with it (and why not, when it did not). Record contents are
 * never printed: the receipt travels back to the advocate on paper.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isSyncedEntity } from '../../src-shared/contracts/sync/protocol';
import type { BundleReceipt, ReceiptLine } from '../bundle/receipt';
import { gridLayout, HEADER_FILL, MUTED, pageFooter, signatureLine } from './doc-parts';
import type { SheetLocale } from './explanation-texts';
import { bundleReceiptTexts, type BundleReceiptTexts } from './bundle-receipt-texts';
import { PDF_FONT } from './pdf-fonts';
import { localDateTime } from './report-doc-parts';

const MARGINS: [number, number, number, number] = [40, 40, 40, 50];
const FONT = 9;
const HASH_FONT = 7;

/** 64 hex digits in four groups of 16: readable aloud, and a line break falls between groups. */
export const groupedHash = (hex: string) => hex.match(/.{1,16}/g)?.join(' ') ?? hex;

function entityName(entity: string, t: BundleReceiptTexts): string {
  return isSyncedEntity(entity) ? t.entities[entity] : entity;
}

function resultText(l: ReceiptLine, t: BundleReceiptTexts, locale: SheetLocale): string {
  const head =
    l.outcome === 'duplicate' && l.original ? t.receivedEarlier[l.original] : t.outcomes[l.outcome];
  return l.reason ? `${head}. ${l.reason[locale]}` : head;
}

function details(r: BundleReceipt, t: BundleReceiptTexts, locale: SheetLocale): Content {
  const f = t.fields;
  const name = (n: string | null, id: string | null) =>
    n ? (id ? `${n} (${id})` : n) : (id ?? t.unknown);
  const rows: [string, string][] = [
    [f.bundleId, r.bundleId],
    ...(r.fileName ? ([[f.fileName, r.fileName]] as [string, string][]) : []),
    [f.fileSha256, groupedHash(r.fileSha256)],
    [f.advocate, name(r.advocate.name, r.advocate.userId)],
    ...(r.officeName ? ([[f.office, r.officeName]] as [string, string][]) : []),
    [f.createdAt, localDateTime(r.createdAt, locale)],
    [f.importedAt, localDateTime(r.importedAt, locale)],
    [f.importedBy, name(r.importedBy.name, r.importedBy.userId)],
    [
      f.signingKey,
      `${r.signingKey.keyId} — ${t.keyTrust(r.signingKey, localDateTime(r.signingKey.registeredAt, locale))}`,
    ],
    [f.officeKey, r.officeKeyId],
    [f.serverRevision, String(r.serverRevision)],
  ];
  return {
    layout: gridLayout(4),
    margin: [0, 10, 0, 0],
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]): TableCell[] => [
        { text: label, color: MUTED },
        { text: value },
      ]),
    },
  };
}

function totals(r: BundleReceipt, t: BundleReceiptTexts): Content {
  const parts = (['accepted', 'duplicate', 'rejected', 'conflict'] as const)
    .filter((k) => r.totals[k] > 0)
    .map((k) => `${t.totals[k]}: ${r.totals[k]}`);
  return {
    margin: [0, 10, 0, 6],
    text: [
      { text: `${t.totalsTitle}. `, bold: true },
      { text: `${t.totals.total}: ${r.totals.total}`, bold: true },
      ...(parts.length ? [{ text: ` — ${parts.join('; ')}.` }] : []),
    ],
  };
}

function linesTable(r: BundleReceipt, t: BundleReceiptTexts, locale: SheetLocale): Content {
  const head = (text: string): TableCell => ({
    text,
    bold: true,
    fontSize: 8,
    fillColor: HEADER_FILL,
    alignment: 'center',
  });
  return {
    layout: gridLayout(3),
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [22, 160, 140, '*'],
      body: [
        [head(t.columns.n), head(t.columns.record), head(t.columns.hash), head(t.columns.result)],
        ...r.lines.map((l, i): TableCell[] => [
          { text: String(i + 1), alignment: 'center' },
          {
            stack: [
              { text: entityName(l.entity, t) },
              { text: l.entityId, fontSize: HASH_FONT, color: MUTED },
              { text: `op ${l.opId}`, fontSize: HASH_FONT, color: MUTED },
            ],
          },
          { text: groupedHash(l.recordHash), fontSize: HASH_FONT },
          {
            text: resultText(l, t, locale),
            bold: l.outcome === 'rejected' || l.outcome === 'conflict',
          },
        ]),
      ],
    },
  };
}

export function bundleReceiptDoc(
  receipt: BundleReceipt,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = bundleReceiptTexts[locale];
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: `${t.title} · ${receipt.bundleId}`, creator: 'Qorgau' },
    defaultStyle: { font: PDF_FONT, fontSize: FONT, lineHeight: 1.1 },
    styles: { muted: { fontSize: 8.5, color: MUTED } },
    content: [
      { text: t.title, fontSize: 13, bold: true, alignment: 'center' },
      { text: t.intro, style: 'muted', margin: [0, 6, 0, 0] },
      details(receipt, t, locale),
      totals(receipt, t),
      linesTable(receipt, t, locale),
      {
        unbreakable: true,
        margin: [0, 10, 0, 0],
        stack: [
          { text: t.hashNote, style: 'muted' },
          { text: t.againNote, style: 'muted', margin: [0, 3, 0, 0] },
          {
            margin: [0, 6, 0, 0],
            columnGap: 40,
            columns: [
              { width: '*', stack: signatureLine(230, t.signatures.head, 24) },
              { width: '*', stack: signatureLine(230, t.signatures.advocate, 24) },
            ],
          },
        ],
      },
    ],
    footer: pageFooter(`Qorgau · ${receipt.bundleId}`, t.page, MARGINS[0]),
  };
}
