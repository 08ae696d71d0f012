/**
 * Pieces every Qorgau PDF shares — the muted colour, the page footer, the signature line and
 * the thin table grid — so the sheets, the register and the act look like one family.
 */
import type { Content, CustomTableLayout, DynamicContent } from 'pdfmake/interfaces';

/** Secondary text: labels, footers, captions. Dark enough to photocopy. */
export const MUTED = '#444444';

/**
 * The footer on every page: what printed it (app, pack or form) on the left, the page count
 * on the right, aligned with the body's side margins.
 */
export function pageFooter(
  left: string,
  page: (page: number, pages: number) => string,
  sideMargin: number,
): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [sideMargin, 16, sideMargin, 0],
    fontSize: 9,
    color: MUTED,
    columns: [{ text: left }, { text: page(currentPage, pageCount), alignment: 'right' }],
  });
}

/**
 * Room to sign, a line, and what the line is for underneath. The caption uses the document's
 * `muted` style, so every document that signs defines one.
 */
export function signatureLine(width: number, caption: string, room = 30): Content[] {
  return [
    { text: '', margin: [0, room, 0, 0] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.8 }] },
    { text: caption, style: 'muted', alignment: 'center' },
  ];
}

/** Hairline grid with tight padding: forms with many columns need every point of width. */
export function gridLayout(paddingX = 3): CustomTableLayout {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => '#666666',
    vLineColor: () => '#666666',
    paddingLeft: () => paddingX,
    paddingRight: () => paddingX,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

/** Header cells of a grid: bold on a light tint that still prints as pale grey. */
export const HEADER_FILL = '#eeeeee';

// ── fitting words into narrow columns ──────────────────────────────────────────────────
// pdfmake measures text only while laying out, and breaks a word that does not fit its cell
// at whatever letter reaches the edge, without a hyphen. A many-column form has to know
// beforehand: these estimate Noto Sans advances (digits 0.57 em, Cyrillic lower case ≈ 0.6
// but ж м ш щ ы ю ф ≈ 0.8, capitals ≈ 0.75, і and punctuation ≈ 0.3) with a little to spare.

/** Estimated width in points of one unbreakable run at `size` points (bold ≈ size × 1.07). */
export function wordWidth(word: string, size: number): number {
  let em = 0;
  for (const ch of word) {
    if (ch >= '0' && ch <= '9') em += 0.58;
    else if (/[.,:;()'"«»/\-–]/.test(ch)) em += 0.3;
    else if (/[іІ]/.test(ch)) em += 0.3;
    else if (/[жмшщыюфЖМШЩЫЮФ]/.test(ch)) em += ch === ch.toLowerCase() ? 0.82 : 1;
    else em += ch === ch.toLowerCase() ? 0.6 : 0.74;
  }
  return em * size + 1;
}

/** pdfmake's line breaker breaks at spaces and after dashes and slashes, never at a no-break space. */
const words = (text: string) => text.split(/[ \t\n]+|(?<=[-–/])/);

/** The widest unbreakable run among the texts. */
export function longestWord(texts: string[], size: number): number {
  let widest = 0;
  for (const text of texts)
    for (const w of words(text)) widest = Math.max(widest, wordWidth(w, size));
  return widest;
}

const VOWELS = /[аәеёиоөуұүыіэюяaeiou]/i;
const NO_LINE_START = /[ьъйЬЪЙ]/;

/**
 * Breaks every word wider than `width` with a hyphen where it fits, as a typesetter of a
 * printed form would: after a vowel or between two consonants, each part keeping a vowel and
 * two letters, no line starting with ь, ъ or й. A word with no such place is cut where it
 * fits, still with a hyphen. Words with digits are left whole. The register's headers and
 * narrow columns need it: "продолжительность", "жәрдемақысын".
 */
export function hyphenate(text: string, width: number, size: number): string {
  return text
    .split(/( +|\n)/)
    .map((part) => (/^( +|\n)?$/.test(part) ? part : breakWord(part, width, size)))
    .join('');
}

/** Punctuation after the last letter ("окончание,"): it never starts a line on its own. */
function countTrailing(letters: string[]): number {
  let n = 0;
  while (n < letters.length && !/\p{L}/u.test(letters[letters.length - 1 - n]!)) n += 1;
  return n;
}

function breakWord(word: string, width: number, size: number): string {
  // Numbers, dates and document numbers are never hyphenated: a split number is misread.
  if (/\d/.test(word)) return word;
  const lines: string[] = [];
  let rest = word;
  while (wordWidth(rest, size) > width && rest.length > 4) {
    const letters = [...rest];
    let cut = 0;
    let anyFit = 0;
    const lastCut = letters.length - countTrailing(letters) - 2;
    for (let p = 2; p <= lastCut; p += 1) {
      if (wordWidth(`${letters.slice(0, p).join('')}-`, size) > width) break;
      anyFit = p;
      const [before, after, next] = [letters[p - 1]!, letters[p]!, letters[p + 1] ?? ''];
      const head = letters.slice(0, p).join('');
      const tail = letters.slice(p).join('');
      const syllable =
        VOWELS.test(before) || (!VOWELS.test(after) && VOWELS.test(next) && !VOWELS.test(before));
      if (syllable && VOWELS.test(head) && VOWELS.test(tail) && !NO_LINE_START.test(after)) cut = p;
    }
    cut ||= anyFit;
    if (cut < 2) break;
    lines.push(`${letters.slice(0, cut).join('')}-`);
    rest = letters.slice(cut).join('');
  }
  return [...lines, rest].join('\n');
}

/**
 * Widths in proportion to `weights` filling `available` points, except that no column gets
 * less than its `needs` (e.g. its longest word): such a column is pinned at its need and the
 * others share what is left, again in proportion. If the needs alone overflow, `firm` columns
 * keep theirs and the others shrink together (and pdfmake breaks their longest words).
 */
export function proportionalWidths(
  weights: number[],
  available: number,
  needs: number[],
  firm: boolean[] = [],
): number[] {
  let need = weights.map((_, i) => needs[i] ?? 0);
  const total = need.reduce((a, b) => a + b, 0);
  if (total > available) {
    const kept = need.reduce((sum, n, i) => (firm[i] ? sum + n : sum), 0);
    const scale = Math.max(available - kept, 0) / (total - kept);
    need = need.map((n, i) => (firm[i] ? n : n * scale));
  }
  const pinned = new Set<number>();
  for (;;) {
    let rest = available;
    let weight = 0;
    weights.forEach((w, i) => {
      if (pinned.has(i)) rest -= need[i]!;
      else weight += w;
    });
    if (weight === 0) return need;
    const unit = rest / weight;
    const under = weights.findIndex((w, i) => !pinned.has(i) && w * unit < need[i]! - 1e-9);
    if (under < 0) return weights.map((w, i) => (pinned.has(i) ? need[i]! : w * unit));
    pinned.add(under);
  }
}
