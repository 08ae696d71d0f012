/** Which PouchDB set-ups the sync bench runs: `--pouch=none|default|all|<server>/<client>,…`. */
import type { PouchStorage } from './server-protocol';

/**
 * The laptop's PouchDB adapter: `idb` on fake-indexeddb — the same IndexedDB shim our client
 * runs on in this bench, the fair comparison — or `memory` (memdown: no IndexedDB at all, which
 * flatters PouchDB; the report says so).
 */
export type PouchClient = 'idb' | 'memory';

export interface PouchVariant {
  server: PouchStorage;
  client: PouchClient;
}

const SERVERS: PouchStorage[] = ['leveldb', 'memory'];
const CLIENTS: PouchClient[] = ['idb', 'memory'];

/**
 * The default: the fair pair (a server on disk, the laptop on the same IndexedDB shim as ours),
 * and the all-in-memory pair, PouchDB at its most flattered. At 50 000 records on 2 shared cores
 * (load ~9) they took 130 s and 70 s (set-up included); the two mixed pairs (`all`) 101 s and
 * 147 s more and say little the other two do not.
 */
export const DEFAULT_POUCH: PouchVariant[] = [
  { server: 'leveldb', client: 'idb' },
  { server: 'memory', client: 'memory' },
];

export const variantLabel = (v: PouchVariant) => `${v.server}/${v.client}`;

export function parsePouchVariants(value: string | undefined): PouchVariant[] {
  const v = (value ?? 'default').trim();
  if (v === 'none' || v === '') return [];
  if (v === 'default' || v === 'true') return DEFAULT_POUCH.map((x) => ({ ...x }));
  if (v === 'all')
    return SERVERS.flatMap((server) => CLIENTS.map((client) => ({ server, client })));
  const out: PouchVariant[] = [];
  for (const part of v.split(',').map((s) => s.trim())) {
    const [server, client, extra] = part.split('/');
    if (
      extra !== undefined ||
      !SERVERS.includes(server as PouchStorage) ||
      !CLIENTS.includes(client as PouchClient)
    ) {
      throw new Error(
        `--pouch: "${part}" is not <server>/<client> with server ${SERVERS.join('|')} and client ${CLIENTS.join('|')}`,
      );
    }
    const variant = { server: server as PouchStorage, client: client as PouchClient };
    if (!out.some((x) => variantLabel(x) === variantLabel(variant))) out.push(variant);
  }
  return out;
}
