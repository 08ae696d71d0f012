/** A real PostgreSQL (15+) through a `pg` pool, for offices that run one (`DATABASE_URL`). */
import pg from 'pg';
import type { Db, Queryable } from './db';

export async function openPostgres(
  connectionString: string,
  max = 10,
  onIdleError: (error: Error) => void = (error) =>
    process.emitWarning(`PostgreSQL: an idle connection failed (${error.message})`),
): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle pooled connection can die (database restart, admin terminating backends, a test's
  // DROP DATABASE … WITH (FORCE)). pg emits 'error' on the pool and removes that client; with no
  // listener the process would crash. The next query opens a fresh connection.
  pool.on('error', onIdleError);
  // Fail at start, not at the first request, when the database is unreachable.
  await pool.query('SELECT 1');
  const wrap = (c: Pick<pg.Pool | pg.PoolClient, 'query'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const r = await c.query(sql, params);
      return { rows: r.rows as T[] };
    },
    // A text without parameters may hold several statements (the simple query protocol).
    exec: async (sql: string) => {
      await c.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
