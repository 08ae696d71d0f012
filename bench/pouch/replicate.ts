// Until bench/tsconfig.sync.json includes pouch/**: the module types of PouchDB for tsc.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pouchdb.d.ts" />
/**
 * The PouchDB side of the first-sync figures, phase by phase as sync/first-sync.ts: laptop A
 * (the register loaded into a local PouchDB: set-up, timed apart) syncs with an empty server;
 * laptop B, empty, pulls everything; A corrects the same consultations the same way and syncs;
 * B pulls them. PouchDB's replication with its defaults, as a user gets it: `db.sync(remote)`
 * for A (push and pull at once, like our `syncOnce`'s push then pull), `replicate.from` for B;
 * batch_size 100, batches_limit 10, checkpoints on both sides, no retry, not live. The run stops
 * if a check fails: the server and B hold every record, every correction arrived intact.
 */
import PouchDB, { type Database, type PouchDoc, type ReplicationResult } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import idbAdapter from 'pouchdb-adapter-idb';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { BENCH_NOW } from '../data/seed-laptop';
import type { MemorySampler } from '../sync/measure';
import { correctRecord, toPouchDoc } from './docs';
import { readRecords } from './records';
import { PouchServer } from './server-handle';
import type { PouchServerCounters, PouchStorage } from './server-protocol';
import { variantLabel, type PouchClient, type PouchVariant } from './variants';

export const REPLICATION_DEFAULTS =
  'PouchDB 9 defaults: batch_size 100, batches_limit 10, checkpoints on both sides, no retry, not live';
/** Docs per bulkDocs while loading laptop A (set-up, not part of any sync). */
const LOAD_CHUNK = 1000;
const REMOTE_DB = 'register';

export interface PouchPhase {
  /** As our phases: 'A first sync', 'B first pull', 'A incremental', 'B incremental'. */
  name: string;
  /** The PouchDB call, e.g. 'A.sync(remote)'. */
  call: string;
  /** Documents written where they were missing (push + pull). */
  records: number;
  written: { push: number; pull: number };
  wallMs: number;
  /** When each direction of a sync finished, ms from the phase's start. */
  doneMs: { push?: number; pull?: number };
  server: PouchServerCounters;
  memory: { rssBefore: number; rssPeak: number; heapBefore: number; heapPeak: number };
}

export interface PouchVariantResult extends PouchVariant {
  /** Laptop A's register into its local PouchDB (bulkDocs of 1 000): set-up, not sync. */
  load: { docs: number; ms: number };
  /** The corrections on A (get + put each): set-up of the incremental sync. */
  correct: { docs: number; ms: number };
  /** The whole variant, server start to clean-up: what it adds to the bench's run. */
  totalMs: number;
  /** The server's storage folder after the run (leveldb; 0 in memory). */
  serverDiskBytes: number;
  replication: string;
  phases: PouchPhase[];
  checks: string[];
}

let Client: ReturnType<typeof PouchDB.plugin> | undefined;
function client() {
  // Node 20 has no `navigator`; PouchDB's idb adapter reads navigator.userAgent once, to know
  // whether the browser stores Blobs (a Chrome < 43 bug). Node 21+ defines it as below; Dexie
  // (our client, whose phases ran before) reads it only to detect Safari.
  if (!('navigator' in globalThis)) {
    Object.defineProperty(globalThis, 'navigator', {
      value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
      configurable: true,
    });
  }
  Client ??= PouchDB.plugin(idbAdapter)
    .plugin(memoryAdapter)
    .plugin(httpAdapter)
    .plugin(replication);
  return Client;
}

function diff(a: PouchServerCounters, b: PouchServerCounters): PouchServerCounters {
  const byRoute: Record<string, number> = {};
  for (const [k, v] of Object.entries(b.byRoute)) {
    const d = v - (a.byRoute[k] ?? 0);
    if (d) byRoute[k] = d;
  }
  return {
    requests: b.requests - a.requests,
    bytesIn: b.bytesIn - a.bytesIn,
    bytesOut: b.bytesOut - a.bytesOut,
    byRoute,
    cpuMs: b.cpuMs - a.cpuMs,
    peakRss: b.peakRss,
    peakHeap: b.peakHeap,
  };
}

type Work = (
  t0: number,
) => Promise<{ written: PouchPhase['written']; doneMs: PouchPhase['doneMs'] }>;

async function measured(
  name: string,
  call: string,
  server: PouchServer,
  sampler: MemorySampler,
  work: Work,
): Promise<PouchPhase> {
  const before = await server.counters(true);
  const memory = sampler.reset();
  const t0 = performance.now();
  const { written, doneMs } = await work(t0);
  const wallMs = performance.now() - t0;
  const peak = sampler.peak();
  const after = await server.counters();
  return {
    name,
    call,
    records: written.push + written.pull,
    written,
    wallMs,
    doneMs,
    server: diff(before, after),
    memory: {
      rssBefore: memory.rss,
      rssPeak: peak.rss,
      heapBefore: memory.heap,
      heapPeak: peak.heap,
    },
  };
}

function checkReplication(what: string, r: ReplicationResult) {
  if (!r.ok || r.doc_write_failures > 0 || r.errors.length > 0) {
    throw new Error(
      `check failed: ${what}: ${JSON.stringify({ ...r, errors: r.errors.slice(0, 3) })}`,
    );
  }
}

async function sync(a: Database, remote: Database, t0: number) {
  const s = a.sync(remote);
  const doneMs: PouchPhase['doneMs'] = {};
  void s.push.then(() => (doneMs.push = performance.now() - t0));
  void s.pull.then(() => (doneMs.pull = performance.now() - t0));
  const r = await s;
  checkReplication('A.sync push', r.push);
  checkReplication('A.sync pull', r.pull);
  return { written: { push: r.push.docs_written, pull: r.pull.docs_written }, doneMs };
}

async function pull(b: Database, remote: Database, t0: number) {
  const r = await b.replicate.from(remote);
  checkReplication('B.replicate.from', r);
  return { written: { push: 0, pull: r.docs_written }, doneMs: { pull: performance.now() - t0 } };
}

export interface VariantInput {
  recordsFile: string;
  /** Records in the file: the register and the profile. */
  total: number;
  /** The consultations to correct (pouch/docs.ts `changedIds`). */
  changed: string[];
  sampler: MemorySampler;
  log: (s: string) => void;
}

export async function pouchVariant(
  variant: PouchVariant,
  input: VariantInput,
): Promise<PouchVariantResult> {
  const { total, changed, sampler, log } = input;
  const checks: string[] = [];
  const expect = (what: string, got: number, want: number) => {
    if (got !== want) throw new Error(`check failed: ${what}: ${got}, expected ${want}`);
    checks.push(`${what}: ${got}`);
  };
  const started = performance.now();
  const label = variantLabel(variant);
  const Pouch = client();
  const local = (name: string) =>
    new Pouch(`pouch-${name}-${variant.server}-${variant.client}`, {
      adapter: variant.client satisfies PouchClient,
    });
  const server = await PouchServer.start(variant.server satisfies PouchStorage);
  const a = local('a');
  const b = local('b');
  let result: Omit<PouchVariantResult, 'totalMs'>;
  try {
    log(`  ${label}: loading laptop A…`);
    let t0 = performance.now();
    let loaded = 0;
    for await (const chunk of readRecords(input.recordsFile, LOAD_CHUNK)) {
      const results = await a.bulkDocs(chunk.map(toPouchDoc));
      const failed = results.find((r) => r.error);
      if (failed) throw new Error(`loading A: ${JSON.stringify(failed)}`);
      loaded += chunk.length;
    }
    const load = { docs: loaded, ms: performance.now() - t0 };
    expect('A: docs loaded', (await a.info()).doc_count, total);

    const remoteA = new Pouch(`${server.url}/${REMOTE_DB}`);
    const remoteB = new Pouch(`${server.url}/${REMOTE_DB}`);
    const phases: PouchPhase[] = [];
    log(`  ${label}: A first sync…`);
    phases.push(
      await measured('A first sync', 'A.sync(remote)', server, sampler, (t) => sync(a, remoteA, t)),
    );
    expect('server: docs', await server.docCount(REMOTE_DB), total);
    expect('A: docs pushed', phases[0]!.written.push, total);

    log(`  ${label}: B first pull…`);
    phases.push(
      await measured('B first pull', 'B.replicate.from(remote)', server, sampler, (t) =>
        pull(b, remoteB, t),
      ),
    );
    expect('B: docs pulled', phases[1]!.written.pull, total);
    expect('B: docs held', (await b.info()).doc_count, total);

    // A corrects the consultations as a PouchDB app would: get, change, put (a new revision).
    t0 = performance.now();
    const expected = new Map<string, string>();
    for (const id of changed) {
      const doc = await a.get(id);
      const next = correctRecord(doc, BENCH_NOW);
      await a.put(next);
      expected.set(id, String(next['entryJson']));
    }
    const correct = { docs: changed.length, ms: performance.now() - t0 };
    phases.push(
      await measured('A incremental', 'A.sync(remote)', server, sampler, (t) =>
        sync(a, remoteA, t),
      ),
    );
    expect('A: corrections pushed', phases[2]!.written.push, expected.size);
    phases.push(
      await measured('B incremental', 'B.replicate.from(remote)', server, sampler, (t) =>
        pull(b, remoteB, t),
      ),
    );
    expect('B: corrections pulled', phases[3]!.written.pull, expected.size);
    const got = await b.allDocs({ keys: [...expected.keys()], include_docs: true });
    const intact = got.rows.filter(
      (r) => (r.doc as PouchDoc | undefined)?.['entryJson'] === expected.get(r.id),
    ).length;
    expect('B: corrections intact', intact, expected.size);
    checks.push(
      `A: ${changed.length} corrections (get + put) written in ${Math.round(correct.ms)} ms`,
    );

    result = {
      ...variant,
      load,
      correct,
      serverDiskBytes: await server.diskBytes(),
      replication: REPLICATION_DEFAULTS,
      phases,
      checks,
    };
  } finally {
    await a.destroy();
    await b.destroy();
    await server.close();
  }
  return { ...result, totalMs: performance.now() - started };
}
