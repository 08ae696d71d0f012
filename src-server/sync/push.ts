/**
 * Applying pushed outbox ops (docs/sync.md, "Protocol"). For each op, in order:
 *
 * 1. opId already in `ops` → 'duplicate' with the first delivery's outcome, revision and code:
 *    a retried batch changes nothing (not a row, not the revision). Another user's opId →
 *    'forbidden', nothing stored, nothing revealed.
 * 2. Checks that need no database (access.ts `checkOp`): entity, size, id, shape, owner field.
 * 3. The server's record: `canWrite` (owner, office, the entity's policy), then the version rule —
 *    none and baseVersion 0 → create; version = baseVersion → accept as baseVersion + 1;
 *    version > baseVersion → conflict: the server keeps its version, both are stored in
 *    `conflicts`; otherwise → 'version-gap'.
 * 4. Every outcome is stored in `ops`, so a retry answers the same. Every accepted op and every
 *    conflict takes the next revision, in op order.
 *
 * Lineage: once an op on a record ends in a conflict or a rejection, the later ops of the same
 * request on that record were built on the version the server refused. Their version numbers can
 * still match the server's (device A's refused v2 and device B's accepted v2 are both "2"), so
 * they are not accepted: after a conflict they are conflicts too, after a rejection a
 * 'version-gap'. Across requests the client keeps the rule: on a conflict or rejection it drops
 * (quarantines) its later ops on that record and takes the server's copy from the result.
 *
 * Transactions: one per request. The row lock on `server_state` taken first serialises pushes
 * (and conflict resolutions), so the duplicate check, the version check and the revisions are
 * decided together, and revisions follow commit order (pull never skips one). Any error other
 * than a data exception fails the whole request and nothing of it is kept: the client was told
 * nothing and retries the batch.
 *
 * Two paths, one outcome:
 * - The batch path (the normal one), in a savepoint: two reads — the stored ops of all the
 *   request's opIds, the server records of all its records (push-load.ts) — then every op is
 *   decided in memory in order (push-decide.ts; the lock makes that safe), then a handful of
 *   multi-row writes (push-write.ts). About seven statements per request instead of seven per op:
 *   a first sync of tens of thousands of records was waiting on round trips.
 * - The per-op path (push-per-op.ts), a savepoint per op. A record the database itself refuses
 *   (a data exception, e.g. "\u0000" in jsonb) must become 'invalid-record' for that op alone,
 *   with the later ops decided as if it had never been accepted — only a savepoint around that
 *   one op gives that. So when the batch raises a data exception it is rolled back to its
 *   savepoint and the same request is applied op by op: the answer is the per-op path's, exactly.
 *   Such records are rare, so the slow path is too.
 */
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/db';
import type { PushOp, PushResponse } from '../../src-shared/contracts/sync/protocol';
import { decideBatch, neededRecords, opIdsOf } from './push-decide';
import { loadRecords, loadStoredOps } from './push-load';
import { applyOneByOne } from './push-per-op';
import { isDataException } from './push-results';
import { writeBatch } from './push-write';

/** Takes the push lock; returns the revision it holds. */
async function lockRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'SELECT revision FROM server_state WHERE id = 1 FOR UPDATE',
  );
  return Number(rows[0]!.revision);
}

async function applyBatch(
  tx: Queryable,
  principal: Principal,
  ops: readonly PushOp[],
  locked: number,
  now: Date,
): Promise<PushResponse> {
  const stored = await loadStoredOps(tx, opIdsOf(ops));
  const records = await loadRecords(tx, neededRecords(principal, ops, stored));
  const plan = decideBatch({ principal, ops, stored, records, revision: locked });
  await writeBatch(tx, principal, plan, locked, now);
  return { ok: true, results: plan.results, revision: plan.revision };
}

async function applyPerOp(
  tx: Queryable,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResponse> {
  const results = await applyOneByOne(tx, principal, ops, now);
  const { rows } = await tx.query<{ revision: number | string }>(
    'SELECT revision FROM server_state WHERE id = 1',
  );
  return { ok: true, results, revision: Number(rows[0]!.revision) };
}

export async function applyPush(
  db: Db,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    // Serialises pushes (see above); pulls read without it.
    const locked = await lockRevision(tx);
    if (ops.length === 0) return { ok: true, results: [], revision: locked };
    // Not released on success: the commit ends it, one round trip fewer.
    await tx.query('SAVEPOINT sync_batch');
    try {
      return await applyBatch(tx, principal, ops, locked, now);
    } catch (error) {
      if (!isDataException(error)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT sync_batch');
      return applyPerOp(tx, principal, ops, now);
    }
  });
}

/**
 * The per-op path alone, in its own transaction under the same lock: the reference the batch
 * path is compared with in tests (push.equivalence.test.ts). Not used by the server.
 */
export async function applyPushOneByOne(
  db: Db,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    await lockRevision(tx);
    return applyPerOp(tx, principal, ops, now);
  });
}
