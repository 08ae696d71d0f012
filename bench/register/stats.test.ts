import { describe, expect, it } from 'vitest';
import { mean, median, medianRatio, percentile, stats } from './stats.mjs';

describe('register bench stats', () => {
  it('takes percentiles by nearest rank: always a value that was measured', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1, unsorted order
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises n, p50, p95 and max', () => {
    expect(stats([4, 1, 3, 2])).toEqual({ n: 4, p50: 2, p95: 4, max: 4 });
    expect(stats([]).max).toBeNaN();
  });

  it('takes ratios per pair, then the median, and skips a zero denominator', () => {
    const pairs = [
      { a: 10, b: 1 },
      { a: 30, b: 10 },
      { a: 4, b: 2 },
      { a: 5, b: 0 },
    ];
    expect(medianRatio(pairs)).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(mean([1, 2, 3])).toBe(2);
  });
});
