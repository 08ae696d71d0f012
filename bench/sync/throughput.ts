/**
 * Server throughput with many advocates: `users` advocates spread over `offices` offices of one
 * collegium, each with a registered device, on a server already holding `history` records per
 * advocate. autocannon keeps `connections` requests in flight for `duration` seconds; every
 * request is the next advocate's (cycling): a push of a day's work (`opsPerPush` new records,
 * built from real rows of the seeded laptop, gzipped like the app's), then — separately — a
 * pull of the day: everything since the revision before the push run (the advocate's own
 * pushes, and the aid marks of office colleagues' records), one page as the app asks for it.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { diffCounters, type BenchServer } from './server-handle';
import type { BenchUser, RecordTemplate, ServerCounters } from './server-protocol';

export interface ThroughputOptions {
  users: number;
  offices: number;
  history: number;
  opsPerPush: number;
  connections: number;
  durationS: number;
}

export interface Scenario {
  name: string;
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  server: ServerCounters;
  /** Mean request body on the wire (gzipped when ≥ 2 KB, as the app sends it). */
  bodyBytes: number;
}

/** One pull answer of the pull run, read in full: what a page holds. */
export interface PullSample {
  changes: number;
  conflicts: number;
  marks: number;
  more: boolean;
  jsonBytes: number;
  gzipBytes: number;
}

export interface ThroughputResult {
  options: ThroughputOptions;
  setupMs: number;
  push: Scenario;
  pull: Scenario;
  pullSample: PullSample;
  checks: string[];
}

/** Node's fetch (the app's transport) sends these; the server answers gzip to them. */
const BASE_HEADERS = {
  accept: 'application/json',
  'content-type': 'application/json',
  'accept-encoding': 'gzip, deflate',
};

async function scenario(
  name: string,
  server: BenchServer,
  o: ThroughputOptions,
  path: string,
  body: (u: BenchUser) => { payload: Buffer | string; gzip: boolean },
  users: BenchUser[],
): Promise<Scenario> {
  let next = 0;
  let bodies = 0;
  let bodyBytes = 0;
  const before = await server.counters(true);
  const r = await autocannon({
    url: server.url,
    connections: o.connections,
    duration: o.durationS,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const u = users[next++ % users.length]!;
          const { payload, gzip } = body(u);
          bodies += 1;
          bodyBytes += Buffer.byteLength(payload);
          return {
            ...req,
            headers: {
              ...BASE_HEADERS,
              authorization: `Bearer ${u.token}`,
              ...(gzip ? { 'content-encoding': 'gzip' } : {}),
            },
            body: payload,
          };
        },
      },
    ],
  });
  const after = await server.counters();
  // Requests the load left queued on the server finish before anything else is measured.
  await server.idle();
  return {
    name,
    connections: o.connections,
    durationS: r.duration,
    requests: r.requests.total,
    rps: r.requests.total / r.duration,
    latency: {
      mean: r.latency.mean,
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    server: diffCounters(before, after),
    bodyBytes: bodies ? bodyBytes / bodies : 0,
  };
}

async function samplePull(url: string, u: BenchUser, body: string): Promise<PullSample> {
  const headers = { ...BASE_HEADERS, authorization: `Bearer ${u.token}` };
  const plain = await fetch(`${url}/v1/sync/pull`, {
    method: 'POST',
    headers: { ...headers, 'accept-encoding': 'identity' },
    body,
  });
  const text = await plain.text();
  const j = JSON.parse(text) as {
    changes?: unknown[];
    conflicts?: unknown[];
    marks?: unknown[];
    more?: boolean;
  };
  // The same answer gzipped, as the app receives it (fetch would inflate it: read it raw).
  const raw = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${url}/v1/sync/pull`,
      { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let n = 0;
        res.on('data', (d: Buffer) => (n += d.length));
        res.on('end', () => resolve(n));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  return {
    changes: j.changes?.length ?? 0,
    conflicts: j.conflicts?.length ?? 0,
    marks: j.marks?.length ?? 0,
    more: j.more === true,
    jsonBytes: Buffer.byteLength(text),
    gzipBytes: raw,
  };
}

export async function throughput(
  server: BenchServer,
  templates: RecordTemplate[],
  o: ThroughputOptions,
): Promise<ThroughputResult> {
  const checks: string[] = [];
  const t0 = performance.now();
  const users = await server.addUsers(o.users, 'adv', o.offices);
  await server.seedHistory(users, o.history, templates);
  const setupMs = performance.now() - t0;
  const start = await server.tableCounts();
  const dayStart = await server.revision();

  let n = 0;
  const push = await scenario(
    'push',
    server,
    o,
    '/v1/sync/push',
    (u) => {
      const ops = Array.from({ length: o.opsPerPush }, () => {
        const t = templates[n++ % templates.length]!;
        const id = randomUUID();
        return {
          opId: randomUUID(),
          entity: t.entity,
          entityId: id,
          baseVersion: 0,
          record: { ...t.record, id, version: 1, advocateId: u.userId, number: n },
          at: '2026-11-25T09:00:00.000Z',
        };
      });
      const json = JSON.stringify({ deviceId: u.deviceId, ops });
      // As nodeHttpSend: gzip from 2 KB.
      return Buffer.byteLength(json) >= 2048
        ? { payload: gzipSync(json), gzip: true }
        : { payload: json, gzip: false };
    },
    users,
  );
  const end = await server.tableCounts();
  const accepted = (end['ops:accepted'] ?? 0) - (start['ops:accepted'] ?? 0);
  const ok2xx = push.requests - push.non2xx;
  if (accepted < ok2xx * o.opsPerPush) {
    throw new Error(`check failed: ${accepted} ops accepted for ${ok2xx} answered pushes`);
  }
  const refused = Object.entries(end).filter(
    ([k, v]) => k.startsWith('ops:') && k !== 'ops:accepted' && v,
  );
  if (refused.length) throw new Error(`check failed: pushes refused: ${JSON.stringify(refused)}`);
  checks.push(
    `push: ${accepted} ops accepted for ${ok2xx} answered pushes of ${o.opsPerPush} (pushes still in flight at the end count on the server only), none refused`,
  );

  const body = JSON.stringify({ since: dayStart });
  const pull = await scenario(
    'pull',
    server,
    o,
    '/v1/sync/pull',
    () => ({ payload: body, gzip: false }),
    users,
  );
  const pullSample = await samplePull(server.url, users[0]!, body);
  return { options: o, setupMs, push, pull, pullSample, checks };
}
