/**
 * The PouchDB side's server, in its own process like ours (sync/server-process.ts): express-pouchdb
 * 4 (express 4 inside it) over PouchDB 9, on 127.0.0.1 at a random port. Storage: leveldown in a
 * new tmp folder — what pouchdb-server and CouchDB do, databases on disk — or memdown.
 *
 * Mode `minimumForPouchDB`: the routes PouchDB's replicator needs and response compression,
 * without pouchdb-server's config and log files, request log, users, security or validation
 * layers. That is logging off as our server's log to /dev/null is not quite: it is the lightest
 * express-pouchdb there is, and it has no authentication where ours checks a device token on
 * every request — it flatters PouchDB a little, not us.
 *
 * Measured from outside, as ours: bytes on its sockets, requests, peak RSS and heap (sampled
 * every 50 ms), CPU time. Started by server-handle.ts with the storage in BENCH_POUCH_STORAGE.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import { answerCommands, errorText } from '../sync/command-loop';
import { sampleProcess } from '../sync/process-sampler';
import {
  routeOf,
  type PouchCommand,
  type PouchHello,
  type PouchReply,
  type PouchRequest,
  type PouchServerCounters,
  type PouchStorage,
} from './server-protocol';

const send = (m: PouchHello | PouchReply) => process.send?.(m);

function sizeOf(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    bytes += e.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return bytes;
}

async function main() {
  const storage = (process.env['BENCH_POUCH_STORAGE'] ?? 'leveldb') as PouchStorage;
  const dir = storage === 'leveldb' ? mkdtempSync(path.join(os.tmpdir(), 'bench-pouch-')) : '';
  // Every database the server opens (the replicated one, pouch__all_dbs__) lives in `dir`.
  const Server =
    storage === 'leveldb'
      ? PouchDB.plugin(leveldbAdapter)
          .plugin(mapreduce)
          .defaults({ adapter: 'leveldb', prefix: `${dir}/` })
      : PouchDB.plugin(memoryAdapter).plugin(mapreduce).defaults({ adapter: 'memory' });
  const app = expressPouchDB(Server, { mode: 'minimumForPouchDB' });
  const server = createServer(app);

  // Bytes on the sockets, peak memory, CPU time: counted as our server's are.
  const proc = sampleProcess(server);
  const counters: Pick<PouchServerCounters, 'requests' | 'byRoute'> = { requests: 0, byRoute: {} };
  server.on('request', (req, res) => {
    res.on('finish', () => {
      counters.requests += 1;
      const key = `${routeOf(req.method ?? '?', req.url ?? '/')} ${res.statusCode}`;
      counters.byRoute[key] = (counters.byRoute[key] ?? 0) + 1;
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const run = async (c: PouchCommand): Promise<unknown> => {
    switch (c.cmd) {
      case 'counters': {
        const out: PouchServerCounters = {
          ...counters,
          ...proc.read(c.resetPeak),
          byRoute: { ...counters.byRoute },
        };
        return out;
      }
      case 'docCount': {
        const db = new Server(c.db);
        return (await db.info()).doc_count;
      }
      case 'diskBytes':
        return dir ? sizeOf(dir) : 0;
      case 'close':
        proc.stop();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        if (dir) rmSync(dir, { recursive: true, force: true });
        setImmediate(() => process.exit(0));
        return null;
    }
  };
  answerCommands<PouchRequest>(run, send);
  send({ ready: true, port });
}

main().catch((error: unknown) => {
  send({ ready: false, error: errorText(error) });
  setImmediate(() => process.exit(1));
});
