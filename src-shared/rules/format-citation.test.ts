import { describe, expect, it } from 'vitest';
import { formatCitation } from './format-citation';

/** No-break spaces keep "№ 176-VI" on one line; compare with plain spaces. */
const flat = (s: string) => s.replaceAll('\u00a0', ' ');

describe('formatCitation', () => {
  it.each([
    [
      { act: 'Law 176-VI', article: '26', paragraph: '2', subparagraph: '1' },
      'kk',
      '№ 176-VI Заң, 26-бап, 2-тармақ, 1) тармақша',
    ],
    [
      { act: 'Law 176-VI', article: '26', paragraph: '2', subparagraph: '1' },
      'ru',
      'Закон № 176-VI, ст. 26, п. 2, пп. 1)',
    ],
    [
      { act: 'RBA Rules 19.02.2024', paragraph: '38', subparagraph: '2' },
      'kk',
      'РАА Ережесі (19.02.2024), 38-тармақ, 2) тармақша',
    ],
    [{ act: 'RBA Rules 19.02.2024', paragraph: '42' }, 'ru', 'Правила РКА от 19.02.2024, п. 42'],
    [{ act: 'UPK 231-V', article: '66', paragraph: '4' }, 'kk', 'ҚПК, 66-бап, 4-бөлік'],
    [{ act: 'GPK 377-V', article: '112' }, 'ru', 'ГПК, ст. 112'],
    [{ act: 'MoJ order 521' }, 'ru', 'Приказ Министра юстиции № 521'],
    [{ act: 'Collegium decision 5/2026' }, 'kk', 'Collegium decision 5/2026'],
  ] as const)('%o in %s → %s', (c, lang, expected) => {
    expect(flat(formatCitation(c, lang))).toBe(expected);
  });
});
