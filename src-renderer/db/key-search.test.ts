import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newestUnderSearchKey, SEARCH_PAGE } from './key-search';

interface Row {
  id: string;
  searchKeys: string[];
  n: number;
}

let db: Dexie & { rows: Table<Row, string> };
afterEach(async () => db?.delete());

async function open(n: number) {
  db = new Dexie(`key-search-${Math.random()}`) as typeof db;
  db.version(1).stores({ rows: 'id, *searchKeys' });
  await db.rows.bulkAdd(
    Array.from({ length: n }, (_, i) => ({
      id: `id-${String(i).padStart(5, '0')}`,
      searchKeys: i % 3 === 0 ? ['k', 'other'] : ['k'],
      n: i,
    })),
  );
  await db.rows.add({ id: 'zz-not-under-k', searchKeys: ['other'], n: -1 });
}

async function collect(gen: AsyncGenerator<Row>, stopAt = Infinity) {
  const out: Row[] = [];
  for await (const r of gen) {
    out.push(r);
    if (out.length >= stopAt) break;
  }
  return out;
}

describe('newestUnderSearchKey', () => {
  it('yields every kept row under the key once, newest first, across pages', async () => {
    const n = SEARCH_PAGE * 2 + 37;
    await open(n);
    const rows = await collect(newestUnderSearchKey(db.rows, 'k', (r) => r.n % 2 === 0));
    const expected = Array.from({ length: n }, (_, i) => n - 1 - i).filter((i) => i % 2 === 0);
    expect(rows.map((r) => r.n)).toEqual(expected);
  });

  it('a key with fewer rows than a page is read once; the caller can stop early', async () => {
    await open(40);
    expect((await collect(newestUnderSearchKey(db.rows, 'k', () => true))).length).toBe(40);
    expect(
      (await collect(newestUnderSearchKey(db.rows, 'other', () => true))).map((r) => r.n)[0],
    ).toBe(-1);
    expect(
      await collect(
        newestUnderSearchKey(db.rows, 'k', () => true),
        3,
      ),
    ).toHaveLength(3);
  });
});
