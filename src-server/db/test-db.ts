/**
 * A fresh, migrated database for one test: PGlite in memory by default, or — when
 * QORGAU_TEST_DATABASE_URL is set (scripts/with-postgres.sh does) — a new database on that
 * real PostgreSQL, dropped when the test closes it. So the same server suite runs on both.
 */
import pg from 'pg';
import type { Db } from './db';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

let counter = 0;

export async function openTestDb(): Promise<Db> {
  const adminUrl = process.env['QORGAU_TEST_DATABASE_URL'];
  if (!adminUrl) {
    const db = await openPglite();
    await migrate(db);
    return db;
  }
  const name = `qorgau_t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // The throwaway database is dropped WITH (FORCE) at the end: an idle connection dying then is
  // expected, not a warning.
  const db = await openPostgres(url.toString(), 5, () => undefined);
  await migrate(db);
  return {
    ...db,
    kind: db.kind,
    close: async () => {
      await db.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
