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

/**
 * What a listener hears (`Db.listen`): a notification; `lost` when notifications may have been
 * missed (the listening connection failed; it is reopened); `ready` when it listens (again).
 */
export type ListenEvent = 'ready' | 'notify' | 'lost';

export interface Db extends Queryable {
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' or 'postgres', for logs and the health endpoint. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * LISTEN on `channel` (a plain lower-case identifier): `on('notify')` for every NOTIFY on it —
   * sent when the notifying transaction commits, by this process or any other — and `lost` /
   * `ready` as above. Resolves once it has tried to listen (`ready` or `lost` said which);
   * the function it returns stops listening. Optional: a `Db` without it (a test's wrapper)
   * simply has no notifications, and whoever needs them must do without.
   */
  listen?(channel: string, on: (event: ListenEvent) => void): Promise<() => Promise<void>>;
}

/** Channel names go into SQL as identifiers: only plain ones are accepted. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  return channel;
}
