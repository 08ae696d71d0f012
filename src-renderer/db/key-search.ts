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
export async function* newestUnderSearchKey<R extends { searchKeys: string[] }, I>(
  table: Table<R, string, I>,
  key: string,
  keep: (row: R) => boolean,
): AsyncGenerator<R> {
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const ids = await table
      .where('searchKeys')
      .equals(key)
      .reverse()
      .offset(offset)
      .limit(SEARCH_PAGE)
      .primaryKeys();
    if (ids.length === 0) return;
    const rows = (await table.bulkGet(ids)).filter((r): r is R => !!r && keep(r));
    yield* rows;
  }
}
