/**
 * Applying a push answer, in ONE Dexie transaction: acknowledged ops are deleted, refused and
 * conflicting ones are quarantined (with every later op on the same record), the server's
 * copies are taken, and each decision is logged. Nothing here awaits the network.
 */
import { isSyncedEntity, type PushResult } from '../../src-shared/contracts/sync/protocol';
import {
  conflictReason,
  rejectionReasons,
  type ReasonText,
} from '../../src-shared/contracts/sync/rejections';
import { addEchoes } from '../../src-shared/sync/echo-ranges';
import { RoutineLog } from './routine-log';
import { SYNC_STATE_ID, type OutboxRejection, type OutboxRow } from '../db/rows';
import { syncTables } from './records';
import { PageReads } from './page-reads';
import { PageWrites } from './page-writes';
import { takeServerCopy } from './server-copy';
import type { Ctx } from './sync-context';
import { readSyncState, SyncLogWriter } from './sync-state';
import { prepareCopies, type IncomingCopy } from './wire-boundary';

/** `results` are validated already: one per op of `batch`, same opIds in the same order. */
export async function applyPushResults(ctx: Ctx, batch: OutboxRow[], results: PushResult[]) {
  const { db, now, report } = ctx;
  // The server copies in the at-rest form, prepared before the transaction (wire-boundary.ts).
  const incoming: IncomingCopy[] = [];
  const copyOf = new Map<number, number>();
  results.forEach((r, i) => {
    const entity = batch[i]!.entity;
    if (!r.server || !isSyncedEntity(entity)) return;
    copyOf.set(i, incoming.length);
    const { version, record } = r.server;
    incoming.push({ entity, entityId: batch[i]!.entityId, version, record });
  });
  const prepared = await prepareCopies(db, ctx.codec, incoming);
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    const routine = new RoutineLog();
    // One delete for the whole answer (a first sync acknowledges 500 at a time). No read first:
    // deleting an op that is gone already (acknowledged by an earlier answer) does nothing, and
    // quarantine() reads the op it changes.
    let acknowledged: string[] = [];
    const deleteAcknowledged = async () => {
      if (acknowledged.length > 0) await db.outbox.bulkDelete(acknowledged);
      acknowledged = [];
    };
    const echoes: number[] = [];
    for (const [i, r] of results.entries()) {
      const sent = batch[i]!;
      const outcome = r.outcome === 'duplicate' ? r.original! : r.outcome;
      if (r.outcome === 'duplicate') report.duplicates += 1;
      const dup = r.outcome === 'duplicate' ? ' (answered before: duplicate)' : '';
      if (outcome === 'accepted') {
        report.accepted += 1;
        acknowledged.push(sent.opId);
        // The server holds exactly what was sent, at this revision: the next pull need not
        // bring it back. A later local change is pending anyway, and a later change by anyone
        // else takes another revision, so the echo never hides a newer version.
        if (r.revision !== undefined) echoes.push(r.revision);
        routine.add({
          action: 'acknowledged',
          entity: sent.entity,
          entityId: sent.entityId,
          opId: sent.opId,
          reason: `server holds version ${r.version ?? '?'} at revision ${r.revision ?? '?'}${dup}`,
          ...(r.revision !== undefined ? { revision: r.revision } : {}),
          duplicate: r.outcome === 'duplicate',
        });
        continue;
      }
      if (outcome === 'conflict') report.conflicts += 1;
      else report.rejected += 1;
      const rejection: OutboxRejection = {
        code: outcome === 'conflict' ? 'conflict' : (r.code ?? 'invalid-record'),
        reason: r.reason ?? (outcome === 'conflict' ? conflictReason : fallbackReason(r)),
        at: now(),
      };
      if (r.conflictId) rejection.conflictId = r.conflictId;
      // Acknowledged ops go first: a quarantine takes the record's still-pending ops with it.
      await deleteAcknowledged();
      await quarantine(ctx, log, sent.opId, rejection, dup);
      const copy = copyOf.get(i);
      if (copy !== undefined && isSyncedEntity(sent.entity)) {
        const local = prepared.copies[copy]!;
        // Read after the quarantine above, which changed this record's ops.
        const reads = await PageReads.load(db, [
          { entity: sent.entity, entityId: sent.entityId, record: local.record },
        ]);
        // Written at once: the next copy's PageReads.load reads the tables again.
        const writes = new PageWrites();
        const scope = { log, routine, reads, writes, same: prepared.same };
        takeServerCopy(ctx, scope, sent.entity, sent.entityId, local, 'push answer');
        await writes.flush();
      }
    }
    await deleteAcknowledged();
    if (echoes.length > 0) {
      const state = await readSyncState(db);
      await db.syncState.put({
        ...state,
        id: SYNC_STATE_ID,
        echoes: addEchoes(state.echoes ?? [], echoes),
      });
    }
    routine.writeTo(log);
    ctx.opts.beforeCommit?.('push');
    await log.flush(db);
  });
}

function fallbackReason(r: PushResult): ReasonText {
  return r.code ? rejectionReasons[r.code] : rejectionReasons['invalid-record'];
}

/**
 * Quarantines an op and every other pending op on the same record (built on it). Runs inside
 * the caller's transaction.
 */
export async function quarantine(
  ctx: Ctx,
  log: SyncLogWriter,
  opId: string,
  rejection: OutboxRejection,
  note = '',
): Promise<void> {
  const { db, report } = ctx;
  const op = await db.outbox.get(opId);
  if (!op) return;
  await db.outbox.put({ ...op, state: 'rejected', rejection });
  log.add({
    action: rejection.code === 'conflict' ? 'conflict' : 'rejected',
    entity: op.entity,
    entityId: op.entityId,
    opId,
    reason: `${rejection.code}: ${rejection.reason.en}${note}`,
  });
  const later = await db.outbox
    .where('[entity+entityId]')
    .equals([op.entity, op.entityId])
    .filter((o) => o.state === 'pending')
    .toArray();
  for (const o of later) {
    report.rejected += 1;
    await db.outbox.put({
      ...o,
      state: 'rejected',
      rejection: { ...rejection, causeOpId: opId },
    });
    log.add({
      action: 'rejected',
      entity: o.entity,
      entityId: o.entityId,
      opId: o.opId,
      reason: `built on ${opId}, which the server did not take (${rejection.code})`,
    });
  }
}
