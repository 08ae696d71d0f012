import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openTestDb } from './test-db';

describe('migrations', () => {
  it('apply once, in order, and a second run changes nothing (PGlite)', async () => {
    const db = await openPglite();
    expect(await migrate(db)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it('give the same tables on the test database (PGlite, or PostgreSQL under with-postgres)', async () => {
    const db = await openTestDb();
    expect(await migrate(db)).toEqual([]);
    const tables = await db.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual([
      'collegiums',
      'conflicts',
      'devices',
      'offices',
      'ops',
      'records',
      'schema_migrations',
      'server_state',
      'signing_keys',
      'users',
    ]);
    await db.close();
  });

  it('a failing migration leaves the previous version in place', async () => {
    const db = await openTestDb();
    await expect(
      migrate(db, [
        { version: 99, name: '099_bad.sql', sql: 'CREATE TABLE x (id int); SELECT nope;' },
      ]),
    ).rejects.toThrow();
    const v = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
    expect(v.rows.map((r) => Number(r.version))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const x = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'x'");
    expect(x.rows).toEqual([]);
    await db.close();
  });

  it('stores new record bodies with lz4 where the server has it, pglz otherwise', async () => {
    const db = await openTestDb();
    const has = await db.query<{ lz4: boolean }>(
      `SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings
        WHERE name = 'default_toast_compression'`,
    );
    const col = await db.query<{ method: string }>(
      `SELECT attcompression::text AS method FROM pg_attribute
        WHERE attrelid = 'records'::regclass AND attname = 'body'`,
    );
    // 'l' is lz4; '' is the default (pglz).
    expect(col.rows[0]!.method).toBe(has.rows[0]!.lz4 ? 'l' : '');
    await db.close();
  });
});
