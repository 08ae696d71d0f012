/**
 * The server's one door to SQL, the same over PGlite (embedded, the default: `npm run server`
 * needs no database installed) and PostgreSQL through `pg` (`DATABASE_URL`). Everything else
 * in src-server takes a `Db` and writes SQL that runs on both.
 */
export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs a text of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for logs and the health endpoint. */
  readonly kind: 'pglite' | 'postgres';
}
