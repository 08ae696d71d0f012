/** A `Db` that counts its statements and the time spent waiting on them (the server's DB time). */
import type { Db, Queryable } from '../../src-server/db/db';

export interface DbTiming {
  queries: number;
  ms: number;
}

export function timedDb(db: Db): { db: Db; timing: DbTiming } {
  const timing: DbTiming = { queries: 0, ms: 0 };
  const wrap = (q: Queryable): Queryable => ({
    query: async (sql, params) => {
      const t0 = performance.now();
      try {
        return await q.query(sql, params);
      } finally {
        timing.queries += 1;
        timing.ms += performance.now() - t0;
      }
    },
    exec: async (sql) => {
      const t0 = performance.now();
      try {
        await q.exec(sql);
      } finally {
        timing.queries += 1;
        timing.ms += performance.now() - t0;
      }
    },
  });
  return {
    timing,
    db: {
      ...wrap(db),
      kind: db.kind,
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      close: () => db.close(),
      // Not timed: notifications are no statements of a request (the auth cache needs them).
      ...(db.listen ? { listen: db.listen } : {}),
    },
  };
}
