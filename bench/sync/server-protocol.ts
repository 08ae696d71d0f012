/** The messages between the bench (parent) and the server process it starts (server-process.ts). */

export type Backend = 'pglite' | 'postgres';

export interface ServerStartOptions {
  backend: Backend;
  /** postgres: a superuser URL of the cluster; the server gets its own new database on it. */
  adminUrl?: string;
  /** postgres: the pool size (production's openPostgres default is 10). */
  poolMax?: number;
  /** The pino level of the server's request log (written to /dev/null); 'silent' for none. */
  logLevel: string;
  /** bench/load/cluster-server.ts: server processes sharing the port (node:cluster). */
  workers?: number;
}

export interface Org {
  collegiumId: string;
  officeId: string;
  /** The advocate of the first-sync figures, created with the admin command (real scrypt). */
  advocate: { id: string; login: string; password: string };
}

export interface ServerCounters {
  requests: number;
  /** Bytes on the server's sockets, HTTP headers included (= what crossed loopback). */
  bytesIn: number;
  bytesOut: number;
  /** From the request's first byte handed to Node until the answer is written, summed. */
  serverMs: number;
  /** The route handler (zod + push/pull), from Fastify's diagnostics channel, summed. */
  handlerMs: number;
  dbQueries: number;
  dbMs: number;
  /** Requests per route and status, e.g. "POST /v1/sync/push 200". */
  byRoute: Record<string, number>;
  /** Requests received and not yet answered (or abandoned). */
  inFlight: number;
  /** CPU time of the server process (user + system), ms. */
  cpuMs: number;
  peakRss: number;
  peakHeap: number;
}

export interface DbInfo {
  kind: Backend;
  version: string;
  fsync?: string;
  synchronousCommit?: string;
}

export interface BenchUser {
  userId: string;
  deviceId: string;
  officeId: string;
  token: string;
}

/** A real record of the laptop's, given a new id and owner for every copy. */
export interface RecordTemplate {
  entity: string;
  record: Record<string, unknown>;
}

export type Command =
  | { cmd: 'counters'; resetPeak?: boolean }
  | { cmd: 'dbInfo' }
  /** `count` advocates spread over `offices` new offices of the collegium. */
  | { cmd: 'addUsers'; count: number; prefix: string; offices: number }
  | {
      cmd: 'seedHistory';
      users: BenchUser[];
      perUser: number;
      templates: RecordTemplate[];
    }
  | { cmd: 'tableCounts' }
  | { cmd: 'revision' }
  /** ANALYZE the database (bench/load, after its set-up). */
  | { cmd: 'analyze' }
  | { cmd: 'close' };

export type Request = Command & { id: number };
export type Reply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
export type Hello = { ready: true; port: number; org: Org } | { ready: false; error: string };
