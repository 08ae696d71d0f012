/**
 * A day's run turned into figures: per kind (push, pull) requests, requests/s over the day's
 * wall time, latency percentiles, failures; the server's counters per request; CPU shares of
 * the server, PostgreSQL, the driver and the whole machine; what the kept pull answers held.
 */
import type { ServerCounters } from '../sync/server-protocol';
import { decode, type DayRun, type Exchange, type Kind } from './driver';
import { perSecond, summarize, type LatencySummary } from './stats';

export interface KindFigures {
  requests: number;
  rps: number;
  latency: LatencySummary;
  /** No answer (connection error); `timeouts` are the errors that were timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Mean bytes of a request body / answer body on the wire (gzip as sent). */
  bodyOut: number;
  bodyIn: number;
}

export interface PullLook {
  answers: number;
  changes: number;
  marks: number;
  conflicts: number;
  /** Answers that said `more` (the day did not fit one page). */
  more: number;
  /** Mean JSON bytes of an answer, inflated. */
  jsonBytes: number;
}

export interface CpuShares {
  /** % of one core, over the day's wall time. */
  serverPct: number;
  postgresPct: number | null;
  driverPct: number;
  /** % of all cores together (100 = the whole machine busy). */
  machinePct: number;
  cores: number;
  /**
   * CPU time per request (ms): less sensitive than requests/s to what else runs on the machine,
   * so the figure to compare between runs on a shared machine.
   */
  perRequestMs: { server: number; postgres: number | null; driver: number };
}

export interface DayFigures {
  label: string;
  connections: number;
  advocates: number;
  wallS: number;
  requests: number;
  rps: number;
  push: KindFigures;
  pull: KindFigures;
  /** Both kinds together. */
  both: KindFigures;
  /** Requests completed in each second of the day. */
  perSecond: number[];
  server: ServerCounters & {
    statementsPerRequest: number;
    dbMsPerRequest: number;
    serverMsPerRequest: number;
    handlerMsPerRequest: number;
  };
  cpu: CpuShares;
  pullLook: PullLook;
  opsAccepted: number;
  problems: string[];
}

function kindFigures(all: readonly Exchange[], kind: Kind | null, wallMs: number): KindFigures {
  const xs = kind ? all.filter((x) => x.kind === kind) : all;
  const n = xs.length;
  return {
    requests: n,
    rps: n / (wallMs / 1000),
    latency: summarize(xs.map((x) => x.ms)),
    errors: xs.filter((x) => x.error).length,
    timeouts: xs.filter((x) => x.error === 'timeout').length,
    non2xx: xs.filter((x) => !x.error && (x.status < 200 || x.status > 299)).length,
    bodyOut: n ? xs.reduce((s, x) => s + x.bytesOut, 0) / n : 0,
    bodyIn: n ? xs.reduce((s, x) => s + x.bytesIn, 0) / n : 0,
  };
}

export function lookAtPulls(kept: DayRun['keptPulls']): PullLook {
  const look: PullLook = { answers: 0, changes: 0, marks: 0, conflicts: 0, more: 0, jsonBytes: 0 };
  for (const k of kept) {
    const text = decode(k.encoding, k.body).toString('utf8');
    const j = JSON.parse(text) as {
      changes?: unknown[];
      marks?: unknown[];
      conflicts?: unknown[];
      more?: boolean;
    };
    look.answers += 1;
    look.changes += j.changes?.length ?? 0;
    look.marks += j.marks?.length ?? 0;
    look.conflicts += j.conflicts?.length ?? 0;
    look.more += j.more ? 1 : 0;
    look.jsonBytes += Buffer.byteLength(text);
  }
  if (look.answers) {
    look.changes /= look.answers;
    look.marks /= look.answers;
    look.conflicts /= look.answers;
    look.jsonBytes /= look.answers;
  }
  return look;
}

export function dayFigures(
  label: string,
  connections: number,
  advocates: number,
  run: DayRun,
  server: ServerCounters,
  cpu: { postgresMs: number | null; machinePct: number; cores: number },
  problems: string[],
): DayFigures {
  const n = run.exchanges.length;
  const per = (v: number) => (server.requests ? v / server.requests : 0);
  const pctOfCore = (ms: number) => (100 * ms) / run.wallMs;
  return {
    label,
    connections,
    advocates,
    wallS: run.wallMs / 1000,
    requests: n,
    rps: n / (run.wallMs / 1000),
    push: kindFigures(run.exchanges, 'push', run.wallMs),
    pull: kindFigures(run.exchanges, 'pull', run.wallMs),
    both: kindFigures(run.exchanges, null, run.wallMs),
    perSecond: perSecond(
      run.exchanges.map((x) => x.doneAt),
      run.t0,
    ),
    server: {
      ...server,
      statementsPerRequest: per(server.dbQueries),
      dbMsPerRequest: per(server.dbMs),
      serverMsPerRequest: per(server.serverMs),
      handlerMsPerRequest: per(server.handlerMs),
    },
    cpu: {
      postgresPct: cpu.postgresMs === null ? null : pctOfCore(cpu.postgresMs),
      machinePct: cpu.machinePct,
      cores: cpu.cores,
      serverPct: pctOfCore(server.cpuMs),
      driverPct: pctOfCore(run.driverCpuMs),
      perRequestMs: {
        server: n ? server.cpuMs / n : 0,
        postgres: cpu.postgresMs === null || !n ? null : cpu.postgresMs / n,
        driver: n ? run.driverCpuMs / n : 0,
      },
    },
    pullLook: lookAtPulls(run.keptPulls),
    opsAccepted: run.opsAccepted,
    problems,
  };
}
