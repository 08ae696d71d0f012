import { describe, expect, it } from 'vitest';
import { percentile, perSecond, summarize } from './stats';

describe('percentile', () => {
  it('is the nearest rank, a measured value', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([], 50)).toBe(0);
  });

  it('takes the slow tail of a short list', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], 99)).toBe(1000);
  });
});

describe('summarize', () => {
  it('sorts a copy and sums', () => {
    const values = [30, 10, 20];
    const s = summarize(values);
    expect(s).toEqual({ count: 3, mean: 20, p50: 20, p90: 30, p99: 30, max: 30 });
    expect(values).toEqual([30, 10, 20]);
  });

  it('is all zeros for no values', () => {
    expect(summarize([])).toEqual({ count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 });
  });
});

describe('perSecond', () => {
  it('counts completions per whole second, empty seconds included', () => {
    expect(perSecond([1000, 1100, 1999, 3500], 1000)).toEqual([3, 0, 1]);
    expect(perSecond([], 0)).toEqual([]);
  });
});
