/**
 * What the bench's server processes (server-process.ts, load/cluster-server.ts) do to their
 * database apart from serving: a throwaway PostgreSQL database, the organisation the benches
 * sign in to, and the facts and counts their parents ask for.
 */
import pg from 'pg';
import { createCollegium, createOffice, createUser } from '../../src-server/admin/commands';
import type { Db } from '../../src-server/db/db';
import type { DbInfo, Org } from './server-protocol';

/** A fresh database next to `adminUrl`'s: its name and URL. */
export async function createBenchDatabase(
  adminUrl: string,
): Promise<{ name: string; url: string }> {
  const name = `qorgau_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Drops it. Without FORCE: a pool's last connections may still be closing, and a forced drop
 * would kill them under the pool's feet (an unhandled 'error'). So retry for a while.
 */
export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await a.end();
  }
}

/** One collegium, one office, one advocate with a password (the production scrypt cost). */
export async function seedOrg(db: Db): Promise<Org> {
  const { id: collegiumId } = await createCollegium(db, {
    name: 'Қызылорда облыстық адвокаттар алқасы',
  });
  const { id: officeId } = await createOffice(db, {
    collegiumId,
    name: 'Жалағаш заң консультациясы',
  });
  const password = 'Kokzhiek-2024!';
  const { id, login } = await createUser(db, {
    login: 'gulnar',
    fullName: 'Әбілқасымова Гүлнәр Серікқызы',
    role: 'advocate',
    collegiumId,
    officeId,
    password,
  });
  return { collegiumId, officeId, advocate: { id, login, password } };
}

export async function dbInfo(db: Db): Promise<DbInfo> {
  const v = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  if (db.kind === 'pglite') return { kind: 'pglite', version: v.rows[0]!.v };
  const f = await db.query<{ fsync: string }>('SHOW fsync');
  const s = await db.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
  return {
    kind: 'postgres',
    version: v.rows[0]!.v,
    fsync: f.rows[0]!.fsync,
    synchronousCommit: s.rows[0]!.synchronous_commit,
  };
}

/** Records, ops by outcome and conflicts: what the benches' checks compare. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await db.query<{ what: string; n: number | string }>(
    `SELECT 'records' AS what, count(*) AS n FROM records
     UNION ALL SELECT 'ops:' || outcome, count(*) FROM ops GROUP BY outcome
     UNION ALL SELECT 'conflicts', count(*) FROM conflicts`,
  );
  return Object.fromEntries(rows.map((r) => [r.what, Number(r.n)]));
}

export async function serverRevision(db: Db): Promise<number> {
  const { rows } = await db.query<{ revision: number | string }>(
    'SELECT revision FROM server_state WHERE id = 1',
  );
  return Number(rows[0]!.revision);
}
