/** Kazakh and Russian are complete and really translated; English is the key shape. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src-shared/i18n/en';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';

type Tree = { [k: string]: string | Tree };

function flatten(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk2, vv] of flatten(v, key)) out.set(kk2, vv);
  }
  return out;
}

const EN = flatten(en as Tree);
/** Keys whose text is the same in every language (names, symbols, formats). */
const SAME_EVERYWHERE = new Set([
  'app.name',
  'language.kk',
  'language.ru',
  'language.en',
  'profile.hints.phone',
  'packs.period',
]);
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe.each([
  ['kk', kk],
  ['ru', ru],
] as const)('%s catalog', (lang, catalog) => {
  const flat = flatten(catalog as Tree);

  it('has exactly the English keys', () => {
    expect([...flat.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('has no empty text and no English left untranslated', () => {
    for (const [key, text] of flat) {
      expect(text.trim(), key).not.toBe('');
      if (!SAME_EVERYWHERE.has(key)) expect(text, key).not.toBe(EN.get(key));
    }
  });

  it('keeps every {{placeholder}} of the English text', () => {
    for (const [key, text] of EN) {
      const want = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      const got = [...(flat.get(key) ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(got, `${lang}:${key}`).toEqual(want);
    }
  });

  if (lang === 'kk') {
    it('is written in Kazakh, not Russian (uses Kazakh letters across the catalog)', () => {
      const withKazakh = [...flat.values()].filter((t) => KAZAKH_LETTERS.test(t)).length;
      expect(withKazakh / flat.size).toBeGreaterThan(0.6);
    });
  }
});
