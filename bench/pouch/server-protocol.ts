/** The messages between the bench and the PouchDB server process it starts (server-process.ts). */

/** Where express-pouchdb keeps the databases: leveldown in a tmp dir (as pouchdb-server), or memdown. */
export type PouchStorage = 'leveldb' | 'memory';

export interface PouchServerCounters {
  requests: number;
  /** Bytes on the server's sockets, HTTP headers included (= what crossed loopback). */
  bytesIn: number;
  bytesOut: number;
  /** Requests per method and path shape, e.g. "POST /{db}/_bulk_docs 201". */
  byRoute: Record<string, number>;
  /** CPU time of the server process (user + system), ms. */
  cpuMs: number;
  peakRss: number;
  peakHeap: number;
}

export type PouchCommand =
  | { cmd: 'counters'; resetPeak?: boolean }
  /** doc_count of a database as the server holds it (read in-process, not over the wire). */
  | { cmd: 'docCount'; db: string }
  /** Bytes of the storage folder (leveldb); 0 in memory. */
  | { cmd: 'diskBytes' }
  | { cmd: 'close' };

export type PouchRequest = PouchCommand & { id: number };
export type PouchReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
export type PouchHello = { ready: true; port: number } | { ready: false; error: string };

/**
 * A request's path with its variable parts named, so the counts group by what the replicator
 * did: `/register/_local/abc` → `/{db}/_local/{id}`, `/register/0190…` → `/{db}/{doc}`.
 */
export function routeOf(method: string, url: string): string {
  const pathname = url.split('?')[0] ?? url;
  const parts = pathname.split('/').filter(Boolean);
  const shaped = parts.map((p, i) => {
    if (i === 0) return p.startsWith('_') ? p : '{db}';
    if (i === 1) return p.startsWith('_') ? p : '{doc}';
    return parts[1] === '_local' || parts[1] === '_design' ? '{id}' : p;
  });
  return `${method} /${shaped.join('/')}`;
}
