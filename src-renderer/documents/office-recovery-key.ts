/**
 * The office recovery key sheet: the head prints it once, in Kazakh and Russian, and keeps it
 * in the safe. It carries the private key block (recovery-key.ts's printable text), what the
 * key is for and the recovery procedure. A pure function of the key and who made it;
 * rendering is render-pdf(.node).ts's job.
 *
 * Why the block is laid out as a grid: Qorgau's PDFs have one font (Noto Sans, no monospace),
 * and a person re-types this block from paper. Each four-character group gets its own cell,
 * so the columns line up as in a monospace listing and a line is easy to keep track of;
 * digits are bold, so 0/O and 1/l/I are told apart (base64 has all of them).
 */
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../../src-shared/i18n/format';
import { MUTED, pageFooter, signatureLine } from './doc-parts';
import { localDate, type SheetLocale } from './explanation-texts';
import { officeKeyTexts, type OfficeKeyTexts } from './office-recovery-key-texts';
import { PDF_FONT } from './pdf-fonts';

export interface OfficeKeyDocInput {
  keyId: string;
  /** The printable private key block, exactly as exportRecoveryPrivateKeyText made it. */
  privateText: string;
  /** ISO datetime the key was created; printed as the local calendar date. */
  createdAt: string;
  createdBy: string;
  office: string;
  collegium: string;
}

const SIDE = 56;
const WARNING = '#a61b1b';
/** One key group's column: four wide characters at 14 pt, with room between columns. */
const GROUP_WIDTH = 50;
/** A line of the key body: groups of up to four base64 characters separated by spaces. */
const BODY_LINE = /^[A-Za-z0-9+/=]{1,4}( [A-Za-z0-9+/=]{1,4})*$/;

export function officeRecoveryKeyDoc(
  input: OfficeKeyDocInput,
  locale: SheetLocale,
): TDocumentDefinitions {
  const t = officeKeyTexts[locale];
  return {
    pageSize: 'A4',
    pageMargins: [SIDE, 30, SIDE, 40],
    info: {
      title: `${t.title} ${input.keyId}`,
      author: input.createdBy,
      creator: 'Qorgau',
      creationDate: new Date(input.createdAt),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.08 },
    styles: {
      heading: { fontSize: 12, bold: true, margin: [0, 7, 0, 2] },
      label: { fontSize: 10, color: MUTED },
      muted: { fontSize: 10, color: MUTED },
    },
    content: [
      { text: [input.collegium, '\n', input.office], style: 'muted' },
      { text: t.title, fontSize: 16, bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
      { text: t.subtitle, fontSize: 12.5, alignment: 'center', margin: [0, 0, 0, 8] },
      secretBox(t),
      particulars(input, t, locale),
      { text: t.purposeTitle, style: 'heading' },
      { text: t.purpose },
      { text: t.blockTitle, style: 'heading' },
      keyBlock(input.privateText),
      { text: t.typing, style: 'muted', margin: [0, 4, 0, 0] },
      { text: t.stepsTitle, style: 'heading' },
      { ol: [...t.steps], margin: [0, 0, 0, 4] },
      ...signatureLine(300, t.placedInSafe, 8),
    ] satisfies Content[],
    footer: pageFooter(t.footer(input.keyId), t.page, SIDE),
  };
}

function secretBox(t: OfficeKeyTexts): Content {
  return {
    table: { widths: ['*'], body: [[{ text: t.secret, bold: true, color: WARNING }]] },
    layout: {
      hLineWidth: () => 1.2,
      vLineWidth: () => 1.2,
      hLineColor: () => WARNING,
      vLineColor: () => WARNING,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 0, 0, 8],
  };
}

function particulars(input: OfficeKeyDocInput, t: OfficeKeyTexts, locale: SheetLocale): Content {
  const row = (label: string, value: string) => [{ text: label, style: 'label' }, { text: value }];
  return {
    layout: 'noBorders',
    table: {
      widths: [150, '*'],
      body: [
        row(t.keyId, input.keyId),
        row(t.createdOn, formatDate(localDate(input.createdAt), locale)),
        row(t.createdBy, input.createdBy),
      ],
    },
  };
}

/**
 * Digits bold and the capital I underlined, everything else regular: then 0 and O, 1 and l,
 * I and l look different on paper. One text run per change of style.
 */
export function groupRuns(group: string): ContentText[] {
  return (group.match(/\d+|I+|[^\dI]+/g) ?? []).map((run) =>
    /\d/.test(run)
      ? { text: run, bold: true }
      : run.startsWith('I')
        ? { text: run, decoration: 'underline' }
        : { text: run },
  );
}

/** The key block in a frame: the header and key id lines, the body as a grid, the check line. */
function keyBlock(privateText: string): Content {
  const lines = privateText
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const stack: Content[] = [];
  let body: string[][] = [];
  const flush = () => {
    if (body.length === 0) return;
    const columns = Math.max(...body.map((r) => r.length));
    stack.push({
      layout: 'noBorders',
      margin: [0, 4, 0, 4],
      table: {
        widths: Array.from({ length: columns }, () => GROUP_WIDTH),
        body: body.map((groups) =>
          Array.from({ length: columns }, (_, i) => ({
            text: groupRuns(groups[i] ?? ''),
            fontSize: 13.5,
            margin: [0, 0, 0, 0],
          })),
        ),
      },
    });
    body = [];
  };
  for (const line of lines) {
    if (BODY_LINE.test(line)) body.push(line.split(' '));
    else {
      flush();
      stack.push({ text: line, fontSize: 12, bold: true });
    }
  }
  flush();
  return {
    table: { widths: ['*'], body: [[{ stack }]] },
    layout: {
      hLineWidth: () => 0.8,
      vLineWidth: () => 0.8,
      hLineColor: () => '#333333',
      vLineColor: () => '#333333',
      paddingLeft: () => 12,
      paddingRight: () => 12,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    unbreakable: true,
  };
}
