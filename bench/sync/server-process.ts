/**
 * The office server under test, in its own process (as in production, and so the bench's
 * client does not share its event loop): `buildServer` on PGlite in memory or on a new database
 * of a PostgreSQL cluster, listening on 127.0.0.1, with its request log at the configured
 * level (to /dev/null: the cost of logging stays, the output does not). Started by
 * server-handle.ts with options in BENCH_SERVER_OPTIONS; answers commands over IPC.
 *
 * Instrumented from outside the server's code: bytes on its sockets, time per request (Node's
 * 'request' → the answer's 'finish'), handler time (Fastify's diagnostics channel), and time in
 * the database (a wrapped Db).
 */
import { tracingChannel } from 'node:diagnostics_channel';
import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src-server/app';
import type { Db } from '../../src-server/db/db';
import { migrate } from '../../src-server/db/migrate';
import { openPglite } from '../../src-server/db/pglite';
import { openPostgres } from '../../src-server/db/postgres';
import type {
  Command,
  Hello,
  Reply,
  Request,
  ServerCounters,
  ServerStartOptions,
} from './server-protocol';
import { answerCommands, errorText } from './command-loop';
import { sampleProcess } from './process-sampler';
import {
  createBenchDatabase,
  dbInfo,
  dropBenchDatabase,
  seedOrg,
  serverRevision,
  tableCounts,
} from './server-db';
import { addUsers, seedHistory } from './server-fixtures';
import { timedDb } from './timed-db';

const send = (m: Hello | Reply) => process.send?.(m);

async function openDb(o: ServerStartOptions): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (o.backend === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db, drop: async () => undefined };
  }
  const adminUrl = o.adminUrl;
  if (!adminUrl) throw new Error('postgres needs adminUrl');
  const { name, url } = await createBenchDatabase(adminUrl);
  const db = await openPostgres(url, o.poolMax ?? 10);
  await migrate(db);
  return { db, drop: () => dropBenchDatabase(adminUrl, name) };
}

async function main() {
  const o = JSON.parse(process.env['BENCH_SERVER_OPTIONS'] ?? '{}') as ServerStartOptions;
  const { db: raw, drop } = await openDb(o);
  const org = await seedOrg(raw);
  const { db, timing } = timedDb(raw);
  const app = await buildServer({
    db,
    logger:
      o.logLevel === 'silent'
        ? false
        : { level: o.logLevel, stream: createWriteStream('/dev/null') },
  });

  // Bytes on the sockets, peak memory, CPU time; the rest is counted here.
  const proc = sampleProcess(app.server);
  const counters: Pick<ServerCounters, 'requests' | 'serverMs' | 'handlerMs' | 'byRoute'> = {
    requests: 0,
    serverMs: 0,
    handlerMs: 0,
    byRoute: {},
  };
  const requestsOpen = new Set<object>();
  app.server.on('request', (req, res) => {
    const t0 = performance.now();
    requestsOpen.add(res);
    res.on('close', () => requestsOpen.delete(res));
    res.on('finish', () => {
      counters.requests += 1;
      counters.serverMs += performance.now() - t0;
      const key = `${req.method} ${req.url} ${res.statusCode}`;
      counters.byRoute[key] = (counters.byRoute[key] ?? 0) + 1;
    });
  });
  const started = new WeakMap<object, number>();
  const handlers = new Set<object>();
  // A handler goes on after its client hung up (a load run's backlog): counted in flight too.
  tracingChannel('fastify.request.handler').subscribe({
    start: (m) => {
      started.set(m as object, performance.now());
      handlers.add(m as object);
    },
    asyncStart: (m) => {
      const t0 = started.get(m as object);
      if (t0 !== undefined && handlers.has(m as object)) {
        counters.handlerMs += performance.now() - t0;
      }
      handlers.delete(m as object);
    },
    end: () => undefined,
    asyncEnd: () => undefined,
    // A synchronous failure (a preHandler's 401, a throw) has no asyncStart.
    error: (m) => {
      if (!(m as { async?: boolean }).async) handlers.delete(m as object);
    },
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;

  const run = async (c: Command): Promise<unknown> => {
    switch (c.cmd) {
      case 'counters': {
        const out: ServerCounters = {
          ...counters,
          ...proc.read(c.resetPeak),
          byRoute: { ...counters.byRoute },
          dbQueries: timing.queries,
          dbMs: timing.ms,
          inFlight: requestsOpen.size + handlers.size,
        };
        return out;
      }
      case 'dbInfo':
        return dbInfo(raw);
      case 'addUsers':
        return addUsers(raw, org, c.count, c.prefix, c.offices);
      case 'seedHistory':
        await seedHistory(raw, org, c.users, c.perUser, c.templates);
        return null;
      case 'tableCounts':
        return tableCounts(raw);
      case 'revision':
        return serverRevision(raw);
      case 'analyze':
        // Statistics, as autovacuum keeps them on a server that has been running: without them
        // the planner guesses right after a bulk set-up (and caches its guesses in prepared
        // statements' generic plans).
        await raw.exec('ANALYZE');
        return null;
      case 'close':
        proc.stop();
        await app.close();
        await raw.close();
        await drop();
        setImmediate(() => process.exit(0));
        return null;
    }
  };
  answerCommands<Request>(run, send);
  send({ ready: true, port, org });
}

main().catch((error: unknown) => {
  send({ ready: false, error: errorText(error) });
  setImmediate(() => process.exit(1));
});
