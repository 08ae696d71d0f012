/** Latency summaries of the load run: nearest-rank percentiles over every request of a kind. */

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/**
 * The nearest-rank percentile (the smallest value with at least p % of the values at or below
 * it) of ascending `sorted`: a value that was actually measured, never an interpolation.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    count: n,
    mean: n ? sum / n : 0,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : 0,
  };
}

/** Completions per whole second since `t0` (ms timestamps): how steady the run was. */
export function perSecond(doneAt: readonly number[], t0: number): number[] {
  const out: number[] = [];
  for (const t of doneAt) {
    const s = Math.max(0, Math.floor((t - t0) / 1000));
    while (out.length <= s) out.push(0);
    out[s]! += 1;
  }
  return out;
}
