/**
 * Applying a server copy of a record (push answers and pulls), always inside the caller's
 * apply transaction: the local row becomes the server's version unless local changes wait.
 * The copy comes prepared (wire-boundary.ts): `record` in this device's at-rest form, which is
 * what is stored — here, in the version archive and in `syncConflicts` alike — and `wire` as
 * the server sent it, which is what a local row is compared with (`same`).
 */
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { PageReads } from './page-reads';
import type { PageWrites } from './page-writes';
import { bindingOf, sameRecord, type Rec } from './records';
import type { RoutineLog } from './routine-log';
import type { Ctx } from './sync-context';
import type { SyncLogWriter } from './sync-state';
import type { LocalCopy, SameAsWire } from './wire-boundary';

export type Applied = 'applied' | 'skipped';

/** What the transaction applying a page or an answer shares between its server copies. */
export interface CopyScope {
  log: SyncLogWriter;
  /** New records are routine: grouped in the log (routine-log.ts). */
  routine: RoutineLog;
  reads: PageReads;
  /** Register rows and archived versions are put at the transaction's end (page-writes.ts). */
  writes: PageWrites;
  same: SameAsWire;
}

/**
 * Makes the local row the server's copy, unless the record has pending ops (their push
 * resolves it) or the local row is already that version or newer and not refused.
 * A replaced row that the server had accepted goes to the register's version archive; a refused
 * one is in the quarantine already. Nothing is dropped silently: the rare row that fits neither
 * (same version, other content) is kept in syncConflicts. What it reads comes from `reads`
 * (page-reads.ts), loaded in the same transaction; what it writes, it tells `reads` and
 * leaves to `scope.writes` (page-writes.ts: it never awaits).
 */
export function takeServerCopy(
  ctx: Ctx,
  scope: CopyScope,
  entity: SyncedEntityName,
  entityId: string,
  copy: LocalCopy,
  source: string,
): Applied {
  const { db, now } = ctx;
  const { log, reads, same } = scope;
  const entry = { entity, entityId };
  const sealed = copy.sealed ? ' (its body is unreadable: stored encrypted, without keys)' : '';
  if (copy.record.id !== entityId || copy.record.version !== copy.version) {
    log.add({
      action: 'skipped',
      ...entry,
      reason: `${source}: record does not match its envelope`,
    });
    return 'skipped';
  }
  if (entity === 'profile' && entityId !== ctx.userId) {
    // Someone else's profile (a head's device pulls the office roster).
    const local = reads.officeProfile(entityId);
    if (local && local.version >= copy.version) return 'skipped';
    scope.writes.put(db.officeProfiles, copy.record as never);
    reads.wroteOfficeProfile(copy.record as Rec);
    log.add({
      action: 'applied',
      ...entry,
      reason: `${source}: office profile v${copy.version}${sealed}`,
    });
    return 'applied';
  }
  const b = bindingOf(db, entity);
  if (reads.hasPending(entity, entityId)) {
    log.add({
      action: 'skipped',
      ...entry,
      reason: `${source}: v${copy.version} not applied, local changes are waiting to be pushed`,
    });
    return 'skipped';
  }
  const local = reads.local(entity, entityId);
  if (local && same(local, copy.wire)) return 'skipped';
  // The local row is one of the quarantined (refused) versions: kept there already.
  const refused = local
    ? reads.refusedRecords(entity, entityId).some((r) => sameRecord(r, local))
    : false;
  if (local && !refused && local.version >= copy.version) {
    if (local.version > copy.version) {
      log.add({
        action: 'skipped',
        ...entry,
        reason: `${source}: v${copy.version} is older than local v${local.version}`,
      });
      return 'skipped';
    }
    // Same version, other content, not a refused one: keep the local row beside the server's.
    scope.writes.put(db.syncConflicts, {
      conflictId: `local:${entity}:${entityId}:${local.version}`,
      kind: 'server',
      entity,
      entityId,
      theirs: local,
      ours: copy.record,
      at: now(),
      serverVersion: copy.version,
    });
  }
  const holder = b.numbered ? reads.numberHolder(entity, copy.record) : undefined;
  if (holder) {
    scope.writes.put(db.syncConflicts, {
      conflictId: `number:${entity}:${entityId}:${copy.version}`,
      kind: 'number-taken',
      entity,
      entityId,
      theirs: copy.record,
      ours: holder,
      at: now(),
      serverVersion: copy.version,
    });
    log.add({
      action: 'number-taken',
      ...entry,
      reason: `${source}: v${copy.version} not applied, its register number is used here by ${holder.id}`,
    });
    return 'skipped';
  }
  if (local && !refused && b.versions && local.version < copy.version) {
    scope.writes.put(b.versions, local);
  }
  scope.writes.put(b.table, copy.record as Rec);
  reads.wrote(entity, copy.record as Rec);
  if (local) {
    log.add({
      action: 'applied',
      ...entry,
      reason: `${source}: v${local.version}${refused ? ' (quarantined)' : ''} → server v${copy.version}${sealed}`,
    });
  } else {
    scope.routine.add({
      action: 'applied',
      ...entry,
      reason: `${source}: new, server v${copy.version}${sealed}`,
    });
  }
  return 'applied';
}
