/**
 * The client sync engine (docs/sync.md, "Client engine"): one `syncOnce` pushes the outbox to
 * the office server and pulls what changed there, through a `SyncTransport`.
 *
 * Transactions. The network is never awaited inside a Dexie transaction (it would auto-commit).
 * Each push response is applied in ONE transaction (drop acknowledged ops, quarantine refused
 * ones, take the server's copies, log); each pull page is applied in ONE transaction (records,
 * conflicts, the new revision, log). A failure anywhere before that commit — no answer, a bad
 * answer, a crash — changes nothing: the next run pushes the same ops again (the server is
 * idempotent on opId and answers 'duplicate') and pulls the same page again.
 *
 * Quarantine. An op the server refuses or that conflicts stays in `outbox` with state
 * 'rejected' and its reason, and so does every later op on the same record (they were built on
 * the refused version); when the server sends its copy the local row becomes that copy. The
 * quarantined ops hold the full refused records, so nothing is lost, and they never block the
 * rest of the queue.
 *
 * Remote applies write no outbox op and no audit entry (the audit chain is this device's own
 * log of its own changes) but every decision goes to `syncLog`.
 */
import type { Table } from 'dexie';
import {
  isSyncedEntity,
  MAX_PUSH_OPS,
  pullResponseSchema,
  pushOpSchema,
  pushResponseSchema,
  type PulledChange,
  type PulledConflict,
  type PullResponse,
  type PushOp,
  type PushResponse,
  type PushResult,
  type ServerCopy,
  type SyncedEntityName,
} from '../../src-shared/contracts/sync/protocol';
import {
  conflictReason,
  rejectionReasons,
  type ReasonText,
} from '../../src-shared/contracts/sync/rejections';
import { MAX_RECORD_BYTES } from '../../src-shared/contracts/sync/protocol';
import type { AppDb } from '../db/app-db';
import { SYNC_STATE_ID, type OutboxRejection, type OutboxRow } from '../db/rows';
import { bindingOf, sameRecord, syncTables, utf8Bytes, type Rec } from './records';
import { readSyncState, SyncLogWriter } from './sync-state';
import type { SyncTransport } from './transport';

/** A push request body stays under this (the server accepts 8 MiB; headroom for slow links). */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;

export interface SyncOptions {
  now?: () => string;
  /** Sent as the request's `deviceId` (the server refuses a token of another device). */
  deviceId?: string;
  maxPushOps?: number;
  maxPushBytes?: number;
  /** Changes per pull page (server default when absent). */
  pullLimit?: number;
  /**
   * For tests: runs inside every apply transaction just before it commits. Throwing aborts
   * that transaction — a crash between the server's answer and the local commit.
   */
  beforeCommit?: (phase: 'push' | 'pull') => void;
}

export interface SyncReport {
  /** Ops sent (a retried op counts again). */
  pushed: number;
  /** Ops the server holds (first delivery or an earlier one). */
  accepted: number;
  /** Answers that were 'duplicate' (already delivered before), whatever their outcome. */
  duplicates: number;
  /** Ops quarantined: refused by the server, refused locally before sending, or built on one. */
  rejected: number;
  /** Ops that conflicted (also quarantined, counted here and not in `rejected`). */
  conflicts: number;
  /** Changes received by pull. */
  pulled: number;
  /** Pulled changes written to a local table. */
  applied: number;
  /** The server revision applied locally after this run. */
  revision: number;
}

export type SyncErrorCode = 'no-identity' | 'transport' | 'bad-response' | 'local';

/** syncOnce failed; what was committed before the failure is in `partial`. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly partial: SyncReport,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

class BadResponse extends Error {}

const emptyReport = (revision: number): SyncReport => ({
  pushed: 0,
  accepted: 0,
  duplicates: 0,
  rejected: 0,
  conflicts: 0,
  pulled: 0,
  applied: 0,
  revision,
});

/** Guards against a server that keeps saying "more" without progress. */
const MAX_ROUNDS = 100_000;

export async function syncOnce(
  db: AppDb,
  transport: SyncTransport,
  opts: SyncOptions = {},
): Promise<SyncReport> {
  const now = opts.now ?? (() => new Date().toISOString());
  const state = await readSyncState(db);
  const report = emptyReport(state.serverRevision);
  try {
    if (!state.serverUserId) {
      throw new SyncError(
        'no-identity',
        'this device has not adopted a server identity (adoptServerIdentity)',
        report,
      );
    }
    const ctx: Ctx = { db, transport, opts, now, report, userId: state.serverUserId };
    await setAsideLocalOnly(ctx);
    await pushAll(ctx);
    await pullAll(ctx, state.serverRevision);
    await db.transaction('rw', db.syncState, async () => {
      const s = await readSyncState(db);
      delete s.lastError;
      await db.syncState.put({ ...s, lastSuccessAt: now() });
    });
    return report;
  } catch (error) {
    const failure = asSyncError(error, report);
    await db
      .transaction('rw', db.syncState, db.syncLog, async () => {
        const s = await readSyncState(db);
        await db.syncState.put({
          ...s,
          lastError: { code: failure.code, message: failure.message, at: now() },
        });
        const log = new SyncLogWriter(now());
        log.add({ action: 'failed', entity: '', entityId: '', reason: failure.message });
        await log.flush(db);
      })
      .catch(() => undefined); // the status row is best effort; the error is what matters
    throw failure;
  }
}

function asSyncError(error: unknown, report: SyncReport): SyncError {
  if (error instanceof SyncError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BadResponse) return new SyncError('bad-response', message, report, error);
  const name = error instanceof Error ? error.name : '';
  // Dexie errors are local (quota, a tab closing the database); anything else is the transport.
  if (name.endsWith('Error') && name !== 'Error' && name !== 'SyncTransportError') {
    if (/^(Dexie|Abort|Constraint|Quota|Database|InvalidState|Transaction)/.test(name)) {
      return new SyncError('local', message, report, error);
    }
  }
  return new SyncError('transport', message, report, error);
}

interface Ctx {
  db: AppDb;
  transport: SyncTransport;
  opts: SyncOptions;
  now: () => string;
  report: SyncReport;
  userId: string;
}

// ── push ─────────────────────────────────────────────────────────────────────────────────

/** Ops of entities the server does not keep (rule packs) are set aside as 'local'. */
async function setAsideLocalOnly({ db, now }: Ctx): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncLog, async () => {
    const log = new SyncLogWriter(now());
    await db.outbox
      .where('state')
      .equals('pending')
      .filter((o) => !isSyncedEntity(o.entity))
      .modify((o) => {
        o.state = 'local';
        log.add({
          action: 'kept-local',
          entity: o.entity,
          entityId: o.entityId,
          opId: o.opId,
          reason: 'entity not kept on the office server',
        });
      });
    await log.flush(db);
  });
}

const recordKey = (o: { entity: string; entityId: string }) => `${o.entity}\u0000${o.entityId}`;

/**
 * Pending ops, oldest first (`at`, then opId: ids are time-ordered UUIDv7), at most `limit`.
 * Within one record the ops are put in baseVersion order whatever their timestamps say, so a
 * clock step back never pushes v2 before v1.
 */
async function nextPending(db: AppDb, limit: number): Promise<OutboxRow[]> {
  const ops = await db.outbox
    .orderBy('at')
    .filter((o) => o.state === 'pending')
    .limit(limit)
    .toArray();
  const slots = new Map<string, number[]>();
  ops.forEach((o, i) => {
    const k = recordKey(o);
    slots.set(k, [...(slots.get(k) ?? []), i]);
  });
  const out = [...ops];
  for (const idx of slots.values()) {
    if (idx.length < 2) continue;
    const sorted = idx.map((i) => ops[i]!).sort((a, b) => a.baseVersion - b.baseVersion);
    idx.forEach((i, j) => (out[i] = sorted[j]!));
  }
  return out;
}

const toPushOp = (o: OutboxRow): PushOp => ({
  opId: o.opId,
  entity: o.entity,
  entityId: o.entityId,
  baseVersion: o.baseVersion,
  record: o.record,
  at: o.at,
});

async function pushAll(ctx: Ctx): Promise<void> {
  const { db, opts } = ctx;
  const maxOps = Math.max(1, Math.min(MAX_PUSH_OPS, opts.maxPushOps ?? MAX_PUSH_OPS));
  const maxBytes = opts.maxPushBytes ?? MAX_PUSH_BYTES;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const candidates = await nextPending(db, maxOps);
    if (candidates.length === 0) return;

    // An op the server would refuse as a whole request (a bad envelope → 400) or that could
    // not fit in a body is refused here, with the server's code, so it never blocks the queue.
    const unsendable: { op: OutboxRow; code: 'invalid-record' | 'record-too-large' }[] = [];
    const batch: OutboxRow[] = [];
    let bytes = 0;
    for (const op of candidates) {
      const wire = toPushOp(op);
      const size = utf8Bytes(JSON.stringify(wire)) + 1;
      if (!pushOpSchema.safeParse(wire).success) {
        unsendable.push({ op, code: 'invalid-record' });
        continue;
      }
      // The server's own rule (access.ts recordBytes): refused there anyway, so never sent.
      if (utf8Bytes(JSON.stringify(op.record)) > MAX_RECORD_BYTES) {
        unsendable.push({ op, code: 'record-too-large' });
        continue;
      }
      if (batch.length > 0 && bytes + size > maxBytes) break;
      batch.push(op);
      bytes += size;
    }
    if (unsendable.length > 0) {
      await applyLocalRefusals(ctx, unsendable);
      continue;
    }

    const response = parsePush(
      await ctx.transport.push({
        ...(opts.deviceId ? { deviceId: opts.deviceId } : {}),
        ops: batch.map(toPushOp),
      }),
      batch,
    );
    ctx.report.pushed += batch.length;
    await applyPushResults(ctx, batch, response.results);
  }
}

function parsePush(raw: unknown, batch: OutboxRow[]): PushResponse {
  const parsed = pushResponseSchema.safeParse(raw);
  if (!parsed.success) throw new BadResponse(`push response: ${parsed.error.message}`);
  const { results } = parsed.data;
  if (results.length !== batch.length) {
    throw new BadResponse(`push response: ${results.length} results for ${batch.length} ops`);
  }
  results.forEach((r, i) => {
    if (r.opId !== batch[i]!.opId)
      throw new BadResponse(`push response: result ${i} is for ${r.opId}`);
    if (r.outcome === 'duplicate' && !r.original) {
      throw new BadResponse(`push response: duplicate ${r.opId} without its original outcome`);
    }
  });
  return parsed.data;
}

async function applyLocalRefusals(
  ctx: Ctx,
  refused: { op: OutboxRow; code: 'invalid-record' | 'record-too-large' }[],
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    for (const { op, code } of refused) {
      ctx.report.rejected += 1;
      await quarantine(ctx, log, op.opId, {
        code,
        reason: rejectionReasons[code],
        at: now(),
      });
    }
    await log.flush(db);
  });
}

async function applyPushResults(ctx: Ctx, batch: OutboxRow[], results: PushResult[]) {
  const { db, now, report } = ctx;
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    for (const [i, r] of results.entries()) {
      const sent = batch[i]!;
      const outcome = r.outcome === 'duplicate' ? r.original! : r.outcome;
      if (r.outcome === 'duplicate') report.duplicates += 1;
      const dup = r.outcome === 'duplicate' ? ' (answered before: duplicate)' : '';
      const current = await db.outbox.get(sent.opId);
      if (outcome === 'accepted') {
        report.accepted += 1;
        if (current) await db.outbox.delete(sent.opId);
        log.add({
          action: 'acknowledged',
          entity: sent.entity,
          entityId: sent.entityId,
          opId: sent.opId,
          reason: `server holds version ${r.version ?? '?'} at revision ${r.revision ?? '?'}${dup}`,
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
      if (current) await quarantine(ctx, log, sent.opId, rejection, dup);
      if (r.server && isSyncedEntity(sent.entity)) {
        await takeServerCopy(ctx, log, sent.entity, sent.entityId, r.server, 'push answer');
      }
    }
    ctx.opts.beforeCommit?.('push');
    await log.flush(db);
  });
}

function fallbackReason(r: PushResult): ReasonText {
  return r.code ? rejectionReasons[r.code] : rejectionReasons['invalid-record'];
}

/** Quarantines an op and every other pending op on the same record (built on it). */
async function quarantine(
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

// ── applying a server copy (push answers and pulls) ──────────────────────────────────────

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

type Applied = 'applied' | 'skipped';

/**
 * Makes the local row the server's copy, unless the record has pending ops (their push
 * resolves it) or the local row is already that version or newer and not refused.
 * A replaced row that the server had accepted goes to the register's version archive; a refused
 * one is in the quarantine already. Nothing is dropped silently: the rare row that fits neither
 * (same version, other content) is kept in syncConflicts.
 */
async function takeServerCopy(
  ctx: Ctx,
  log: SyncLogWriter,
  entity: SyncedEntityName,
  entityId: string,
  copy: Pick<ServerCopy, 'version' | 'record'>,
  source: string,
): Promise<Applied> {
  const { db, now } = ctx;
  const entry = { entity, entityId };
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
    log.add({ action: 'applied', ...entry, reason: `${source}: office profile v${copy.version}` });
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
  if (local && sameRecord(local, copy.record)) return 'skipped';
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
      ? `${source}: v${local.version}${refused ? ' (quarantined)' : ''} → server v${copy.version}`
      : `${source}: new, server v${copy.version}`,
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

// ── pull ─────────────────────────────────────────────────────────────────────────────────

async function pullAll(ctx: Ctx, from: number): Promise<void> {
  const { transport, opts, report } = ctx;
  let since = from;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const page = parsePull(
      await transport.pull({ since, ...(opts.pullLimit ? { limit: opts.pullLimit } : {}) }),
      since,
    );
    report.pulled += page.changes.length;
    await applyPullPage(ctx, page);
    report.revision = Math.max(report.revision, page.revision);
    if (!page.more) return;
    since = page.revision;
  }
}

function parsePull(raw: unknown, since: number): PullResponse {
  const parsed = pullResponseSchema.safeParse(raw);
  if (!parsed.success) throw new BadResponse(`pull response: ${parsed.error.message}`);
  const page = parsed.data;
  if (page.revision < since) throw new BadResponse('pull response: revision went back');
  if (page.more && page.revision === since) {
    throw new BadResponse('pull response: more to come but no progress');
  }
  for (const item of [...page.changes, ...page.conflicts]) {
    if (item.revision <= since || item.revision > page.revision) {
      throw new BadResponse(
        `pull response: revision ${item.revision} outside (${since}, ${page.revision}]`,
      );
    }
  }
  return page;
}

async function applyPullPage(ctx: Ctx, page: PullResponse): Promise<void> {
  const { db, now } = ctx;
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    for (const change of page.changes) {
      if (await applyChange(ctx, log, change)) ctx.report.applied += 1;
    }
    for (const c of page.conflicts) await storeConflict(ctx, log, c);
    const state = await readSyncState(db);
    await db.syncState.put({
      ...state,
      id: SYNC_STATE_ID,
      serverRevision: Math.max(state.serverRevision, page.revision),
    });
    ctx.opts.beforeCommit?.('pull');
    await log.flush(db);
  });
}

async function applyChange(ctx: Ctx, log: SyncLogWriter, c: PulledChange): Promise<boolean> {
  if (!isSyncedEntity(c.entity)) {
    log.add({
      action: 'skipped',
      entity: c.entity,
      entityId: c.entityId,
      reason: 'pull: entity unknown to this version of the app',
    });
    return false;
  }
  return (await takeServerCopy(ctx, log, c.entity, c.entityId, c, 'pull')) === 'applied';
}

async function storeConflict(ctx: Ctx, log: SyncLogWriter, c: PulledConflict): Promise<void> {
  const { db } = ctx;
  const known = await db.syncConflicts.get(c.id);
  await db.syncConflicts.put({
    conflictId: c.id,
    kind: 'server',
    entity: c.entity,
    entityId: c.entityId,
    theirs: c.theirs,
    ours: c.ours,
    at: c.createdAt,
    opId: c.opId,
    ownerId: c.ownerId,
    baseVersion: c.baseVersion,
    serverVersion: c.serverVersion,
    revision: c.revision,
    resolvedAt: c.resolvedAt,
    ...(known?.seen !== undefined ? { seen: known.seen } : {}),
  });
  log.add({
    action: 'conflict-stored',
    entity: c.entity,
    entityId: c.entityId,
    opId: c.opId,
    reason: `server conflict ${c.id}: change on v${c.baseVersion} met server v${c.serverVersion}`,
  });
}
