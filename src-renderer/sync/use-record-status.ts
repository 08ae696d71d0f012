/** The registers' per-record sync badge, live: re-read when the outbox or the sync state changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { RecordSyncStatus } from '../../src-shared/domain/sync/record-sync-status';
import { appDb } from '../db';
import { readRecordSyncStatuses, type RecordSyncStatuses } from './record-status';

const NONE: RecordSyncStatuses = new Map();

/** The statuses of the listed (visible) records, in one query. */
export function useRecordSyncStatuses(
  entity: SyncedEntityName,
  ids: readonly string[],
): RecordSyncStatuses {
  // The ids' content, not the array's identity, decides when to query again.
  const key = ids.join('\u0000');
  return (
    useLiveQuery(
      () => readRecordSyncStatuses(appDb, entity, key ? key.split('\u0000') : []),
      [entity, key],
    ) ?? NONE
  );
}

/** One record's status (a detail header); null: no badge. */
export function useRecordSyncStatus(entity: SyncedEntityName, id: string): RecordSyncStatus | null {
  return useRecordSyncStatuses(entity, [id]).get(id) ?? null;
}
