/**
 * Sync benchmark (issue 6): the first sync of a 50 000-record register over real HTTP, and the
 * server's throughput with many advocates — on PGlite and, when a PostgreSQL is given (`npm
 * run bench:sync` starts one with scripts/with-postgres.sh), on PostgreSQL, side by side; and
 * (issue 10) PouchDB replicating the same records to express-pouchdb, after ours (bench/pouch).
 * Prints a markdown report and writes it to bench/results/sync-<date>.md (+ .json with every
 * figure). It prints figures; it never passes or fails on them — it stops only when a check of
 * what was synced fails. See bench/README.md, "Sync benchmark".
 *
 *   npx tsx bench/sync.bench.ts --records=5000 --duration=5      # quick, PGlite only
 */
process.env.TZ = 'UTC'; // the register refuses entries "in the future" by local time
import 'fake-indexeddb/auto';
import '../src-renderer/app/zod-jitless';
import { installFastIndexCursor } from './data/fast-index-cursor';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { AppDb } from '../src-renderer/db/app-db';
import { copyDb } from './data/clone-db';
import { seedLaptop } from './data/seed-laptop';
import { dumpRecords } from './pouch/records';
import { pouchRatios } from './pouch/report';
import { pouchBench } from './pouch/run';
import { firstSync } from './sync/first-sync';
import { MemorySampler } from './sync/measure';
import { parseOptions, type BenchOptions } from './sync/options';
import { renderMarkdown, type BackendRun, type BenchReport } from './sync/report';
import { BenchServer } from './sync/server-handle';
import type { Backend, RecordTemplate } from './sync/server-protocol';
import { throughput } from './sync/throughput';

const RESULTS = path.join(__dirname, 'results');
const log = (s: string) => process.stderr.write(`[bench:sync] ${s}\n`);

async function startServer(o: BenchOptions, backend: Backend, label: string) {
  return BenchServer.start({
    backend,
    ...(backend === 'postgres' ? { adminUrl: o.pgUrl! } : {}),
    logLevel: o.logLevel,
    ...(o.cpuProf ? { cpuProfDir: path.join(RESULTS, 'profiles', label) } : {}),
  });
}

/** Real rows of the seeded laptop (as the outbox holds them) for the throughput pushes. */
async function templatesOf(db: AppDb): Promise<RecordTemplate[]> {
  const ops = await db.outbox.limit(400).toArray();
  return ops
    .filter((op) => op.entity === 'consultation' || op.entity === 'appointment')
    .map((op) => ({ entity: op.entity, record: op.record }));
}

async function profiled<T>(o: BenchOptions, label: string, work: () => Promise<T>): Promise<T> {
  if (!o.cpuProf) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    const dir = path.join(RESULTS, 'profiles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `client-${label}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function main() {
  const t0 = performance.now();
  const o = parseOptions(process.argv.slice(2), process.env);
  const loadBefore = os.loadavg();
  log(`options ${JSON.stringify({ ...o, pgUrl: o.pgUrl ? '(set)' : undefined })}`);
  const sampler = new MemorySampler();
  // fake-indexeddb's O(n²) walks over one index value would swamp every client figure.
  installFastIndexCursor();

  // Throughput alone needs only real rows to copy, not a whole register.
  const records = o.firstSync ? o.records : Math.min(o.records, 1000);
  log(`writing ${records} records through the repositories…`);
  const seedDb = new AppDb('bench-seed');
  const seed = await seedLaptop(seedDb, records, {
    seed: o.seed,
    onProgress: (d) => log(`  ${d} records, ${Math.round(performance.now() - t0) / 1000} s`),
  });
  const templates = await templatesOf(seedDb);
  // PouchDB gets the same records (issue 10): the outbox as seeded, before our first sync
  // rewrites it with the server identity, kept in a file until our runs are done.
  const pouchRecords = o.pouch.length ? await dumpRecords(seedDb) : undefined;

  const runs = new Map<Backend, BackendRun>();
  const firstSyncBackends = o.firstSync ? o.backends : [];
  for (const [i, backend] of firstSyncBackends.entries()) {
    log(`first sync on ${backend}…`);
    const server = await startServer(o, backend, `first-sync-${backend}`);
    const last = i === firstSyncBackends.length - 1;
    // The last backend takes the seeded database itself; the others a copy of it.
    let laptopA = seedDb;
    if (!last) {
      laptopA = new AppDb(`bench-a-${backend}`);
      await copyDb(seedDb, laptopA);
    }
    const laptopB = new AppDb(`bench-b-${backend}`);
    try {
      const db = await server.dbInfo();
      const result = await profiled(o, `first-sync-${backend}`, () =>
        firstSync(server, laptopA, laptopB, o.records, o.changed, sampler),
      );
      runs.set(backend, { db, firstSync: result });
    } finally {
      await server.close();
      await laptopB.delete();
      if (!last) await laptopA.delete();
    }
  }
  await seedDb.delete();

  let pouch: BenchReport['pouch'];
  if (pouchRecords) {
    try {
      pouch = await pouchBench(pouchRecords, o.pouch, o.changed, sampler, log);
    } finally {
      pouchRecords.remove();
    }
  }

  for (const backend of o.throughputBackends) {
    log(`throughput on ${backend}…`);
    const server = await startServer(o, backend, `throughput-${backend}`);
    try {
      const db = await server.dbInfo();
      const result = await throughput(server, templates, {
        users: o.users,
        offices: o.offices,
        history: o.history,
        opsPerPush: o.opsPerPush,
        connections: o.connections,
        durationS: o.durationS,
      });
      runs.set(backend, { ...(runs.get(backend) ?? {}), db, throughput: result });
    } finally {
      await server.close();
    }
  }
  sampler.stop();

  const date = new Date().toISOString().slice(0, 10);
  const report: BenchReport = {
    date,
    command: o.command,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      ramGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadBefore,
      loadAfter: os.loadavg(),
    },
    options: {
      records: o.records,
      changed: o.changed,
      users: o.users,
      offices: o.offices,
      history: o.history,
      opsPerPush: o.opsPerPush,
      connections: o.connections,
      duration: o.durationS,
      logLevel: o.logLevel,
      seed: o.seed,
    },
    seed: {
      records,
      consultations: seed.consultations,
      appointments: seed.appointments,
      ms: seed.ms,
      path: 'through the repositories (create(): one commitChange transaction per record)',
    },
    runs: [...runs.values()],
    ...(pouch
      ? { pouch: { ...pouch, ratios: pouchRatios([...runs.values()], pouch.variants) } }
      : {}),
    totalS: (performance.now() - t0) / 1000,
  };
  const md = renderMarkdown(report);
  process.stdout.write(`${md}\n`);
  const file = o.out
    ? path.resolve(o.out.replace(/\.json$/, ''))
    : path.join(RESULTS, `sync-${date}${o.tag ? `-${o.tag}` : ''}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.md`, md);
  // Formatted as `npm run format:check` wants it (the .md files are not checked).
  const options = (await prettier.resolveConfig(`${file}.json`)) ?? {};
  writeFileSync(
    `${file}.json`,
    await prettier.format(JSON.stringify(report), { ...options, parser: 'json' }),
  );
  log(`written ${path.relative(process.cwd(), file)}.md and .json`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
