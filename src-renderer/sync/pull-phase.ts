/**
 * The pull phase: pages from the local revision until the server has no more. Each page is
 * validated, then applied in ONE transaction together with its new revision, so a crash between
 * pages re-pulls at most that page.
 *
 * Aid marks (cl. 42, aid-marks.ts) come in the same pages. A device that pulled before its
 * server sent marks has colleagues' earlier records behind its revision: the first answer with
 * marks makes it pull again from 0, once, until a pass from 0 reaches the end
 * (`aidMarksComplete`). Re-applying a change already held changes nothing.
 *
 * Everything a page brings is stored in this device's at-rest form: the page is prepared
 * (transcoded, wire-boundary.ts) before its transaction opens, then applied.
 */
import {
  isSyncedEntity,
  pullResponseSchema,
  type PulledChange,
  type PulledConflict,
  type PullResponse,
} from '../../src-shared/contracts/sync/protocol';
import { echoesAbove, pruneEchoes } from '../../src-shared/sync/echo-ranges';
import { SYNC_STATE_ID } from '../db/rows';
import { sendsMarks, storeMarks } from './aid-marks';
import { syncTables } from './records';
import { PageReads, type CopyKey } from './page-reads';
import { PageWrites } from './page-writes';
import { RoutineLog } from './routine-log';
import { takeServerCopy, type CopyScope } from './server-copy';
import { MAX_ROUNDS, type Ctx } from './sync-context';
import { BadResponse } from './sync-errors';
import { readSyncState, SyncLogWriter } from './sync-state';
import {
  conflictAtRest,
  markAtRest,
  prepareCopies,
  type IncomingCopy,
  type LocalCopy,
  type SameAsWire,
} from './wire-boundary';

export async function pullAll(ctx: Ctx, from: number): Promise<void> {
  const { transport, opts, report } = ctx;
  let since = from;
  const state = await readSyncState(ctx.db);
  const marksComplete = state.aidMarksComplete === true;
  // Written by this run's push answers; nothing else changes them while the pull runs.
  const echoes = state.echoes ?? [];
  let fromZero = since === 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const skip = echoesAbove(echoes, since);
    const raw = await transport.pull({
      since,
      ...(opts.pullLimit ? { limit: opts.pullLimit } : {}),
      ...(skip.length > 0 ? { echoes: skip } : {}),
    });
    const page = parsePull(raw, since);
    const withMarks = sendsMarks(raw);
    if (withMarks && !marksComplete && !fromZero) {
      since = 0; // the marks of colleagues' records behind our revision (nothing applied yet)
      fromZero = true;
      continue;
    }
    report.pulled += page.changes.length;
    await applyPullPage(ctx, page, withMarks && fromZero && !page.more);
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
  for (const item of [...page.changes, ...page.conflicts, ...page.marks]) {
    if (item.revision <= since || item.revision > page.revision) {
      throw new BadResponse(
        `pull response: revision ${item.revision} outside (${since}, ${page.revision}]`,
      );
    }
  }
  return page;
}

/** A page in the at-rest form, ready for its transaction. */
interface PreparedPage {
  /** Per change: its at-rest copy, or null for an entity this app does not know. */
  copies: (LocalCopy | null)[];
  same: SameAsWire;
  conflicts: { theirs: Record<string, unknown>; ours: Record<string, unknown>; sealed: boolean }[];
  marks: PullResponse['marks'];
}

async function preparePage(ctx: Ctx, page: PullResponse): Promise<PreparedPage> {
  const incoming: IncomingCopy[] = [];
  const index = page.changes.map((c) => {
    if (!isSyncedEntity(c.entity)) return -1;
    incoming.push({ entity: c.entity, entityId: c.entityId, version: c.version, record: c.record });
    return incoming.length - 1;
  });
  const { copies, same } = await prepareCopies(ctx.db, ctx.codec, incoming);
  const conflicts = [];
  for (const c of page.conflicts) conflicts.push(await conflictAtRest(ctx.codec, c.entity, c));
  const marks = [];
  for (const m of page.marks) marks.push(await markAtRest(ctx.codec, m));
  return { copies: index.map((i) => (i < 0 ? null : copies[i]!)), same, conflicts, marks };
}

async function applyPullPage(ctx: Ctx, page: PullResponse, marksDone: boolean): Promise<void> {
  const { db, now } = ctx;
  const ready = await preparePage(ctx, page);
  const keys: CopyKey[] = [];
  page.changes.forEach((c, i) => {
    const copy = ready.copies[i];
    if (copy && isSyncedEntity(c.entity))
      keys.push({ entity: c.entity, entityId: c.entityId, record: copy.record });
  });
  await db.transaction('rw', syncTables(db), async () => {
    const log = new SyncLogWriter(now());
    const reads = await PageReads.load(db, keys);
    const scope: CopyScope = {
      log,
      routine: new RoutineLog(),
      reads,
      writes: new PageWrites(),
      same: ready.same,
    };
    for (const [i, change] of page.changes.entries()) {
      // No await in this loop (page-writes.ts).
      if (applyChange(ctx, scope, change, ready.copies[i]!)) ctx.report.applied += 1;
    }
    await scope.writes.flush();
    scope.routine.writeTo(log);
    for (const [i, c] of page.conflicts.entries()) {
      await storeConflict(ctx, log, c, ready.conflicts[i]!);
    }
    await storeMarks(ctx, log, ready.marks);
    const state = await readSyncState(db);
    await db.syncState.put({
      ...state,
      id: SYNC_STATE_ID,
      serverRevision: Math.max(state.serverRevision, page.revision),
      ...(marksDone ? { aidMarksComplete: true } : {}),
      ...(state.echoes ? { echoes: pruneEchoes(state.echoes, page.revision) } : {}),
    });
    ctx.opts.beforeCommit?.('pull');
    await log.flush(db);
  });
}

function applyChange(ctx: Ctx, scope: CopyScope, c: PulledChange, copy: LocalCopy | null): boolean {
  if (!isSyncedEntity(c.entity) || !copy) {
    scope.log.add({
      action: 'skipped',
      entity: c.entity,
      entityId: c.entityId,
      reason: 'pull: entity unknown to this version of the app',
    });
    return false;
  }
  return takeServerCopy(ctx, scope, c.entity, c.entityId, copy, 'pull') === 'applied';
}

/** Both versions are kept in the at-rest form, like every local copy of a record. */
async function storeConflict(
  ctx: Ctx,
  log: SyncLogWriter,
  c: PulledConflict,
  versions: PreparedPage['conflicts'][number],
): Promise<void> {
  const { db } = ctx;
  const known = await db.syncConflicts.get(c.id);
  await db.syncConflicts.put({
    conflictId: c.id,
    kind: 'server',
    entity: c.entity,
    entityId: c.entityId,
    theirs: versions.theirs,
    ours: versions.ours,
    at: c.createdAt,
    opId: c.opId,
    ownerId: c.ownerId,
    baseVersion: c.baseVersion,
    serverVersion: c.serverVersion,
    revision: c.revision,
    // Resolved here but not yet on the server (resolve-phase.ts sends it): stays resolved.
    resolvedAt: c.resolvedAt ?? known?.resolvedAt ?? null,
    // A re-pull keeps whether the user has seen the conflict, and how it was resolved here.
    ...(known?.seen !== undefined ? { seen: known.seen } : {}),
    ...(known?.resolution ? { resolution: known.resolution } : {}),
  });
  log.add({
    action: 'conflict-stored',
    entity: c.entity,
    entityId: c.entityId,
    opId: c.opId,
    reason:
      `server conflict ${c.id}: change on v${c.baseVersion} met server v${c.serverVersion}` +
      (versions.sealed ? ' (a version is unreadable: stored encrypted, without keys)' : ''),
  });
}
