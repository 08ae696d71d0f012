/**
 * Reads the sync badge of several records at once (docs/sync.md, "Client engine"): one indexed
 * query over `outbox` by `[entity+entityId]` for the listed ids plus the sync state row. The
 * outbox holds only unacknowledged and quarantined ops, so this stays small however long the
 * register is. The rule itself is pure: src-shared/domain/sync/record-sync-status.ts.
 */
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import {
  recordSyncStatus,
  type RecordSyncStatus,
} from '../../src-shared/domain/sync/record-sync-status';
import type { AppDb } from '../db/app-db';
import type { OutboxRow } from '../db/rows';
import { readSyncState } from './sync-state';

/** id → status; an id without an entry gets no badge (the device was never signed in). */
export type RecordSyncStatuses = ReadonlyMap<string, RecordSyncStatus>;

export async function readRecordSyncStatuses(
  db: AppDb,
  entity: SyncedEntityName,
  ids: readonly string[],
): Promise<RecordSyncStatuses> {
  const out = new Map<string, RecordSyncStatus>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const device = { boundToServer: !!(await readSyncState(db)).serverUserId };
  if (!device.boundToServer) return out;
  const ops = await db.outbox
    .where('[entity+entityId]')
    .anyOf(unique.map((id) => [entity, id]))
    .toArray();
  const byRecord = new Map<string, OutboxRow[]>();
  for (const op of ops) byRecord.set(op.entityId, [...(byRecord.get(op.entityId) ?? []), op]);
  for (const id of unique) {
    const facts = (byRecord.get(id) ?? []).map((op) => ({
      state: op.state,
      ...(op.sentAt ? { sentAt: op.sentAt } : {}),
      resolved: !!op.rejection?.resolvedAt,
    }));
    const status = recordSyncStatus(facts, device);
    if (status) out.set(id, status);
  }
  return out;
}
