/**
 * How unequally something is shared among advocates (Rules cl. 4.2, 21: equal participation).
 * Pure arithmetic, used for duty days, hand-overs and offices' loads alike.
 */
import type { Spread } from './types';

/**
 * The Gini coefficient: the mean absolute difference between every two values (each ordered
 * pair, a value with itself included) divided by twice the mean. 0 when everyone has the same;
 * (n − 1) / n when one of n has everything. 0 for no values or all zeros: nobody having any is
 * not unfair, and the formula would divide by zero.
 *
 * Computed as Σ|xi − xj| / (2·n·Σx), which is the same quantity with one division fewer, so small
 * integer cases come out exact ([0,0,0,4] → 24 / 32 = 0.75). Throws on a negative or non-finite
 * value: counts and loads cannot be negative, and a NaN would silently poison the report.
 */
export function gini(values: readonly number[]): number {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`gini: expected finite non-negative values, got ${String(v)}`);
    }
  }
  const n = values.length;
  const total = values.reduce((s, v) => s + v, 0);
  if (n === 0 || total === 0) return 0;
  // Sorted ascending, the i-th value is larger than i others and smaller than n − 1 − i, so
  // Σ over ordered pairs |xi − xj| = 2 Σ (2i − n + 1)·x(i): O(n log n) instead of O(n²).
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((v, i) => {
    weighted += (2 * i - n + 1) * v;
  });
  return (2 * weighted) / (2 * n * total);
}

/** Lowest, highest, their difference and the Gini coefficient; all 0 for no values. */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { min: 0, max: 0, spread: 0, gini: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, spread: max - min, gini: gini(values) };
}
