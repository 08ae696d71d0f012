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
 * Transactions: the row lock on `server_state` taken first serialises pushes (and conflict
 * resolutions), so the duplicate check, the version check and the revisions are decided
 * together, and revisions follow commit order (pull never skips one). Any error other than a
 * data exception fails the whole request and nothing of it is kept: the client was told nothing
 * and retries the batch.
 *
 * Groups (push-queue.ts): requests to one database wait in a queue in this process while a push
 * transaction runs, and the next transaction applies the waiting ones together, in arrival
 * order: one lock, the reads of all of them, each decided in memory on the state the ones
 * before it left (push-decide.ts `after`), then the writes of all of them in one statement.
 * What needs no database — each op's `checkOp` and its record's JSON — is worked out before the
 * request is queued (`prepareOps`), so the lock is held only for what must be. Each answer is
 * exactly what it would have been, had the requests come one after another in that order
 * (push.group.test.ts); an idle server applies a request alone at once.
 * If a group fails with anything but a data exception, nothing of it is kept and each of its
 * requests is applied again alone, so a request that fails fails by itself. The row lock stays
 * what orders pushes: other processes (a second server process, the admin CLI) take it too.
 *
 * First, the unlocked path (push-unlocked.ts, the normal one): the group decided on one
 * snapshot and written by one statement that applies only if the revision has not moved since
 * — the same decisions and writes as the batch path below, in two round trips without holding
 * the lock in between. When it does not apply (another process or a conflict resolution wrote
 * in between) or fails in any way, nothing of it was written and the locked paths below run.
 *
 * Two locked paths, one outcome:
 * - The batch path: two reads — the stored ops of all the request's opIds,
 *   the server records of all its records (push-load.ts) — then every op is decided in memory
 *   in order (push-decide.ts; the lock makes that safe), then one statement writes it all
 *   (push-write.ts). Four statements per request (or group) instead of seven per op: a first
 *   sync of tens of thousands of records was waiting on round trips.
 * - The per-op path (push-per-op.ts), a savepoint per op. A record the database itself refuses
 *   (a data exception, e.g. "\u0000" in jsonb) must become 'invalid-record' for that op alone,
 *   with the later ops decided as if it had never been accepted — only a savepoint around that
 *   one op gives that. So when the batch raises a data exception its transaction is rolled back
 *   and the same request is applied op by op in a new one (`transact`): the answer is the per-op
 *   path's, exactly. In a group, the requests are then applied one by one (each its batch in a
 *   savepoint, op by op if refused). Such records are rare, so the slow path is too.
 */
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/db';
import type { PushOp, PushResponse } from '../../src-shared/contracts/sync/protocol';
import { neededRecords, prepareOps } from './push-decide';
import { loadRecords, loadStoredOps } from './push-load';
import { applyOneByOne } from './push-per-op';
import { GroupQueue, type Settled } from './push-queue';
import { isDataException, recordKey, type StoredOp } from './push-results';
import { applyUnlocked, decideGroup, opIdsOfAll, type Push } from './push-unlocked';
import { writeGroup } from './push-write';

/**
 * A group's cap: two full client batches (MAX_PUSH_OPS = 500) or a hundred small ones, so a
 * group's transaction stays short and its arrays small; one request always fits.
 */
export const GROUP_LIMITS = { maxItems: 100, maxWeight: 1000, weight: (p: Push) => p.ops.length };

/** Takes the push lock; returns the revision it holds. */
async function lockRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'SELECT revision FROM server_state WHERE id = 1 FOR UPDATE',
  );
  return Number(rows[0]!.revision);
}

async function currentRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'SELECT revision FROM server_state WHERE id = 1',
  );
  return Number(rows[0]!.revision);
}

/** The batch path for a group (of one or more): two reads, decisions in memory, the writes. */
async function applyBatches(
  tx: Queryable,
  pushes: readonly Push[],
  locked: number,
  storedOps?: Map<string, StoredOp>,
): Promise<PushResponse[]> {
  const stored0 = storedOps ?? (await loadStoredOps(tx, opIdsOfAll(pushes)));
  // Each request's needs as if it came first: a superset of what it needs after the others
  // (an op another request of the group stores is not in stored0, so its record is read).
  const pairs = new Map<string, [string, string]>();
  for (const p of pushes) {
    for (const pair of neededRecords(p.principal, p.ops, stored0)) {
      pairs.set(recordKey(...pair), pair);
    }
  }
  const records = await loadRecords(tx, [...pairs.values()]);
  const planned = decideGroup(pushes, { stored: stored0, records, revision: locked });
  await writeGroup(tx, planned, locked);
  return planned.map(({ plan }) => ({ ok: true, results: plan.results, revision: plan.revision }));
}

async function applyPerOp(tx: Queryable, p: Push): Promise<PushResponse> {
  const results = await applyOneByOne(tx, p.principal, p.ops, p.now);
  return { ok: true, results, revision: await currentRevision(tx) };
}

/** One request under a lock already held, after others in the same transaction. */
async function applyAlone(tx: Queryable, p: Push): Promise<PushResponse> {
  const revision = await currentRevision(tx);
  if (p.ops.length === 0) return { ok: true, results: [], revision };
  await tx.query('SAVEPOINT sync_batch');
  try {
    return (await applyBatches(tx, [p], revision))[0]!;
  } catch (error) {
    if (!isDataException(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT sync_batch');
    return applyPerOp(tx, p);
  }
}

/** The batch path met a value PostgreSQL refuses (a data exception): see `transact`. */
class Refused extends Error {}

/** A group in one transaction: the lock, then the batch path. */
async function applyGroup(tx: Queryable, pushes: readonly Push[]): Promise<PushResponse[]> {
  // Serialises pushes (see above); pulls read without it. Not released on success: the commit
  // ends it. The stored ops are asked for right behind it, without waiting for the answer in
  // between: a transaction's statements run one after another on its connection, so the read
  // still sees the state under the lock — and the group spends one wait fewer holding it.
  const opIds = opIdsOfAll(pushes);
  const [locked, stored] = await Promise.all([
    lockRevision(tx),
    opIds.length ? loadStoredOps(tx, opIds) : new Map<string, StoredOp>(),
  ]);
  if (pushes.every((p) => p.ops.length === 0)) {
    return pushes.map(() => ({ ok: true, results: [], revision: locked }));
  }
  try {
    return await applyBatches(tx, pushes, locked, stored);
  } catch (error) {
    throw isDataException(error) ? new Refused() : error;
  }
}

/**
 * The same requests after a refusal, in a new transaction under the lock: one request op by op
 * (the per-op path is the reference: always right, only slower); several each as if it had come
 * alone, in order — its batch in a savepoint, op by op if that is refused — since which of them
 * holds the refused value is not known. The answers requests one after another would have had.
 */
async function applyRefused(tx: Queryable, pushes: readonly Push[]): Promise<PushResponse[]> {
  await lockRevision(tx);
  if (pushes.length === 1) return [await applyPerOp(tx, pushes[0]!)];
  const out: PushResponse[] = [];
  for (const p of pushes) out.push(await applyAlone(tx, p));
  return out;
}

/**
 * The batch path needs no savepoint: a refusal rolls the whole transaction back (nothing of it
 * is kept) and the fallback runs in a new one — one round trip fewer for every push, a second
 * transaction only for the rare refused value.
 */
async function transact(db: Db, pushes: readonly Push[]): Promise<PushResponse[]> {
  try {
    return await db.transaction((tx) => applyGroup(tx, pushes));
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return db.transaction((tx) => applyRefused(tx, pushes));
  }
}

async function runGroup(db: Db, pushes: readonly Push[]): Promise<Settled<PushResponse>[]> {
  // The unlocked path first (push-unlocked.ts); when it does not apply (another writer moved
  // the revision) or fails in any way (a value PostgreSQL refuses, a lost connection), nothing
  // of it was kept and the locked path answers the group, refusals and errors as it always did.
  const unlocked = await applyUnlocked(db, pushes).catch(() => null);
  if (unlocked) return unlocked.map((value) => ({ ok: true, value }));
  return runLocked(db, pushes);
}

async function runLocked(db: Db, pushes: readonly Push[]): Promise<Settled<PushResponse>[]> {
  try {
    const responses = await transact(db, pushes);
    return responses.map((value) => ({ ok: true, value }));
  } catch (error) {
    if (pushes.length === 1) return [{ ok: false, error }];
    // Nothing of the group was kept: each request again in its own transaction, so an error
    // is answered to the request that causes it, and only to it.
    const out: Settled<PushResponse>[] = [];
    for (const p of pushes) {
      try {
        out.push({ ok: true, value: (await transact(db, [p]))[0]! });
      } catch (alone) {
        out.push({ ok: false, error: alone });
      }
    }
    return out;
  }
}

const queues = new WeakMap<Db, GroupQueue<Push, PushResponse>>();

function queueOf(db: Db): GroupQueue<Push, PushResponse> {
  let q = queues.get(db);
  if (!q) {
    q = new GroupQueue((pushes) => runGroup(db, pushes), GROUP_LIMITS);
    queues.set(db, q);
  }
  return q;
}

export function applyPush(
  db: Db,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResponse> {
  return queueOf(db).submit({ principal, ops, now, prepared: prepareOps(principal, ops) });
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
    const results = await applyOneByOne(tx, principal, ops, now);
    return { ok: true, results, revision: await currentRevision(tx) };
  });
}
