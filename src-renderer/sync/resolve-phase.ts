/**
 * The resolve phase of a sync run (docs/sync.md, "Resolving conflicts"), after the push: tells
 * the server of the conflict resolutions made on this device (`syncState.pendingResolutions`,
 * queued by resolve-actions.ts in the resolving transaction). After the push, so that an
 * "apply mine again" correction has reached the server before it hears the conflict is settled.
 *
 * One request per resolution; each answer is validated and applied in its own transaction
 * (queue entry removed, the conflict row given the server's time and choice, a log entry). The
 * network is never awaited inside a transaction. A failed request changes nothing and fails the
 * run like a failed push (the scheduler retries; the server is idempotent and answers a repeated
 * resolution the same). A refusal the server will always repeat (404: the conflict is unknown
 * or in another office; 403; 400) is logged and dropped from the queue — the local resolution
 * stays, and retrying forever would block nothing but fill the log.
 */
import {
  resolveConflictResponseSchema,
  type ResolveConflictResponse,
} from '../../src-shared/contracts/sync/protocol';
import type { PendingResolution } from '../db/rows';
import type { Ctx } from './sync-context';
import { BadResponse } from './sync-errors';
import { readSyncState, SyncLogWriter } from './sync-state';
import { SyncTransportError } from './transport';

/** A refusal the server will repeat whatever we do: not worth another try. */
function isFinalRefusal(error: unknown): boolean {
  if (!(error instanceof SyncTransportError)) return false;
  if (error.status !== undefined) return [400, 403, 404, 422].includes(error.status);
  // The IPC transport carries the failure code (server-client.ts): every 4xx other than 401
  // and 429 is 'rejectedRequest'.
  return error.code === 'rejectedRequest';
}

async function settle(
  ctx: Ctx,
  p: PendingResolution,
  answer: ResolveConflictResponse | null,
  refusal?: string,
): Promise<void> {
  const { db, now } = ctx;
  await db.transaction('rw', [db.syncState, db.syncConflicts, db.syncLog], async () => {
    const state = await readSyncState(db);
    const queue = (state.pendingResolutions ?? []).filter(
      (q) => !(q.conflictId === p.conflictId && q.at === p.at),
    );
    await db.syncState.put({ ...state, pendingResolutions: queue });
    const log = new SyncLogWriter(now());
    const row = await db.syncConflicts.get(p.conflictId);
    if (answer) {
      if (row) {
        await db.syncConflicts.put({
          ...row,
          resolvedAt: answer.resolvedAt,
          resolution: answer.resolution,
        });
      }
      log.add({
        action: 'resolution-sent',
        entity: row?.entity ?? '',
        entityId: row?.entityId ?? '',
        reason:
          `conflict ${p.conflictId}: server recorded ${answer.resolution} by ` +
          `${answer.resolvedBy} at revision ${answer.revision}` +
          (answer.resolution !== p.resolution
            ? ` (it was resolved before; ours: ${p.resolution})`
            : ''),
      });
    } else {
      log.add({
        action: 'resolution-refused',
        entity: row?.entity ?? '',
        entityId: row?.entityId ?? '',
        reason: `conflict ${p.conflictId}: the server refused ${p.resolution} (${refusal}); kept here`,
      });
    }
    await log.flush(db);
  });
}

export async function sendResolutions(ctx: Ctx): Promise<void> {
  const { transport } = ctx;
  // A transport without the call (an older host) keeps the queue for one that has it.
  if (!transport.resolveConflict) return;
  const queue = (await readSyncState(ctx.db)).pendingResolutions ?? [];
  for (const p of queue) {
    let raw: unknown;
    try {
      raw = await transport.resolveConflict(p.conflictId, {
        resolution: p.resolution,
        ...(p.note ? { note: p.note } : {}),
      });
    } catch (error) {
      if (!isFinalRefusal(error)) throw error;
      await settle(ctx, p, null, error instanceof Error ? error.message : String(error));
      continue;
    }
    const parsed = resolveConflictResponseSchema.safeParse(raw);
    if (!parsed.success || parsed.data.conflictId !== p.conflictId) {
      throw new BadResponse(
        `resolve response: ${parsed.success ? 'another conflict' : parsed.error.message}`,
      );
    }
    await settle(ctx, p, parsed.data);
  }
}
