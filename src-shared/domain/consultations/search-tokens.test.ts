import { describe, expect, it } from 'vitest';
import { entrySearchKeys, matchesQuery, querySearchKeys } from './search-tokens';

describe('register search keys', () => {
  const keys = entrySearchKeys(['Серікбаев Арман-Ёлдаш'], ['900101300057']);
  it('indexes name prefixes of 3–8 letters, normalised, and the IIN with its birth-date prefix', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'w:сер',
        'w:серікбае',
        'w:арм',
        'w:арман',
        'w:елдаш',
        'i:900101300057',
        'i6:900101',
      ]),
    );
    expect(keys).not.toContain('w:серікбаев'); // 9 letters: the 8-letter prefix stands for it
    expect(keys).toEqual(expect.arrayContaining(['p:сер|арм', 'p:арм|сер', 'p:сер|елд']));
    expect(keys.some((k) => k.includes('Ё') || k.includes('ё'))).toBe(false);
  });
  it('pairs words across the applicant and the represented person', () => {
    expect(entrySearchKeys(['Омарова Дана', 'Омаров Ерлан'], [])).toEqual(
      expect.arrayContaining(['p:ома|ерл', 'p:дан|ерл', 'p:ерл|дан']),
    );
  });

  it('turns a query into keys that all must match', () => {
    expect(querySearchKeys('серікбаев арм')).toEqual({
      keys: ['w:серікбае', 'w:арм', 'p:сер|арм'],
      words: ['серікбаев', 'арм'],
    });
    expect(querySearchKeys('900101300057').keys).toEqual(['i:900101300057']);
    expect(querySearchKeys('9001013').keys).toEqual(['i6:900101']);
    expect(querySearchKeys('ар').keys).toEqual([]);
    expect(querySearchKeys('сері серікбаев').keys).toEqual(['w:сері', 'w:серікбае']);
  });
  it('re-checks the full words on decoded rows (8-letter keys are only prefixes)', () => {
    expect(matchesQuery(['серікбаев'], ['Серікбаев Арман'], [])).toBe(true);
    expect(matchesQuery(['серікбаева'], ['Серікбаев Арман'], [])).toBe(false);
    expect(matchesQuery(['9001013'], [], ['900101300057'])).toBe(true);
    expect(matchesQuery(['9001014'], [], ['900101300057'])).toBe(false);
  });
});
