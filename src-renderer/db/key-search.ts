/**
 * The paged read behind a register's name/IIN search: index first, decryption last. One search
 * key is read — the most selective, chosen by the caller — newest first (UUIDv7 ids sort by
 * time), a page at a time, so the caller decodes and re-checks rows only until it has enough.
 */
import type { Table } from 'dexie';

/** Ids read (newest first) per step of a search. */
export const SEARCH_PAGE = 250;

/**
 * The rows indexed under `key` in `searchKeys`, newest first, that pass `keep` (the plain
 * filters, checked a page at a time before anything is decoded). Stop iterating once there
 * are enough matches: no further page is read.
 */
export async function* newestUnderSearchKey<R extends { searchKeys: string[]; id: string }, I>(
  table: Table<R, string, I>,
  key: string,
  keep: (row: R) => boolean,
): AsyncGenerator<R> {
  const byKey = () => table.where('searchKeys').equals(key).reverse();
  // The first page as rows in ONE request (a getAll with a direction), not ids + bulkGet (a get
  // per id): most searches end here. Issue 10's register bench: p95 39.7 → 24.7 ms at 100 000
  // encrypted entries (docs/performance.md).
  const first = await byKey().limit(SEARCH_PAGE).toArray();
  yield* first.filter(keep);
  if (first.length < SEARCH_PAGE) return;
  // The rest of the key's ids read once, then fetched a page at a time: an offset() per page
  // walked the index again from the newest entry each time. A row written meanwhile could
  // shift the offset by one, so ids already given are skipped.
  const seen = new Set(first.map((r) => r.id));
  const rest = (await byKey().offset(SEARCH_PAGE).primaryKeys()).filter((id) => !seen.has(id));
  for (let i = 0; i < rest.length; i += SEARCH_PAGE) {
    const rows = await table.bulkGet(rest.slice(i, i + SEARCH_PAGE));
    yield* rows.filter((r): r is R => !!r && keep(r));
  }
}
