/**
 * Applying pushed outbox ops (docs/sync.md, "Protocol"). For each op, in order:
 *
 * 1. opId already in `ops` → 'duplicate' with the first delivery's outcome, revision and code:
 *    a retried batch changes nothing (not a row, not the revision).
 * 2. Checks that need no database (access.ts `checkOp`): entity, size, id, shape, owner field.
 * 3. The server's record: `canWrite` (owner, office), then the version rule —
 *    none and baseVersion 0 → create; version = baseVersion → accept as baseVersion + 1;
 *    version > baseVersion → conflict: the server keeps its version, both are stored in
 *    `conflicts`; otherwise → 'version-gap'.
 * 4. Every outcome is stored in `ops`, so a retry answers the same.
 *
 * Lineage: once an op on a record ends in a conflict or a rejection, the later ops of the same
 * request on that record were built on the version the server refused. Their version numbers can
 * still match the server's (device A's refused v2 and device B's accepted v2 are both "2"), so
 * they are not accepted: after a conflict they are conflicts too, after a rejection a
 * 'version-gap'. Across requests the client keeps the rule: on a conflict or rejection it drops
 * (quarantines) its later ops on that record and takes the server's copy from the result.
 *
 * Transactions: one per request, a savepoint per op. The row lock on `server_state` taken first
 * serialises pushes, so the duplicate check, the version check and the revision are decided
 * together, and revisions follow commit order (pull never skips one). A rejection is an outcome,
 * not an SQL error, so nothing is rolled back for it; the savepoint only catches a record the
 * database itself refuses (data exception, e.g. "\u0000" in jsonb), which becomes
 * 'invalid-record' without touching the other ops. Any other error fails the whole request and
 * nothing of it is kept: the client was told nothing and retries the batch. One commit per request
 * (not per op) keeps a first sync of tens of thousands of records fast on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/db';
import type {
  PushOp,
  PushResponse,
  PushResult,
  ServerCopy,
  StoredOutcome,
} from '../../src-shared/contracts/sync/protocol';
import {
  conflictReason,
  rejectionReasons,
  type RejectionCode,
} from '../../src-shared/contracts/sync/rejections';
import { canWrite, checkOp, type RecordOwnership } from './access';

interface StoredOp {
  user_id: string;
  base_version: number;
  outcome: StoredOutcome;
  code: string | null;
  revision: number | string | null;
  conflict_id: string | null;
}

interface ServerRecord extends RecordOwnership {
  version: number;
  revision: number;
  body: Record<string, unknown>;
}

interface RecordRow {
  version: number;
  owner_id: string;
  office_id: string | null;
  collegium_id: string;
  body: Record<string, unknown> | string;
  revision: number | string;
}

/** pg returns bigint as a string, PGlite as a number; jsonb is parsed by both (string if not). */
const num = (v: number | string | null): number | undefined => (v === null ? undefined : Number(v));
const json = (v: Record<string, unknown> | string): Record<string, unknown> =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : v;

async function loadRecord(
  tx: Queryable,
  entity: string,
  entityId: string,
): Promise<ServerRecord | null> {
  const { rows } = await tx.query<RecordRow>(
    `SELECT version, owner_id, office_id, collegium_id, body, revision
       FROM records WHERE entity = $1 AND entity_id = $2`,
    [entity, entityId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    version: Number(r.version),
    ownerId: r.owner_id,
    officeId: r.office_id,
    collegiumId: r.collegium_id,
    body: json(r.body),
    revision: Number(r.revision),
  };
}

async function nextRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'UPDATE server_state SET revision = revision + 1 WHERE id = 1 RETURNING revision',
  );
  return Number(rows[0]!.revision);
}

const copyOf = (r: ServerRecord): ServerCopy => ({
  version: r.version,
  revision: r.revision,
  record: r.body,
});

/** PostgreSQL refused the value itself (SQLSTATE class 22, data exception). */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

type Lineage = 'conflict' | 'rejected';

class PushContext {
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
    this.broken.set(key(op), 'rejected');
    const result: PushResult = {
      opId: op.opId,
      outcome: 'rejected',
      code,
      reason: rejectionReasons[code],
    };
    if (server) result.server = copyOf(server);
    return result;
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
    this.broken.set(key(op), 'conflict');
    return {
      opId: op.opId,
      outcome: 'conflict',
      revision,
      conflictId: id,
      reason: conflictReason,
      server: copyOf(server),
    };
  }

  async accept(op: PushOp): Promise<PushResult> {
    const revision = await nextRevision(this.tx);
    const version = op.baseVersion + 1;
    // A create is filed under the caller's office and collegium; an update keeps them (canWrite
    // has checked they are the caller's).
    await this.tx.query(
      `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                            revision, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)
       ON CONFLICT (entity, entity_id) DO UPDATE
         SET version = EXCLUDED.version, body = EXCLUDED.body, revision = EXCLUDED.revision,
             updated_at = EXCLUDED.updated_at`,
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
      ],
    );
    await this.recordOp(op, 'accepted', null, revision);
    return { opId: op.opId, outcome: 'accepted', revision, version };
  }

  async duplicate(op: PushOp, stored: StoredOp): Promise<PushResult> {
    const result: PushResult = { opId: op.opId, outcome: 'duplicate', original: stored.outcome };
    const revision = num(stored.revision);
    if (revision !== undefined) result.revision = revision;
    if (stored.outcome === 'accepted') result.version = Number(stored.base_version) + 1;
    if (stored.outcome === 'conflict') {
      result.reason = conflictReason;
      if (stored.conflict_id) result.conflictId = stored.conflict_id;
    }
    if (stored.outcome === 'rejected' && stored.code) {
      const code = stored.code as RejectionCode;
      result.code = code;
      if (rejectionReasons[code]) result.reason = rejectionReasons[code];
    }
    if (stored.outcome !== 'accepted') {
      this.broken.set(key(op), stored.outcome);
      // The client may never have seen the first answer: send the server's copy again, if the
      // caller may write (and so read) it.
      if (stored.outcome === 'conflict' || stored.code === 'version-gap') {
        const server = await loadRecord(this.tx, op.entity, op.entityId);
        if (server && canWrite(this.p, server).ok) result.server = copyOf(server);
      }
    }
    return result;
  }

  async apply(op: PushOp): Promise<PushResult> {
    const { rows } = await this.tx.query<StoredOp>(
      `SELECT o.user_id, o.base_version, o.outcome, o.code, o.revision, c.id AS conflict_id
         FROM ops o LEFT JOIN conflicts c ON c.op_id = o.op_id
        WHERE o.op_id = $1`,
      [op.opId],
    );
    const stored = rows[0];
    if (stored) {
      // Another user's opId: answer nothing about it, store nothing (the key is taken).
      if (stored.user_id !== this.p.userId) {
        return {
          opId: op.opId,
          outcome: 'rejected',
          code: 'forbidden',
          reason: rejectionReasons.forbidden,
        };
      }
      return this.duplicate(op, stored);
    }

    const checked = checkOp(this.p, op);
    if (!checked.ok) return this.reject(op, checked.code);

    const server = await loadRecord(this.tx, op.entity, op.entityId);
    const access = canWrite(this.p, server);
    if (!access.ok) return this.reject(op, access.code);

    const lineage = this.broken.get(key(op));
    if (lineage === 'conflict' && server) return this.conflict(op, server);
    if (lineage) return this.reject(op, 'version-gap', server);

    if (!server) return op.baseVersion === 0 ? this.accept(op) : this.reject(op, 'version-gap');
    if (server.version === op.baseVersion) return this.accept(op);
    if (server.version > op.baseVersion) return this.conflict(op, server);
    return this.reject(op, 'version-gap', server);
  }
}

const key = (op: PushOp): string => `${op.entity}\u0000${op.entityId}`;

export async function applyPush(
  db: Db,
  principal: Principal,
  ops: readonly PushOp[],
  now: Date,
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    // Serialises pushes (see above); pulls read without it.
    await tx.query('SELECT revision FROM server_state WHERE id = 1 FOR UPDATE');
    const ctx = new PushContext(tx, principal, now);
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
    const { rows } = await tx.query<{ revision: number | string }>(
      'SELECT revision FROM server_state WHERE id = 1',
    );
    return { ok: true as const, results, revision: Number(rows[0]!.revision) };
  });
}
