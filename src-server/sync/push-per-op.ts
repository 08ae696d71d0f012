/**
 * The per-op path (push.ts): each op in its own savepoint, with its own reads and writes — about
 * seven statements per op. It is the fallback of the batch path when PostgreSQL refuses a value
 * of the request (a data exception), because only here does that refusal stay with its one op:
 * the savepoint rolls back that op alone, which becomes 'invalid-record', and the later ops are
 * decided on the state without it (its lineage broken, its revision not taken). It is also the
 * reference the batch path is tested against (push.equivalence.test.ts).
 *
 * Runs inside the push transaction, after the `server_state` lock.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { PushOp, PushResult, StoredOutcome } from '../../src-shared/contracts/sync/protocol';
import type { RejectionCode } from '../../src-shared/contracts/sync/rejections';
import { canWrite, checkOp, sharedWithOf } from './access';
import { loadRecord, loadStoredOp } from './push-load';
import {
  conflictResult,
  duplicateResult,
  foreignOpResult,
  isDataException,
  keyOf,
  needsServerCopy,
  rejectResult,
  type ServerRecord,
} from './push-results';

async function nextRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'UPDATE server_state SET revision = revision + 1 WHERE id = 1 RETURNING revision',
  );
  return Number(rows[0]!.revision);
}

type Lineage = 'conflict' | 'rejected';

class PerOpContext {
  /** Records whose lineage broke earlier in this request. */
  readonly broken = new Map<string, Lineage>();

  constructor(
    readonly tx: Queryable,
    readonly p: Principal,
    readonly now: Date,
  ) {}

  async recordOp(
    op: PushOp,
    outcome: StoredOutcome,
    code: RejectionCode | null,
    revision: number | null,
  ): Promise<void> {
    await this.tx.query(
      `INSERT INTO ops (op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                        revision, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        op.opId,
        this.p.deviceId,
        this.p.userId,
        op.entity,
        op.entityId,
        op.baseVersion,
        outcome,
        code,
        revision,
        this.now,
      ],
    );
  }

  async reject(op: PushOp, code: RejectionCode, server?: ServerRecord | null): Promise<PushResult> {
    await this.recordOp(op, 'rejected', code, null);
    this.broken.set(keyOf(op), 'rejected');
    return rejectResult(op, code, server);
  }

  async conflict(op: PushOp, server: ServerRecord): Promise<PushResult> {
    const revision = await nextRevision(this.tx);
    await this.recordOp(op, 'conflict', null, revision);
    const id = randomUUID();
    await this.tx.query(
      `INSERT INTO conflicts (id, entity, entity_id, op_id, owner_id, office_id, base_version,
                              server_version, theirs, ours, revision, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11, $12)`,
      [
        id,
        op.entity,
        op.entityId,
        op.opId,
        server.ownerId,
        server.officeId,
        op.baseVersion,
        server.version,
        JSON.stringify(op.record),
        JSON.stringify(server.body),
        revision,
        this.now,
      ],
    );
    this.broken.set(keyOf(op), 'conflict');
    return conflictResult(op, revision, id, server);
  }

  async accept(op: PushOp): Promise<PushResult> {
    const revision = await nextRevision(this.tx);
    const version = op.baseVersion + 1;
    // A create is filed under the caller's office and collegium; an update keeps them (canWrite
    // has checked they are the caller's). Who else reads it is set anew by every version.
    await this.tx.query(
      `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                            revision, updated_at, shared_with)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10)
       ON CONFLICT (entity, entity_id) DO UPDATE
         SET version = EXCLUDED.version, body = EXCLUDED.body, revision = EXCLUDED.revision,
             updated_at = EXCLUDED.updated_at, shared_with = EXCLUDED.shared_with`,
      [
        op.entity,
        op.entityId,
        version,
        this.p.userId,
        this.p.officeId,
        this.p.collegiumId,
        JSON.stringify(op.record),
        revision,
        this.now,
        sharedWithOf(op.entity, op.record),
      ],
    );
    await this.recordOp(op, 'accepted', null, revision);
    return { opId: op.opId, outcome: 'accepted', revision, version };
  }

  async apply(op: PushOp): Promise<PushResult> {
    const stored = await loadStoredOp(this.tx, op.opId);
    if (stored) {
      if (stored.userId !== this.p.userId) return foreignOpResult(op);
      if (stored.outcome !== 'accepted') this.broken.set(keyOf(op), stored.outcome);
      const server = needsServerCopy(stored)
        ? await loadRecord(this.tx, op.entity, op.entityId)
        : null;
      return duplicateResult(this.p, op, stored, server);
    }

    const checked = checkOp(this.p, op);
    if (!checked.ok) return this.reject(op, checked.code);

    const server = await loadRecord(this.tx, op.entity, op.entityId);
    const access = canWrite(this.p, op.entity, server);
    if (!access.ok) return this.reject(op, access.code);

    const lineage = this.broken.get(keyOf(op));
    if (lineage === 'conflict' && server) return this.conflict(op, server);
    if (lineage) return this.reject(op, 'version-gap', server);

    if (!server) return op.baseVersion === 0 ? this.accept(op) : this.reject(op, 'version-gap');
    if (server.version === op.baseVersion) return this.accept(op);
    if (server.version > op.baseVersion) return this.conflict(op, server);
    return this.reject(op, 'version-gap', server);
  }
}

/** Applies `ops` one by one; the caller holds the `server_state` lock. */
export async function applyOneByOne(
  tx: Queryable,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResult[]> {
  const ctx = new PerOpContext(tx, principal, now);
  const results: PushResult[] = [];
  for (const op of ops) {
    await tx.query('SAVEPOINT sync_op');
    try {
      results.push(await ctx.apply(op));
    } catch (error) {
      if (!isDataException(error)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT sync_op');
      results.push(await ctx.reject(op, 'invalid-record'));
    }
    await tx.query('RELEASE SAVEPOINT sync_op');
  }
  return results;
}
