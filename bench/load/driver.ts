/**
 * The load driver: `connections` keep-alive HTTP/1.1 connections (Node's http Agent, one
 * socket each), each working through the day's advocates one after another — take the next
 * advocate, push their day, read the answer, pull, read the answer, take the next. A closed
 * loop, like many laptops syncing at once: a slower server gets fewer requests, not a growing
 * queue, and every advocate's pair is sent exactly once.
 *
 * Latency is from writing the request to the last byte of the answer (as a client feels it,
 * without inflating or parsing). A push answer is inflated and read (to check every op was
 * accepted and to name its revisions as the pull's echoes); pull answers are checked for 200 and
 * counted, and every `keepPullEvery`-th is kept raw for a look after the run.
 */
import { Agent, request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { pullBody, rangesOf, type AdvocateDay, type EchoRange } from './day';

export type Kind = 'push' | 'pull';

export interface Exchange {
  kind: Kind;
  status: number;
  ms: number;
  /** performance.now() when the answer was complete. */
  doneAt: number;
  bytesOut: number;
  bytesIn: number;
  error?: string;
}

export interface DriverOptions {
  url: string;
  connections: number;
  timeoutMs: number;
  /** The revision every pull starts from (where the day started). */
  since: number;
  /** Send the push's revisions as echo ranges in the pull, as the app does. */
  echoes: boolean;
  keepPullEvery: number;
}

export interface PushProblem {
  advocate: string;
  problem: string;
}

export interface DayRun {
  t0: number;
  wallMs: number;
  exchanges: Exchange[];
  /** Pushes whose answer was not 200 with every op accepted. */
  pushProblems: PushProblem[];
  opsAccepted: number;
  /** Raw pull answers kept for a look after the run (content-encoding as sent). */
  keptPulls: { encoding: string; body: Buffer }[];
  /** This process's CPU during the run (user + system), ms: the driver shares the machine. */
  driverCpuMs: number;
}

interface Answer {
  status: number;
  encoding: string;
  body: Buffer;
}

const HEADERS = {
  accept: 'application/json',
  'content-type': 'application/json',
  // What Node's fetch sends (the app's transport); the server answers gzip to it.
  'accept-encoding': 'gzip, deflate',
};

export function decode(encoding: string, body: Buffer): Buffer {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  return body;
}

function post(
  agent: Agent,
  url: URL,
  path: string,
  headers: Record<string, string>,
  payload: Buffer | string,
  timeoutMs: number,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(payload)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Every op of a push answer accepted: their revisions (the pull's echoes), or the problem. */
function readPush(a: Answer, ops: number): { revisions: number[] } | { problem: string } {
  if (a.status !== 200) return { problem: `HTTP ${a.status}` };
  const j = JSON.parse(decode(a.encoding, a.body).toString('utf8')) as {
    results?: { outcome: string; revision?: number }[];
  };
  const results = j.results ?? [];
  const refused = results.filter((r) => r.outcome !== 'accepted');
  if (results.length !== ops || refused.length) {
    return {
      problem: `${results.length} results for ${ops} ops, not accepted: ${JSON.stringify(refused.slice(0, 3))}`,
    };
  }
  return { revisions: results.map((r) => r.revision!) };
}

export async function runDay(o: DriverOptions, day: readonly AdvocateDay[]): Promise<DayRun> {
  const url = new URL(o.url);
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const exchanges: Exchange[] = [];
  const pushProblems: PushProblem[] = [];
  const keptPulls: DayRun['keptPulls'] = [];
  let opsAccepted = 0;
  let next = 0;

  const timed = async (
    kind: Kind,
    path: string,
    headers: Record<string, string>,
    payload: Buffer | string,
  ): Promise<Answer | null> => {
    const start = performance.now();
    try {
      const a = await post(agent, url, path, headers, payload, o.timeoutMs);
      const doneAt = performance.now();
      exchanges.push({
        kind,
        status: a.status,
        ms: doneAt - start,
        doneAt,
        bytesOut: Buffer.byteLength(payload),
        bytesIn: a.body.length,
      });
      return a;
    } catch (error) {
      const doneAt = performance.now();
      exchanges.push({
        kind,
        status: 0,
        ms: doneAt - start,
        doneAt,
        bytesOut: Buffer.byteLength(payload),
        bytesIn: 0,
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  };

  const worker = async () => {
    for (let i = next++; i < day.length; i = next++) {
      const { user, push } = day[i]!;
      const auth = { ...HEADERS, authorization: `Bearer ${user.token}` };
      const pushed = await timed(
        'push',
        '/v1/sync/push',
        push.gzip ? { ...auth, 'content-encoding': 'gzip' } : auth,
        push.payload,
      );
      let echoes: EchoRange[] | null = null;
      if (!pushed) {
        pushProblems.push({ advocate: user.userId, problem: 'no answer' });
      } else {
        const read = readPush(pushed, push.ops);
        if ('problem' in read) pushProblems.push({ advocate: user.userId, problem: read.problem });
        else {
          opsAccepted += read.revisions.length;
          if (o.echoes) echoes = rangesOf(read.revisions);
        }
      }
      const pulled = await timed('pull', '/v1/sync/pull', auth, pullBody(o.since, echoes));
      if (pulled && pulled.status === 200 && i % o.keepPullEvery === 0) {
        keptPulls.push({ encoding: pulled.encoding, body: pulled.body });
      }
    }
  };

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: o.connections }, worker));
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  return {
    t0,
    wallMs,
    exchanges,
    pushProblems,
    opsAccepted,
    keptPulls,
    driverCpuMs: (cpu.user + cpu.system) / 1000,
  };
}
