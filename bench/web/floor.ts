/**
 * The floor: what the browser alone costs to hand over the rows, with no Dexie, no codec and
 * no JS matching — plain `indexedDB.open` of the same database (already on disk, the page
 * reloaded after seeding) and `getAll` on its consultations store. Each figure is the time from
 * opening the read transaction to the request's success event, the moment the rows exist as
 * JS objects in the page. Nothing the app does to read the same rows can be cheaper.
 */
import { dbNameOf, type CodecKind } from './store';

const STORE = 'consultations';
const ms = (t0: number) => performance.now() - t0;

let raw: IDBDatabase | null = null;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the bench database without a version: whatever version Dexie created, unchanged. */
export async function openRaw(kind: CodecKind): Promise<{ ms: number; version: number }> {
  const t0 = performance.now();
  raw?.close();
  const req = indexedDB.open(dbNameOf(kind));
  req.onupgradeneeded = () => {
    // No version was asked for, so this fires only if the database does not exist.
    req.transaction?.abort();
  };
  raw = await request(req);
  if (!raw.objectStoreNames.contains(STORE)) throw new Error(`${dbNameOf(kind)} has no ${STORE}`);
  return { ms: ms(t0), version: raw.version };
}

function store(): IDBObjectStore {
  if (!raw) throw new Error('openRaw() first');
  return raw.transaction(STORE, 'readonly').objectStore(STORE);
}

async function timed(make: (s: IDBObjectStore) => IDBRequest<unknown[]>) {
  const t0 = performance.now();
  const rows = await request(make(store()));
  return { ms: ms(t0), rows: rows.length };
}

/** `getAll()` of the whole store: the floor of any full scan. */
export const getAllAll = () => timed((s) => s.getAll());

/** `getAll(null, count)`: the floor of handing over one screenful of rows. */
export const getAllFirst = (count: number) => timed((s) => s.getAll(null, count));

/** The month index's rows, all of them: the floor of list({ month }) (the first page's query). */
export const monthIndex = (month: string) =>
  timed((s) => s.index('month').getAll(IDBKeyRange.only(month)));

/**
 * The rows under one search key (the blind index the repository reads), up to the search's
 * answer size: the floor of a search. The key is computed by the caller, untimed.
 */
export const searchKeyRows = (key: string, limit: number) =>
  timed((s) => s.index('searchKeys').getAll(IDBKeyRange.only(key), limit));

export function closeRaw(): void {
  raw?.close();
  raw = null;
}
