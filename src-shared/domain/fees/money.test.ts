import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyFactors, perDayTiyn, priceTiyn, sumTiyn } from './money';

describe('priceTiyn', () => {
  it('prices an hour at 1,15 МРП of 3 932 ₸ exactly (4 521,80 ₸), where floats drift', () => {
    // 1,15 × 3 932 = 4 521,80 ₸ = 452 180 tiyn; in floats 1.15 * 3932 * 100 = 452179.99999999994.
    expect(1.15 * 3932 * 100).not.toBe(452180);
    expect(priceTiyn(60, 1.15, 1, 3932)).toBe(452180);
  });

  it('rounds half a tiyn up and less than half down', () => {
    // 1 minute at 0,56 МРП of 3 450 ₸: 0,56 × 3 450 / 60 = 32,2 ₸ = 3 220 tiyn exactly.
    expect(priceTiyn(1, 0.56, 1, 3450)).toBe(3220);
    // 1 minute at 0,78 of 3 692: 0,78 × 3 692 / 60 = 47,996 ₸ = 4 799,6 tiyn → 4 800.
    expect(priceTiyn(1, 0.78, 1, 3692)).toBe(4800);
    // 1 minute at 1,15 of 3 692: 1,15 × 3 692 / 60 = 70,7633… ₸ = 7 076,33… tiyn → 7 076.
    expect(priceTiyn(1, 1.15, 1, 3692)).toBe(7076);
    // 1 minute at 0,01 × 0,5 of 3 ₸: 0,00025 ₸ = 0,025 tiyn → 0; at 3 000 ₸: 25 tiyn.
    expect(priceTiyn(1, 0.01, 0.5, 3)).toBe(0);
    // 1 minute at 0,01 × 1 of 30 ₸ = 0,005 ₸ = 0,5 tiyn exactly: half up → 1.
    expect(priceTiyn(1, 0.01, 1, 30)).toBe(1);
  });

  it('applies a factor with more decimals (a product of factors) exactly', () => {
    // 60 min × 1,8 × (1,5 × 0,5 = 0,75) × 4 325 = 5 838,75 ₸.
    expect(priceTiyn(60, 1.8, 0.75, 4325)).toBe(583875);
    // 60 min × 3 × 1,3225 × 4 325 = 17 159,4375 ₸ → 1 715 943,75 tiyn → 1 715 944.
    expect(priceTiyn(60, 3, 1.3225, 4325)).toBe(1715944);
  });

  it('is 0 for 0 minutes and refuses negative or fractional minutes', () => {
    expect(priceTiyn(0, 3, 2, 4325)).toBe(0);
    expect(() => priceTiyn(-1, 3, 1, 4325)).toThrow(RangeError);
    expect(() => priceTiyn(1.5, 3, 1, 4325)).toThrow(RangeError);
    expect(() => priceTiyn(1, 1.2345678, 1, 4325)).toThrow(RangeError);
  });

  it('is additive up to rounding: the price of a+b minutes is within a tiyn of the two prices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1000, max: 10000 }),
        (a, b, rate100, mrp) => {
          const rate = rate100 / 100;
          const whole = priceTiyn(a + b, rate, 1, mrp);
          const parts = priceTiyn(a, rate, 1, mrp) + priceTiyn(b, rate, 1, mrp);
          expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1);
          expect(Number.isSafeInteger(whole)).toBe(true);
        },
      ),
    );
  });

  it('agrees with exact rational arithmetic for random rates and factors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1000, max: 10000 }),
        (minutes, rate100, factor100, mrp) => {
          const got = priceTiyn(minutes, rate100 / 100, factor100 / 100, mrp);
          // Oracle: the exact value times 6000 is an integer; compare 6000·got with it.
          const exact6000 = minutes * rate100 * factor100 * mrp;
          expect(Math.abs(got * 6000 - exact6000)).toBeLessThanOrEqual(3000);
          // Half up: exactly half a tiyn goes up.
          if (exact6000 % 6000 === 3000) expect(got * 6000).toBe(exact6000 + 3000);
        },
      ),
    );
  });
});

describe('perDayTiyn', () => {
  it('prices per diem in whole tiyn: days × МРП per day × МРП', () => {
    // 3 days × 2 МРП × 3 932 ₸ = 23 592 ₸.
    expect(perDayTiyn(3, 2, 3932)).toBe(2359200);
    // 1 day × 0,35 МРП × 4 325 ₸ = 1 513,75 ₸.
    expect(perDayTiyn(1, 0.35, 4325)).toBe(151375);
    expect(perDayTiyn(0, 2, 4325)).toBe(0);
    expect(() => perDayTiyn(-1, 2, 4325)).toThrow(RangeError);
  });
});

describe('multiplyFactors', () => {
  it('multiplies decimals without float noise', () => {
    expect(1.5 * 0.5 * 1.1).not.toBe(0.825);
    expect(multiplyFactors([1.5, 0.5, 1.1])).toBe(0.825);
    expect(multiplyFactors([1.15, 1.15])).toBe(1.3225);
    expect(multiplyFactors([])).toBe(1);
  });
});

describe('sumTiyn', () => {
  it('adds whole tiyn and refuses fractions', () => {
    expect(sumTiyn([1, 2, 3])).toBe(6);
    expect(sumTiyn([])).toBe(0);
    expect(() => sumTiyn([1, 0.5])).toThrow(RangeError);
  });
});
