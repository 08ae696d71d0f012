/**
 * A copy of a laptop's database, table by table with the same keys: the bench writes one
 * register through the repositories (slow, as the app does) and gives each server under test
 * its own identical copy.
 */
import type { AppDb } from '../../src-renderer/db/app-db';

const PAGE = 5000;

export async function copyDb(from: AppDb, to: AppDb): Promise<number> {
  let rows = 0;
  await to.open();
  for (const table of from.tables) {
    const target = to.table(table.name);
    // Paged by primary key, so the whole table is never in one array. Every table of AppDb
    // has an inbound key (keyPath, auto-increment ones included): bulkAdd keeps it.
    let last: unknown;
    for (;;) {
      const keys = await (
        last === undefined ? table.orderBy(':id') : table.where(':id').above(last)
      )
        .limit(PAGE)
        .primaryKeys();
      if (keys.length === 0) break;
      await target.bulkAdd(await table.bulkGet(keys as never[]));
      rows += keys.length;
      last = keys[keys.length - 1];
    }
  }
  return rows;
}
