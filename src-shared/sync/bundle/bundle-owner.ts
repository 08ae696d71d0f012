/**
 * Whose op is it? A bundle carries one user's outbox, and the server applies it as that user;
 * an op naming someone else would be refused there one by one ('wrong-owner'), after the head
 * had already carried the file. Both ends check it first: the advocate's device does not export
 * it, the head's device does not open it. The owner fields are the server's (access.ts
 * `ownerField`); the Record type makes a new synced entity a compile error until it is added.
 */
import { isSyncedEntity, type PushOp, type SyncedEntityName } from '../../contracts/sync/protocol';

const ownerOf: Record<SyncedEntityName, (op: PushOp) => unknown> = {
  consultation: (op) => op.record['advocateId'],
  appointment: (op) => op.record['advocateId'],
  eligibilityCheck: (op) => op.record['actor'],
  // No owner field: the server files a profile under its writer; its id is the user's.
  profile: (op) => op.entityId,
  rosterMember: (op) => op.record['headId'],
  dutySchedule: (op) => op.record['headId'],
  scheduleAck: (op) => op.record['advocateId'],
  distribution: (op) => op.record['headId'],
  distributionAnswer: (op) => op.record['advocateId'],
  feeClaim: (op) => op.record['advocateId'],
};

/** Why the ops cannot travel in `userId`'s bundle (English, for logs), or null when they can. */
export function foreignOpProblem(ops: readonly PushOp[], userId: string): string | null {
  const opIds = new Set<string>();
  for (const [i, op] of ops.entries()) {
    if (!isSyncedEntity(op.entity)) return `op ${i}: '${op.entity}' is not kept on the server`;
    if (ownerOf[op.entity](op) !== userId) return `op ${i}: not a record of the bundle's user`;
    // The server would answer the second one 'duplicate'; in one file it can only be damage.
    if (opIds.has(op.opId)) return `op ${i}: opId repeated`;
    opIds.add(op.opId);
  }
  return null;
}
