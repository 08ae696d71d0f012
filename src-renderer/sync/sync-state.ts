/** The sync state row and the bounded decision log. Call inside a transaction over both. */
import type { AppDb } from '../db/app-db';
import { SYNC_STATE_ID, type SyncLogRow, type SyncStateRow } from '../db/rows';

/** The log keeps this many newest entries. */
export const SYNC_LOG_LIMIT = 5000;

export async function readSyncState(db: AppDb): Promise<SyncStateRow> {
  return (await db.syncState.get(SYNC_STATE_ID)) ?? { id: SYNC_STATE_ID, serverRevision: 0 };
}

/** Collects log entries during a transaction and writes them at its end, pruned. */
export class SyncLogWriter {
  private readonly rows: SyncLogRow[] = [];

  constructor(private readonly at: string) {}

  add(entry: Omit<SyncLogRow, 'seq' | 'at'>): void {
    this.rows.push({ at: this.at, ...entry });
  }

  get size(): number {
    return this.rows.length;
  }

  async flush(db: AppDb, limit = SYNC_LOG_LIMIT): Promise<void> {
    // More entries than the log keeps: write only the newest.
    const rows = this.rows.slice(-limit);
    this.rows.length = 0;
    if (rows.length > 0) await db.syncLog.bulkAdd(rows);
    const n = await db.syncLog.count();
    if (n > limit) {
      const old = await db.syncLog
        .orderBy('seq')
        .limit(n - limit)
        .primaryKeys();
      await db.syncLog.bulkDelete(old);
    }
  }
}
