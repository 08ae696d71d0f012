/**
 * The office server as `workers` processes sharing one port (node:cluster), on PostgreSQL: the
 * load bench's `--workers=n`. Speaks server-process.ts's protocol (server-protocol.ts), so
 * BenchServer starts it with `script`. The primary creates the database, migrates it and runs
 * the set-up commands on a connection of its own; each worker runs `buildServer` on its own
 * pool (`poolMax` each) and counts what server-process.ts counts, from outside the server's
 * code; `counters` sums the workers'. Revisions stay in commit order across processes: pushes
 * take the `server_state` row lock in the database, whichever process runs them.
 */
import cluster, { type Worker } from 'node:cluster';
import { tracingChannel } from 'node:diagnostics_channel';
import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src-server/app';
import { migrate } from '../../src-server/db/migrate';
import { openPostgres } from '../../src-server/db/postgres';
import { answerCommands, errorText } from '../sync/command-loop';
import { sampleProcess } from '../sync/process-sampler';
import {
  createBenchDatabase,
  dbInfo,
  dropBenchDatabase,
  seedOrg,
  serverRevision,
  tableCounts,
} from '../sync/server-db';
import { addUsers, seedHistory } from '../sync/server-fixtures';
import type {
  Command,
  Hello,
  Reply,
  Request,
  ServerCounters,
  ServerStartOptions,
} from '../sync/server-protocol';
import { timedDb } from '../sync/timed-db';
import { sumCounters, zeroCounters } from './sum-counters';

type WorkerMessage =
  { kind: 'listening'; port: number } | { kind: 'counters'; id: number; counters: ServerCounters };

const options = JSON.parse(process.env['BENCH_SERVER_OPTIONS'] ?? '{}') as ServerStartOptions;
const DB_URL_ENV = 'BENCH_CLUSTER_DB_URL';

async function worker(): Promise<void> {
  const raw = await openPostgres(process.env[DB_URL_ENV]!, options.poolMax ?? 10);
  const { db, timing } = timedDb(raw);
  const app = await buildServer({
    db,
    logger:
      options.logLevel === 'silent'
        ? false
        : { level: options.logLevel, stream: createWriteStream('/dev/null') },
  });
  const c = zeroCounters();
  const proc = sampleProcess(app.server);
  const open = new Set<object>();
  app.server.on('request', (req, res) => {
    const t0 = performance.now();
    open.add(res);
    res.on('close', () => open.delete(res));
    res.on('finish', () => {
      c.requests += 1;
      c.serverMs += performance.now() - t0;
      const key = `${req.method} ${req.url} ${res.statusCode}`;
      c.byRoute[key] = (c.byRoute[key] ?? 0) + 1;
    });
  });
  const started = new WeakMap<object, number>();
  tracingChannel('fastify.request.handler').subscribe({
    start: (m) => void started.set(m as object, performance.now()),
    asyncStart: (m) => {
      const t0 = started.get(m as object);
      if (t0 !== undefined) c.handlerMs += performance.now() - t0;
      started.delete(m as object);
    },
    end: () => undefined,
    asyncEnd: () => undefined,
    error: () => undefined,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ kind: 'listening', port: (app.server.address() as AddressInfo).port });
  process.on('message', (m: { cmd: 'counters' | 'close'; id: number; resetPeak?: boolean }) => {
    if (m.cmd === 'close') {
      proc.stop();
      void app
        .close()
        .then(() => raw.close())
        .finally(() => process.exit(0));
      return;
    }
    const counters: ServerCounters = {
      ...c,
      ...proc.read(m.resetPeak),
      byRoute: { ...c.byRoute },
      dbQueries: timing.queries,
      dbMs: timing.ms,
      inFlight: open.size,
    };
    process.send!({ kind: 'counters', id: m.id, counters });
  });
}

async function primary(): Promise<void> {
  const send = (m: Hello | Reply) => process.send?.(m);
  const adminUrl = options.adminUrl;
  if (!adminUrl) throw new Error('the cluster server needs PostgreSQL (adminUrl)');
  const { name, url } = await createBenchDatabase(adminUrl);
  const db = await openPostgres(url, 4);
  await migrate(db);
  const org = await seedOrg(db);

  const workers: Worker[] = [];
  let nextId = 1;
  const waiting = new Map<number, (c: ServerCounters) => void>();
  const ports: number[] = [];
  const listening = new Promise<void>((resolve) => {
    for (let i = 0; i < (options.workers ?? 2); i++) {
      const w = cluster.fork({ [DB_URL_ENV]: url });
      w.on('message', (m: WorkerMessage) => {
        if (m.kind === 'listening') {
          ports.push(m.port);
          if (ports.length === (options.workers ?? 2)) resolve();
        } else {
          waiting.get(m.id)?.(m.counters);
          waiting.delete(m.id);
        }
      });
      workers.push(w);
    }
  });
  await listening;

  const countersOf = (w: Worker, resetPeak: boolean) =>
    new Promise<ServerCounters>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      w.send({ cmd: 'counters', id, resetPeak });
    });

  const run = async (c: Command): Promise<unknown> => {
    switch (c.cmd) {
      case 'counters':
        return sumCounters(await Promise.all(workers.map((w) => countersOf(w, !!c.resetPeak))));
      case 'dbInfo':
        return dbInfo(db);
      case 'addUsers':
        return addUsers(db, org, c.count, c.prefix, c.offices);
      case 'seedHistory':
        await seedHistory(db, org, c.users, c.perUser, c.templates);
        return null;
      case 'tableCounts':
        return tableCounts(db);
      case 'revision':
        return serverRevision(db);
      case 'analyze':
        await db.exec('ANALYZE');
        return null;
      case 'close': {
        await Promise.all(
          workers.map(
            (w) =>
              new Promise<void>((resolve) => {
                w.once('exit', () => resolve());
                w.send({ cmd: 'close', id: 0 });
              }),
          ),
        );
        await db.close();
        await dropBenchDatabase(adminUrl, name);
        setImmediate(() => process.exit(0));
        return null;
      }
    }
  };
  answerCommands<Request>(run, send);
  send({ ready: true, port: ports[0]!, org });
}

if (cluster.isPrimary) {
  primary().catch((error: unknown) => {
    process.send?.({ ready: false, error: errorText(error) });
    setImmediate(() => process.exit(1));
  });
} else {
  worker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
