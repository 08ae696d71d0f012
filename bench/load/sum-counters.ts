/** The counters of several server processes (bench/load/cluster-server.ts) as one. */
import type { ServerCounters } from '../sync/server-protocol';

export const zeroCounters = (): ServerCounters => ({
  requests: 0,
  bytesIn: 0,
  bytesOut: 0,
  serverMs: 0,
  handlerMs: 0,
  dbQueries: 0,
  dbMs: 0,
  byRoute: {},
  inFlight: 0,
  cpuMs: 0,
  peakRss: 0,
  peakHeap: 0,
});

const SUMMED = [
  'requests',
  'bytesIn',
  'bytesOut',
  'serverMs',
  'handlerMs',
  'dbQueries',
  'dbMs',
  'inFlight',
  'cpuMs',
  'peakRss',
  'peakHeap',
] as const;

/** Sums; peaks are summed too (the processes run side by side: their memory adds up). */
export function sumCounters(all: readonly ServerCounters[]): ServerCounters {
  const out = zeroCounters();
  for (const c of all) {
    for (const k of SUMMED) out[k] += c[k];
    for (const [r, n] of Object.entries(c.byRoute)) out.byRoute[r] = (out.byRoute[r] ?? 0) + n;
  }
  return out;
}
