/**
 * The unlocked path of a push group (push.ts): the group is decided on one snapshot (one
 * statement) and written by one statement that applies only if the revision has not moved
 * since (push-write.ts `writeGroupIfUnchanged`) — two round trips, no BEGIN, no COMMIT, no
 * lock held while this process decides. The locked path took six (BEGIN, the lock and the
 * stored ops, the records, the write, COMMIT, with a pooled connection held throughout), and
 * under load each round trip waits for the server's busy event loop to read its answer: pushes
 * are serialised, so that time was every waiting push's.
 *
 * Why it gives the locked path's answers: every writer of records, of ops that take revisions
 * and of conflicts moves the revision under the `server_state` row lock, and revisions only
 * grow. So when the write finds the revision still at the snapshot's, nothing the decisions
 * read has changed; the decisions and the writes are exactly the locked path's. The reads
 * cover every op's record (the locked path skips those of ops already stored that need no
 * server copy: a superset, looked up by key, changes no decision). Ops stored without a
 * revision (refused ones) by another process in between would make the write fail on the
 * primary key. Whatever does not apply — a moved revision, an error, a value PostgreSQL
 * refuses — writes nothing, and push.ts runs the locked path instead, which answers it as
 * before. In one process the queue (push-queue.ts) runs one group at a time, so only another
 * process or a conflict resolution (resolve.ts) can move the revision in between.
 */
import type { Principal } from '../auth/principal';
import type { Db } from '../db/db';
import type { PushOp, PushResponse } from '../../src-shared/contracts/sync/protocol';
import { decideBatch, opIdsOf, type PreparedOps } from './push-decide';
import { loadSnapshot } from './push-load';
import { keyOf, type ServerRecord, type StoredOp } from './push-results';
import { writeGroupIfUnchanged, type PlannedPush } from './push-write';

/** One request, as queued. */
export interface Push {
  principal: Principal;
  ops: readonly PushOp[];
  now: Date;
  /** Worked out before queueing, out of the lock (push-decide.ts `prepareOps`). */
  prepared: PreparedOps;
}

/** What the next push is decided on: the stored ops, the records and the revision. */
export interface DecidedState {
  stored: Map<string, StoredOp>;
  records: Map<string, ServerRecord>;
  revision: number;
}

export const opIdsOfAll = (pushes: readonly Push[]): string[] => [
  ...new Set(pushes.flatMap((p) => opIdsOf(p.ops))),
];

/** Every record any op of the group names, as distinct (entity, entityId) pairs. */
export function recordsOfAll(pushes: readonly Push[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const p of pushes) for (const op of p.ops) pairs.set(keyOf(op), [op.entity, op.entityId]);
  return [...pairs.values()];
}

/** Each request decided on the state the ones before it left, in order (push-decide.ts). */
export function decideGroup(pushes: readonly Push[], start: DecidedState): PlannedPush[] {
  let { stored, records, revision } = start;
  const planned: PlannedPush[] = [];
  for (const p of pushes) {
    const plan = decideBatch({
      principal: p.principal,
      ops: p.ops,
      stored,
      records,
      revision,
      prepared: p.prepared,
    });
    planned.push({ principal: p.principal, plan, now: p.now });
    ({ stored, records } = plan.after);
    revision = plan.revision;
  }
  return planned;
}

/** The group by the unlocked path: its answers, or null when nothing of it was written. */
export async function applyUnlocked(
  db: Db,
  pushes: readonly Push[],
): Promise<PushResponse[] | null> {
  const snap = await loadSnapshot(db, opIdsOfAll(pushes), recordsOfAll(pushes));
  const planned = decideGroup(pushes, snap);
  if (!(await writeGroupIfUnchanged(db, planned, snap.revision))) return null;
  return planned.map(({ plan }) => ({ ok: true, results: plan.results, revision: plan.revision }));
}
