/**
 * The first-sync figures against one server: laptop A (its register, all pending) signs in,
 * adopts the server identity and runs `syncOnce` (push everything, then the pull that follows
 * every push); laptop B of the same advocate, empty, signs in and pulls everything; A corrects
 * records and syncs them, B pulls them. Each `syncOnce` is split where its first pull starts,
 * so push and pull have their own figures. The run checks the server and both laptops hold
 * what they should before any figure is kept.
 */
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { AppDb } from '../../src-renderer/db/app-db';
import { adoptServerIdentity } from '../../src-renderer/sync/adopt-identity';
import { syncOnce, type SyncReport } from '../../src-renderer/sync/engine';
import type { SyncTransport } from '../../src-renderer/sync/transport';
import { BENCH_NOW, laptopRepos } from '../data/seed-laptop';
import { appTransport, type ClientTimings } from './app-transport';
import { timeTransactions, type MemorySampler } from './measure';
import { diffCounters, type BenchServer } from './server-handle';
import type { ServerCounters } from './server-protocol';

export interface Segment {
  name: string;
  /** What this segment moved: ops pushed or changes pulled. */
  items: number;
  wallMs: number;
  client: ClientTimings;
  server: ServerCounters;
  /** Time inside the engine's Dexie transactions (applying answers and pages). */
  applyMs: number;
  /**
   * The bench process's event loop busy (not idle) during the segment: the client's own work.
   * The push is pipelined (push-phase.ts), so the client works while the server does: the rest
   * of the wall time is the client waiting for an answer.
   */
  clientBusyMs: number;
  memory: { rssBefore: number; rssPeak: number; heapBefore: number; heapPeak: number };
}

export interface FirstSyncResult {
  adoptMs: number;
  segments: Segment[];
  checks: string[];
}

function diffTimings(a: ClientTimings, b: ClientTimings): ClientTimings {
  const out = { ...b };
  for (const k of Object.keys(out) as (keyof ClientTimings)[]) out[k] = b[k] - a[k];
  return out;
}

interface Mark {
  t: number;
  client: ClientTimings;
  server: ServerCounters;
  applyMs: number;
  elu: EventLoopUtilization;
  memory: { rss: number; heap: number };
}

/** One syncOnce, measured as two segments split at its first pull request. */
async function measuredSync(
  label: string,
  db: AppDb,
  deviceId: string,
  at: ReturnType<typeof appTransport>,
  server: BenchServer,
  sampler: MemorySampler,
  apply: { ms: number },
): Promise<{ report: SyncReport; segments: [Segment, Segment] }> {
  const mark = async (): Promise<Mark> => {
    const server0 = await server.counters(true);
    const memory = sampler.reset();
    return {
      t: performance.now(),
      client: { ...at.timings },
      server: server0,
      applyMs: apply.ms,
      elu: performance.eventLoopUtilization(),
      memory,
    };
  };
  const segment = async (name: string, from: Mark, items: number): Promise<[Segment, Mark]> => {
    const peak = sampler.peak();
    const to = await mark();
    return [
      {
        name,
        items,
        wallMs: to.t - from.t,
        client: diffTimings(from.client, to.client),
        server: diffCounters(from.server, to.server),
        applyMs: to.applyMs - from.applyMs,
        clientBusyMs: performance.eventLoopUtilization(to.elu, from.elu).active,
        memory: {
          rssBefore: from.memory.rss,
          rssPeak: peak.rss,
          heapBefore: from.memory.heap,
          heapPeak: peak.heap,
        },
      },
      to,
    ];
  };

  const start = await mark();
  let pushSegment: Segment | undefined;
  let pullStart: Mark | undefined;
  const transport: SyncTransport = {
    push: (r) => at.transport.push(r),
    pull: async (r) => {
      if (!pullStart) {
        [pushSegment, pullStart] = await segment(`${label}: push`, start, 0);
      }
      return at.transport.pull(r);
    },
  };
  const report = await syncOnce(db, transport, { deviceId, now: () => BENCH_NOW });
  const [pullSegment] = await segment(`${label}: pull`, pullStart!, report.pulled);
  pushSegment!.items = report.pushed;
  return { report, segments: [pushSegment!, pullSegment] };
}

export async function firstSync(
  server: BenchServer,
  laptopA: AppDb,
  laptopB: AppDb,
  n: number,
  changed: number,
  sampler: MemorySampler,
): Promise<FirstSyncResult> {
  const checks: string[] = [];
  const expect = (what: string, got: number, want: number) => {
    if (got !== want) throw new Error(`check failed: ${what}: ${got}, expected ${want}`);
    checks.push(`${what}: ${got}`);
  };
  const { login, password, id: userId } = server.org.advocate;

  // Laptop A: sign in (POST /v1/devices), adopt the server user (rewrites every row and op).
  const a = appTransport(server.url);
  const applyA = timeTransactions(laptopA);
  const signedA = await a.signIn(login, password, 'Ноутбук Жалағаш');
  let t0 = performance.now();
  const adopted = await adoptServerIdentity(laptopA, userId, {
    deviceId: signedA.deviceId,
    now: () => BENCH_NOW,
  });
  const adoptMs = performance.now() - t0;
  expect('A: ops rewritten by adoption', adopted.rewritten.ops, n + 1);

  const first = await measuredSync(
    'A first sync',
    laptopA,
    signedA.deviceId,
    a,
    server,
    sampler,
    applyA,
  );
  expect('A: ops accepted', first.report.accepted, n + 1);
  expect(
    'A: ops pending after sync',
    await laptopA.outbox.where('state').equals('pending').count(),
    0,
  );
  const counts = await server.tableCounts();
  expect('server: records', counts['records'] ?? 0, n + 1);
  expect('server: ops accepted', counts['ops:accepted'] ?? 0, n + 1);

  // Laptop B: the same advocate's second laptop, empty, pulls the register.
  const b = appTransport(server.url);
  const applyB = timeTransactions(laptopB);
  const signedB = await b.signIn(login, password, 'Ноутбук Қызылорда');
  await adoptServerIdentity(laptopB, userId, { deviceId: signedB.deviceId, now: () => BENCH_NOW });
  const pullB = await measuredSync(
    'B first pull',
    laptopB,
    signedB.deviceId,
    b,
    server,
    sampler,
    applyB,
  );
  const inB = (await laptopB.consultations.count()) + (await laptopB.appointments.count());
  expect('B: register rows pulled', inB, n);
  expect('B: profile pulled', await laptopB.profile.count(), 1);

  // A corrects `changed` consultations (through the repository: new version, archive, op).
  const repos = laptopRepos(laptopA, 99);
  repos.setClock(Date.parse(BENCH_NOW));
  const all = await laptopA.consultations.orderBy('id').primaryKeys();
  const step = Math.max(1, Math.floor(all.length / changed));
  t0 = performance.now();
  for (let i = 0; i < changed; i++) {
    const id = all[(i * step) % all.length]!;
    const entry = await repos.consultations.get(id);
    if (!entry) throw new Error(`no consultation ${id}`);
    const content =
      entry.language === 'kk'
        ? 'Талап арыз беру тәртібі мен мерзімдері қайта түсіндірілді.'
        : 'Повторно разъяснены порядок и сроки подачи искового заявления.';
    await repos.consultations.correct(
      id,
      { ...entry, content: entry.content ? `${entry.content} ${content}` : content },
      entry.language === 'kk' ? 'Кеңес мазмұны толықтырылды' : 'Дополнено содержание консультации',
      userId,
    );
  }
  const correctMs = performance.now() - t0;
  const incA = await measuredSync(
    'A incremental',
    laptopA,
    signedA.deviceId,
    a,
    server,
    sampler,
    applyA,
  );
  expect('A: corrections accepted', incA.report.accepted, changed);
  const incB = await measuredSync(
    'B incremental',
    laptopB,
    signedB.deviceId,
    b,
    server,
    sampler,
    applyB,
  );
  expect('B: corrections applied', incB.report.applied, changed);
  checks.push(`A: ${changed} corrections written in ${Math.round(correctMs)} ms`);

  return {
    adoptMs,
    segments: [...first.segments, ...pullB.segments, ...incA.segments, ...incB.segments],
    checks,
  };
}
