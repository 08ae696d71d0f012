/** PGlite (PostgreSQL compiled to WASM) in this process: data in a folder, or in memory. */
import { PGlite } from '@electric-sql/pglite';
import { checkChannel, type Db, type Queryable } from './db';

export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows };
    },
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite is one connection: transactions are serialised by PGlite itself.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
    // One connection in this process: a notification arrives before the notifying statement's
    // promise resolves, and is never lost.
    listen: async (channel, on) => {
      const unlisten = await pg.listen(checkChannel(channel), () => on('notify'));
      on('ready');
      // Without arguments (PGlite's takes an optional transaction to unlisten in); a closed
      // database listens to nothing any more.
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
  };
}
