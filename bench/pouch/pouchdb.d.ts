/**
 * The little of PouchDB 9 and express-pouchdb 4 the bench uses (neither ships types, and
 * @types/pouchdb is for PouchDB 7 and would be one more dependency for a developer tool).
 */
declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
    last_seq: number | string;
  }
  /** A one-off replication: an event emitter that is also a promise of its result. */
  export interface Replication extends PromiseLike<ReplicationResult> {
    on(event: string, listener: (...args: unknown[]) => void): this;
    cancel(): void;
  }
  export interface Sync extends PromiseLike<{ push: ReplicationResult; pull: ReplicationResult }> {
    push: Replication;
    pull: Replication;
    cancel(): void;
  }
  export interface DbInfo {
    db_name: string;
    doc_count: number;
    update_seq: number | string;
    adapter?: string;
  }
  export interface BulkResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    reason?: string;
  }
  export interface AllDocsRow {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: PouchDoc;
    error?: string;
  }
  export interface Database {
    bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
    get(id: string): Promise<PouchDoc & { _rev: string }>;
    put(doc: PouchDoc): Promise<BulkResult>;
    allDocs(opts?: {
      keys?: string[];
      include_docs?: boolean;
      limit?: number;
    }): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
    info(): Promise<DbInfo>;
    sync(remote: Database | string, opts?: Record<string, unknown>): Sync;
    replicate: {
      to(remote: Database | string, opts?: Record<string, unknown>): Replication;
      from(remote: Database | string, opts?: Record<string, unknown>): Replication;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface PouchStatic {
    new (name: string, opts?: Record<string, unknown>): Database;
    plugin(plugin: unknown): PouchStatic;
    defaults(opts: Record<string, unknown>): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { PouchStatic } from 'pouchdb-core';
  /** An express 4 app: a request listener for `http.createServer`. */
  type App = (req: IncomingMessage, res: ServerResponse) => void;
  function expressPouchDB(
    PouchDB: PouchStatic,
    opts?: { mode?: 'fullCouchDB' | 'minimumForPouchDB'; [option: string]: unknown },
  ): App;
  export default expressPouchDB;
}
