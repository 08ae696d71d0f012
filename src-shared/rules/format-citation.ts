/**
 * A pack item's source as readers expect it — ru: "Закон № 176-VI, ст. 26, п. 2, пп. 1)";
 * kk: "№ 176-VI Заң, 26-бап, 2-тармақ, 1) тармақша". Codes (УПК, ГПК) are divided into parts
 * (ч. / бөлік), laws and rules into points (п. / тармақ). An act this table does not know
 * (from a collegium's pack) is printed as the pack names it. Used by screens and PDFs alike.
 */
import type { Citation } from './pack-schema';

type Lang = 'kk' | 'ru';
const NBSP = '\u00a0';

interface ActName {
  pattern: RegExp;
  kk: (ref: string) => string;
  ru: (ref: string) => string;
  /** Codes are divided into parts (ч. / бөлік), laws and rules into points (п. / тармақ). */
  code?: boolean;
}

/** Pack acts are short English names ("Law 176-VI"); print them as readers know them. */
const actNames: ActName[] = [
  { pattern: /^Law (\S+)$/, kk: (n) => `№${NBSP}${n} Заң`, ru: (n) => `Закон №${NBSP}${n}` },
  {
    pattern: /^RBA Rules (\S+)$/,
    kk: (d) => `РАА Ережесі (${d})`,
    ru: (d) => `Правила РКА от ${d}`,
  },
  {
    pattern: /^MoJ order (\S+)$/,
    kk: (n) => `Әділет министрінің №${NBSP}${n} бұйрығы`,
    ru: (n) => `Приказ Министра юстиции №${NBSP}${n}`,
  },
  { pattern: /^GPK(?: (\S+))?$/, kk: () => 'АПК', ru: () => 'ГПК', code: true },
  { pattern: /^UPK(?: (\S+))?$/, kk: () => 'ҚПК', ru: () => 'УПК', code: true },
];

/** "1" → "1)": sub-paragraphs are numbered with a parenthesis in both languages. */
const subLabel = (s: string) => (/^\d+$/.test(s) ? `${s})` : s);

export function formatCitation(c: Citation, locale: Lang): string {
  const known = actNames.find((a) => a.pattern.test(c.act));
  const ref = known ? (known.pattern.exec(c.act)?.[1] ?? '') : '';
  const parts = [known ? known[locale](ref) : c.act];
  const code = known?.code === true;
  if (locale === 'ru') {
    if (c.article) parts.push(`ст.${NBSP}${c.article}`);
    if (c.paragraph) parts.push(`${code ? 'ч.' : 'п.'}${NBSP}${c.paragraph}`);
    if (c.subparagraph) parts.push(`пп.${NBSP}${subLabel(c.subparagraph)}`);
  } else {
    if (c.article) parts.push(`${c.article}-бап`);
    if (c.paragraph) parts.push(`${c.paragraph}-${code ? 'бөлік' : 'тармақ'}`);
    if (c.subparagraph) parts.push(`${subLabel(c.subparagraph)}${NBSP}тармақша`);
  }
  return parts.join(', ');
}
