/** A real PostgreSQL (15+) through a `pg` pool, for offices that run one (`DATABASE_URL`). */
import pg from 'pg';
import type { Db, Queryable } from './db';
import { listenPostgres } from './pg-listener';

/** Distinct statement texts prepared per pool at most. */
const MAX_PREPARED = 500;

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
  /** Listening connections (Db.listen): closing the database stops them too. */
  const listeners = new Set<() => Promise<void>>();
  // Fail at start, not at the first request, when the database is unreachable.
  await pool.query('SELECT 1');
  // Statements with parameters are prepared once per connection and then only bound and run:
  // the server's SQL is a few dozen fixed texts, and planning the pull's UNION every time cost
  // about as much as running it. Named by text, per pool; a text past the cap (SQL built with
  // values in it, which the server does not do) is simply not prepared.
  const names = new Map<string, string>();
  const nameOf = (sql: string): string | undefined => {
    let name = names.get(sql);
    if (name === undefined && names.size < MAX_PREPARED) {
      name = `qorgau_${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
  const wrap = (c: Pick<pg.Pool | pg.PoolClient, 'query'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const name = params?.length ? nameOf(sql) : undefined;
      const r = name
        ? await c.query({ name, text: sql, values: params })
        : await c.query(sql, params);
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
      // BEGIN is not waited for: the work's first statement is queued behind it on the same
      // connection and sent the moment BEGIN is answered, one wait fewer per transaction (a
      // push transaction holds the lock every other push waits for). If BEGIN fails, so does
      // that statement, and the error below is BEGIN's.
      const begun = client.query('BEGIN');
      begun.catch(() => undefined);
      try {
        const result = await work(wrap(client));
        await begun;
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        await begun; // BEGIN's own error, if it failed, explains the rest
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
    listen: async (channel, on) => {
      const stop = await listenPostgres(connectionString, channel, on);
      const once = async () => {
        listeners.delete(once);
        await stop();
      };
      listeners.add(once);
      return once;
    },
  };
}
