import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, spreadOf } from './gini';

/** The textbook definition, pair by pair: the fast formula must agree with it. */
function giniByPairs(values: number[]): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n === 0 || mean === 0) return 0;
  let sum = 0;
  for (const a of values) for (const b of values) sum += Math.abs(a - b);
  return sum / (n * n) / (2 * mean);
}

describe('gini', () => {
  it('is 0 when everyone has the same, and for nothing at all', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it('gives (n − 1) / n when one of n has everything', () => {
    expect(gini([0, 0, 0, 4])).toBe(0.75);
    expect(gini([4, 0, 0, 0])).toBe(0.75);
    expect(gini([0, 9])).toBe(0.5);
  });

  it('is exact on small hand-computed cases', () => {
    // [1,2,3]: ordered-pair differences sum to 8, n² = 9, mean 2 → 8 / 9 / 4 = 2/9.
    expect(gini([1, 2, 3])).toBeCloseTo(2 / 9, 15);
    // [2,2,4,0]: pairs 0,0,2,2 | 0,0,2,2 | 2,2,0,4 | 2,2,4,0 = 24, n² = 16, mean 2 → 24 / 16 / 4.
    expect(gini([2, 2, 4, 0])).toBe(0.375);
  });

  it('refuses negative and non-finite values', () => {
    expect(() => gini([1, -1])).toThrow(RangeError);
    expect(() => gini([1, Number.NaN])).toThrow(RangeError);
    expect(() => gini([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('agrees with the pair-by-pair definition, ignores order and scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), (values) => {
        const g = gini(values);
        expect(g).toBeCloseTo(giniByPairs(values), 12);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(gini([...values].reverse())).toBeCloseTo(g, 12);
        expect(gini(values.map((v) => v * 3))).toBeCloseTo(g, 12);
      }),
    );
  });
});

describe('spreadOf', () => {
  it('reports min, max, their difference and the Gini coefficient', () => {
    expect(spreadOf([3, 5, 4, 0])).toEqual({ min: 0, max: 5, spread: 5, gini: gini([3, 5, 4, 0]) });
    expect(spreadOf([2, 2])).toEqual({ min: 2, max: 2, spread: 0, gini: 0 });
  });

  it('is all zeros for no values', () => {
    expect(spreadOf([])).toEqual({ min: 0, max: 0, spread: 0, gini: 0 });
  });
});
