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
 * Sent. Before each push request leaves, its ops get `sentAt` in a transaction of their own
 * (push-phase.ts markSent): they stay 'pending' until an answer is applied, but the registers'
 * badge can tell "sent, no answer yet" from "not sent".
 *
 * Remote applies write no outbox op and no audit entry (the audit chain is this device's own
 * log of its own changes) but every decision goes to `syncLog`.
 *
 * Two forms. Local rows are in the at-rest form of the store's codec (`opts.codec`); the server
 * sees the wire form. Pushes send `toWire` of the outbox records, and every server copy, pulled
 * row, conflict version and aid mark is stored `toAtRest`, prepared before its transaction
 * (wire-boundary.ts).
 *
 * The phases: push-phase.ts (batching, local refusals) with apply-push.ts (one answer),
 * pull-phase.ts (pages), server-copy.ts (taking a server copy, shared by both),
 * wire-boundary.ts (the two forms), sync-errors.ts.
 */
import type { AppDb } from '../db/app-db';
import { identityCodec } from '../db/field-codec';
import { pullAll } from './pull-phase';
import { pushAll, setAsideLocalOnly } from './push-phase';
import { sendResolutions } from './resolve-phase';
import type { Ctx, SyncOptions } from './sync-context';
import {
  asSyncError,
  emptyReport,
  SyncError,
  transportFailureOf,
  type SyncReport,
} from './sync-errors';
import { readSyncState, SyncLogWriter } from './sync-state';
import type { SyncTransport } from './transport';

export { MAX_PUSH_BYTES } from './push-phase';
export type { SyncOptions } from './sync-context';
export { SyncError, transportFailureOf, type SyncErrorCode, type SyncReport } from './sync-errors';

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
    const codec = opts.codec ?? identityCodec;
    const ctx: Ctx = { db, transport, opts, codec, now, report, userId: state.serverUserId };
    await setAsideLocalOnly(ctx);
    await pushAll(ctx);
    await sendResolutions(ctx);
    await pullAll(ctx, state.serverRevision);
    await db.transaction('rw', db.syncState, async () => {
      const s = await readSyncState(db);
      delete s.lastError;
      await db.syncState.put({ ...s, lastSuccessAt: now() });
    });
    return report;
  } catch (error) {
    const failure = asSyncError(error, report);
    const cause = transportFailureOf(failure);
    await db
      .transaction('rw', db.syncState, db.syncLog, async () => {
        const s = await readSyncState(db);
        await db.syncState.put({
          ...s,
          lastError: {
            code: failure.code,
            message: failure.message,
            at: now(),
            // The precise failure (offline, unauthenticated, …) outlives a restart of the app.
            ...(cause?.code ? { transportCode: cause.code } : {}),
          },
        });
        const log = new SyncLogWriter(now());
        log.add({ action: 'failed', entity: '', entityId: '', reason: failure.message });
        await log.flush(db);
      })
      .catch(() => undefined); // the status row is best effort; the error is what matters
    throw failure;
  }
}
