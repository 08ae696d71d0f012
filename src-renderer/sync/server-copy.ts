/**
 * Applying a server copy of a record (push answers and pulls), always inside the caller's
 * apply transaction: the local row becomes the server's version unless local changes wait.
 * The copy comes prepared (wire-boundary.ts): `record` in this device's at-rest form, which is
 * what is stored — here, in the version archive and in `syncConflicts` alike — and `wire` as
 * the server sent it, which is what a local row is compared with (`same`).
 */
import type { Table } from 'dexie';
import type { SyncedEntityName } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';
import { bindingOf, sameRecord, type Rec } from './records';
import type { Ctx } from './sync-context';
import type { SyncLogWriter } from './sync-state';
import type { LocalCopy, SameAsWire } from './wire-boundary';

/** The local row is one of the quarantined (refused) versions: kept there already. */
async function inQuarantine(db: AppDb, entity: string, entityId: string, row: Rec) {
  const n = await db.outbox
    .where('[entity+entityId]')
    .equals([entity, entityId])
    .filter((o) => o.state === 'rejected' && sameRecord(o.record, row))
    .count();
  return n > 0;
}

async function hasPending(db: AppDb, entity: string, entityId: string): Promise<boolean> {
  const n = await db.outbox
    .where('[entity+entityId]')
    .equals([entity, entityId])
    .filter((o) => o.state === 'pending')
    .count();
  return n > 0;
}

export type Applied = 'applied' | 'skipped';

/**
 * Makes the local row the server's copy, unless the record has pending ops (their push
 * resolves it) or the local row is already that version or newer and not refused.
 * A replaced row that the server had accepted goes to the register's version archive; a refused
 * one is in the quarantine already. Nothing is dropped silently: the rare row that fits neither
 * (same version, other content) is kept in syncConflicts.
 */
export async function takeServerCopy(
  ctx: Ctx,
  log: SyncLogWriter,
  entity: SyncedEntityName,
  entityId: string,
  copy: LocalCopy,
  same: SameAsWire,
  source: string,
): Promise<Applied> {
  const { db, now } = ctx;
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
    const local = await db.officeProfiles.get(entityId);
    if (local && local.version >= copy.version) return 'skipped';
    await db.officeProfiles.put(copy.record as never);
    log.add({
      action: 'applied',
      ...entry,
      reason: `${source}: office profile v${copy.version}${sealed}`,
    });
    return 'applied';
  }
  const b = bindingOf(db, entity);
  if (await hasPending(db, entity, entityId)) {
    log.add({
      action: 'skipped',
      ...entry,
      reason: `${source}: v${copy.version} not applied, local changes are waiting to be pushed`,
    });
    return 'skipped';
  }
  const local = await b.table.get(entityId);
  if (local && same(local, copy.wire)) return 'skipped';
  const refused = local ? await inQuarantine(db, entity, entityId, local) : false;
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
    await db.syncConflicts.put({
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
  const holder = b.numbered ? await numberHolder(b.table, copy.record) : undefined;
  if (holder) {
    await db.syncConflicts.put({
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
    await b.versions.put(local);
  }
  await b.table.put(copy.record as Rec);
  log.add({
    action: 'applied',
    ...entry,
    reason: local
      ? `${source}: v${local.version}${refused ? ' (quarantined)' : ''} → server v${copy.version}${sealed}`
      : `${source}: new, server v${copy.version}${sealed}`,
  });
  return 'applied';
}

function numberKey(r: Record<string, unknown>): [string, number, number] | null {
  const { advocateId, year, number } = r;
  return typeof advocateId === 'string' && typeof year === 'number' && typeof number === 'number'
    ? [advocateId, year, number]
    : null;
}

async function numberHolder(table: Table<Rec, string>, record: Record<string, unknown>) {
  const key = numberKey(record);
  if (!key) return undefined;
  return table
    .where('[advocateId+year+number]')
    .equals(key)
    .filter((r) => r.id !== record.id)
    .first();
}
