import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatTenge, formatTengeWhole } from './money';

const nb = (s: string) => s.replaceAll(' ', '\u00a0');

describe('formatTenge', () => {
  it.each([
    [1_234_567, 'kk', '12 345,67 ₸'],
    [1_234_567, 'ru', '12 345,67 ₸'],
    [1_234_567, 'en', '12,345.67 ₸'],
    [0, 'ru', '0,00 ₸'],
    [1, 'kk', '0,01 ₸'],
    [99, 'ru', '0,99 ₸'],
    [100, 'ru', '1,00 ₸'],
    [100_000_000, 'kk', '1 000 000,00 ₸'],
    [-150, 'ru', '-1,50 ₸'],
    [Number.MAX_SAFE_INTEGER, 'ru', '90 071 992 547 409,91 ₸'],
    // Tenge as a float (90071992547408.99) would print "…408,98" here.
    [9_007_199_254_740_899, 'ru', '90 071 992 547 408,99 ₸'],
  ] as const)('%i tiyn in %s', (tiyn, locale, expected) => {
    expect(formatTenge(tiyn, locale)).toBe(nb(expected));
  });

  it('never breaks a line inside the amount', () => {
    expect(formatTenge(123_456_789, 'kk')).not.toMatch(/ /);
  });

  it('refuses what is not whole tiyn', () => {
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatTenge(bad, 'ru')).toThrow(RangeError);
      expect(() => formatTengeWhole(bad, 'ru')).toThrow(RangeError);
    }
  });

  it('reads back as the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (tiyn) => {
          const digits = formatMoney(tiyn, 'kk').replace(/[\u00a0,]/g, '');
          expect(BigInt(digits)).toBe(BigInt(tiyn));
        },
      ),
    );
  });
});

describe('formatTengeWhole', () => {
  it.each([
    [1_234_567, '12 346 ₸'],
    [1_234_549, '12 345 ₸'],
    [1_234_550, '12 346 ₸'],
    [49, '0 ₸'],
    [-150, '-2 ₸'],
    [432_500, '4 325 ₸'],
  ])('%i tiyn', (tiyn, expected) => {
    expect(formatTengeWhole(tiyn, 'ru')).toBe(nb(expected));
  });
});
