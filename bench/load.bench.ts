/**
 * Server load (issue 10): N advocates (5 000 by default, in offices of ~20) each sync a day —
 * one push of the day's work, then one pull — against the office server on PostgreSQL, through
 * a fixed number of keep-alive connections. Prints a markdown report (requests/s, p50/p90/p99
 * latency per kind, failures, the server's statements and DB time per request, CPU of the
 * server, PostgreSQL and the driver, the server's RSS) and writes every figure to --out. It
 * never passes or fails on a figure; it fails only when a check fails (a push not accepted, a
 * pull not answered 200, a record missing at the end). See bench/README.md, "Server load".
 *
 *   npm run bench:load                                        # PostgreSQL, 5 000 advocates
 *   npx tsx bench/load.bench.ts --backend=pglite --advocates=500 --offices=25
 */
process.env.TZ = 'UTC'; // the register refuses entries "in the future" by local time
import 'fake-indexeddb/auto';
import '../src-renderer/app/zod-jitless';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as prettier from 'prettier';
import { AppDb } from '../src-renderer/db/app-db';
import { seedLaptop } from './data/seed-laptop';
import { buildDay } from './load/day';
import { runDay } from './load/driver';
import { dayFigures, type DayFigures } from './load/figures';
import { HELP, parseLoadOptions, type LoadOptions } from './load/options';
import { machineCpu, parentOf, treeCpu, treeDelta } from './load/proc-cpu';
import { renderLoadMarkdown, type LoadReport } from './load/report';
import { BenchServer, diffCounters } from './sync/server-handle';
import type { BenchUser, RecordTemplate } from './sync/server-protocol';

const log = (s: string) => process.stderr.write(`[bench:load] ${s}\n`);
const DAY_AT = '2026-11-25T09:00:00.000Z';

/** Real rows of a seeded laptop (as its outbox holds them): what the pushes copy. */
async function laptopTemplates(o: LoadOptions): Promise<RecordTemplate[]> {
  const db = new AppDb('bench-load-templates');
  try {
    await seedLaptop(db, o.templates, { seed: o.seed });
    const ops = await db.outbox.toArray();
    return ops
      .filter((op) => op.entity === 'consultation' || op.entity === 'appointment')
      .map((op) => ({ entity: op.entity, record: op.record }));
  } finally {
    await db.delete();
  }
}

/** The postmaster's pid, from a backend's parent: its process tree is PostgreSQL's CPU. */
async function postmasterPid(url: string): Promise<number | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return parentOf(rows[0]!.pid);
  } finally {
    await c.end();
  }
}

async function oneDay(
  o: LoadOptions,
  server: BenchServer,
  label: string,
  users: BenchUser[],
  templates: RecordTemplate[],
  connections: number,
  postmaster: number | null,
): Promise<DayFigures> {
  const day = buildDay(users, templates, o.opsPerPush, DAY_AT);
  const since = await server.revision();
  const countsBefore = await server.tableCounts();
  const before = await server.counters(true);
  const pg0 = postmaster ? treeCpu(postmaster) : null;
  const m0 = machineCpu();
  log(`${label}: ${users.length} advocates over ${connections} connections…`);
  const run = await runDay(
    {
      url: server.url,
      connections,
      timeoutMs: o.timeoutS * 1000,
      since,
      echoes: o.echoes,
      keepPullEvery: Math.max(1, Math.floor(users.length / 100)),
    },
    day,
  );
  const m1 = machineCpu();
  const pg1 = postmaster ? treeCpu(postmaster) : null;
  const after = await server.counters();
  await server.idle();
  const countsAfter = await server.tableCounts();

  const problems: string[] = [];
  const expectedOps = users.length * o.opsPerPush;
  const delta = (k: string) => (countsAfter[k] ?? 0) - (countsBefore[k] ?? 0);
  if (run.pushProblems.length) {
    problems.push(
      `${run.pushProblems.length} pushes not accepted, e.g. ${JSON.stringify(run.pushProblems.slice(0, 3))}`,
    );
  }
  const pulls = run.exchanges.filter((x) => x.kind === 'pull');
  const pulled200 = pulls.filter((x) => x.status === 200).length;
  if (pulled200 !== users.length) {
    problems.push(`${pulled200} pulls answered 200 of ${users.length}`);
  }
  if (delta('ops:accepted') !== expectedOps || delta('records') !== expectedOps) {
    problems.push(
      `the server stored ${delta('ops:accepted')} accepted ops and ${delta('records')} records, ${expectedOps} expected`,
    );
  }
  const refused = Object.keys(countsAfter).filter(
    (k) =>
      (k.startsWith('ops:') && k !== 'ops:accepted' && delta(k)) || (k === 'conflicts' && delta(k)),
  );
  if (refused.length) problems.push(`refused or conflicting ops: ${refused.join(', ')}`);

  return dayFigures(
    label,
    connections,
    users.length,
    run,
    diffCounters(before, after),
    {
      postgresMs: pg0 && pg1 ? treeDelta(pg0, pg1) : null,
      machinePct: (100 * (m1.busyMs - m0.busyMs)) / Math.max(1, m1.totalMs - m0.totalMs),
      cores: os.cpus().length,
    },
    problems,
  );
}

async function main() {
  const t0 = performance.now();
  const parsed = parseLoadOptions(process.argv.slice(2), process.env);
  if (parsed === 'help') {
    console.log(HELP);
    return;
  }
  const o = parsed;
  const loadBefore = os.loadavg();
  log(`options ${JSON.stringify({ ...o, pgUrl: o.pgUrl ? '(set)' : undefined })}`);

  let t = performance.now();
  const templates = await laptopTemplates(o);
  const templatesMs = performance.now() - t;
  log(`${templates.length} templates in ${Math.round(templatesMs)} ms`);

  const server = await BenchServer.start({
    backend: o.backend,
    ...(o.pgUrl ? { adminUrl: o.pgUrl } : {}),
    poolMax: o.poolMax,
    logLevel: o.logLevel,
    ...(o.workers > 1
      ? { workers: o.workers, script: path.join(__dirname, 'load', 'cluster-server.ts') }
      : {}),
    ...(o.cpuProf ? { cpuProfDir: path.join(__dirname, 'results', 'profiles', 'load') } : {}),
  });
  const checks: string[] = [];
  const failures: string[] = [];
  let report: LoadReport;
  try {
    const db = await server.dbInfo();
    // One set of advocates per measured day, each in offices of its own: every advocate syncs
    // exactly once, so each day is every device's first sync of the day (its token not yet in
    // the server's cache, its last_seen_at to be written), as on a real morning.
    t = performance.now();
    const sets: BenchUser[][] = [];
    for (const i of o.connections.keys()) {
      const prefix = o.connections.length > 1 ? `adv${i + 1}` : 'adv';
      sets.push(await server.addUsers(o.advocates, prefix, o.offices));
    }
    const warmUsers = o.warmup
      ? await server.addUsers(o.warmup, 'warm', Math.max(1, Math.round(o.warmup / 20)))
      : [];
    const usersMs = performance.now() - t;
    log(
      `${o.advocates * sets.length + warmUsers.length} advocates with devices in ${Math.round(usersMs)} ms`,
    );
    t = performance.now();
    for (const users of sets) await server.seedHistory(users, o.history, templates);
    const historyMs = performance.now() - t;
    const recordsBefore = (await server.tableCounts())['records'] ?? 0;
    // A server that has been running has statistics (autovacuum); right after a bulk set-up the
    // planner would guess, and keep its guesses in the prepared statements' plans.
    await server.analyze();
    log(`${recordsBefore} records of history in ${Math.round(historyMs)} ms, analysed`);
    const postmaster = o.backend === 'postgres' ? await postmasterPid(o.pgUrl!) : null;

    const warmup = warmUsers.length
      ? await oneDay(o, server, 'warm-up', warmUsers, templates, o.connections[0]!, postmaster)
      : null;
    if (warmup?.problems.length) failures.push(...warmup.problems.map((p) => `warm-up: ${p}`));
    const days: DayFigures[] = [];
    for (const [i, connections] of o.connections.entries()) {
      const label = o.connections.length > 1 ? `Day ${i + 1}` : 'The day';
      const d = await oneDay(o, server, label, sets[i]!, templates, connections, postmaster);
      days.push(d);
      if (d.problems.length) failures.push(...d.problems.map((p) => `${label}: ${p}`));
      else {
        checks.push(
          `${label}: ${d.push.requests} pushes, every op accepted (${d.opsAccepted}, and as many new records on the server); ${d.pull.requests} pulls, all answered 200`,
        );
      }
    }
    const records = (await server.tableCounts())['records'] ?? 0;
    const recordsExpected =
      recordsBefore + (o.connections.length * o.advocates + warmUsers.length) * o.opsPerPush;
    if (records === recordsExpected) {
      checks.push(`the server holds ${records} records, as expected`);
    } else {
      failures.push(`the server holds ${records} records, ${recordsExpected} expected`);
    }
    report = {
      date: new Date().toISOString().slice(0, 10),
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
      options: { ...o, pgUrl: undefined, command: undefined },
      db,
      setup: { templates: templates.length, templatesMs, usersMs, historyMs, recordsBefore },
      warmup,
      days,
      end: { recordsExpected, records },
      checks,
      failures,
      totalS: (performance.now() - t0) / 1000,
    };
  } finally {
    await server.close();
  }
  process.stdout.write(`${renderLoadMarkdown(report)}\n`);
  if (o.out) {
    mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
    // Formatted as `npm run format:check` wants it.
    const options = (await prettier.resolveConfig(o.out)) ?? {};
    writeFileSync(
      o.out,
      await prettier.format(JSON.stringify(report), { ...options, parser: 'json' }),
    );
    log(`written ${o.out}`);
  }
  if (failures.length) throw new Error(`check failed: ${failures.join('; ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
