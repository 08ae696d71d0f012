/** Order statistics for the register bench (pure; tested in stats.test.ts). */

/**
 * Nearest-rank percentile: p95 of 200 samples is the 190th smallest, a value that was really
 * measured (no interpolation between two runs). NaN for no samples.
 * @param {number[]} values
 * @param {number} p 0–100
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** @param {number[]} values */
export const median = (values) => percentile(values, 50);

/** @param {number[]} values */
export function stats(values) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? NaN : Math.max(...values),
  };
}

/**
 * The median of per-pair ratios a/b: the ratio of two medians could pair unlike samples (a
 * fast query's floor with a slow query's search). Pairs with b = 0 are left out.
 * @param {{ a: number, b: number }[]} pairs
 */
export function medianRatio(pairs) {
  return median(pairs.filter((x) => x.b > 0).map((x) => x.a / x.b));
}

/** @param {number[]} values */
export const mean = (values) =>
  values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
