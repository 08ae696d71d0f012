/**
 * The batch path's decisions (push.ts), in memory and without a database: given what the
 * request's opIds and records were when the `server_state` lock was taken, decide every op in
 * order exactly as the per-op path would, and say what to write.
 *
 * Why deciding in memory is safe: the lock serialises pushes (and conflict resolutions), so
 * nothing else changes `ops`, `records`, `conflicts` or the revision between the two reads and
 * the writes; the only changes the later ops of the request must see are the earlier ops' own,
 * and those are kept here — `records` is updated as ops are accepted, `seen` as ops are stored —
 * so an op sees the same state the per-op path would have read from the database.
 *
 * Revisions are taken from the locked value one by one, in op order, for every accepted op and
 * every conflict, as `UPDATE … revision + 1` per op did.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import type { PushOp, PushResult, StoredOutcome } from '../../src-shared/contracts/sync/protocol';
import type { RejectionCode } from '../../src-shared/contracts/sync/rejections';
import { canWrite, checkOp, sharedWithOf, type AccessDecision } from './access';
import {
  conflictResult,
  duplicateResult,
  foreignOpResult,
  keyOf,
  needsServerCopy,
  rejectResult,
  type ServerRecord,
  type StoredOp,
} from './push-results';

/** A row for `ops`. */
export interface OpRow {
  opId: string;
  entity: string;
  entityId: string;
  baseVersion: number;
  outcome: StoredOutcome;
  code: RejectionCode | null;
  revision: number | null;
}

/** A row for `conflicts` (theirs = the incoming record, ours = the server's; JSON text). */
export interface ConflictRow {
  id: string;
  entity: string;
  entityId: string;
  opId: string;
  ownerId: string;
  officeId: string | null;
  baseVersion: number;
  serverVersion: number;
  theirs: string;
  ours: string;
  revision: number;
}

/** A record's state at the end of the request (an upsert of `records`; body as JSON text). */
export interface RecordWrite {
  entity: string;
  entityId: string;
  version: number;
  body: string;
  revision: number;
  /** `records.shared_with` of this version (access.ts `sharedWithOf`). */
  sharedWith: string | null;
  /**
   * Where a create is filed: the creator's (an update keeps the row's, and these are the row's
   * already). Per row, because a group of pushes (push.ts) writes several callers' records in
   * one statement.
   */
  ownerId: string;
  officeId: string | null;
  collegiumId: string;
}

export interface BatchPlan {
  /** One per op, in order. */
  results: PushResult[];
  ops: OpRow[];
  conflicts: ConflictRow[];
  /**
   * One per record, its last accepted state: an upsert may not touch the same row twice in one
   * statement, and the intermediate states are never read by anyone (the revisions they took
   * are the ops' answers; pull only ever sends a record's latest).
   */
  records: RecordWrite[];
  /**
   * Bodies of accepted ops that a later op of the request overwrote. Never stored, but the
   * per-op path cast each to jsonb, so the writer casts them too: a body `jsonb` refuses must
   * send the request to the fallback whether or not it is the last one.
   */
  superseded: string[];
  /** The server revision after the request (the locked value if nothing took one). */
  revision: number;
  /**
   * The stored ops and server records as they are after this request (the input's, with its own
   * changes): what the next push of the same group (push.ts) is decided on, as if it had read
   * them from the database after this one committed.
   */
  after: { stored: Map<string, StoredOp>; records: Map<string, ServerRecord> };
}

export interface BatchInput {
  principal: Principal;
  ops: readonly PushOp[];
  /** Stored ops among the request's opIds (push-load.ts `loadStoredOps`). */
  stored: ReadonlyMap<string, StoredOp>;
  /** Server records among `neededRecords` (push-load.ts `loadRecords`), by `recordKey`. */
  records: ReadonlyMap<string, ServerRecord>;
  /** The revision read under the lock. */
  revision: number;
  /** `prepareOps` of `ops`, worked out before the lock was taken (else done here). */
  prepared?: PreparedOps;
  newId?: () => string;
}

/**
 * What can be worked out of a request before the lock, because it needs no database: each op's
 * `checkOp` verdict (size, shape, owner field: a zod parse and a JSON size) and its record as
 * JSON text (what is stored). Every push waits while another holds the lock, so what runs
 * under it should be only what must.
 */
export interface PreparedOps {
  checks: AccessDecision[];
  bodies: string[];
}

export function prepareOps(p: Principal, ops: readonly PushOp[]): PreparedOps {
  const bodies = ops.map((op) => JSON.stringify(op.record));
  return { checks: ops.map((op, i) => checkOp(p, op, bodies[i])), bodies };
}

/** The request's distinct opIds (what `loadStoredOps` looks up). */
export const opIdsOf = (ops: readonly PushOp[]): string[] => [...new Set(ops.map((o) => o.opId))];

/**
 * The records the decisions may look at, as distinct (entity, entityId) pairs: every op's,
 * except an op already stored whose answer needs no server copy (a retried batch of accepted
 * ops reads no record bodies at all).
 */
export function neededRecords(
  p: Principal,
  ops: readonly PushOp[],
  stored: ReadonlyMap<string, StoredOp>,
): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const op of ops) {
    const s = stored.get(op.opId);
    if (s && (s.userId !== p.userId || !needsServerCopy(s))) continue;
    pairs.set(keyOf(op), [op.entity, op.entityId]);
  }
  return [...pairs.values()];
}

type Lineage = 'conflict' | 'rejected';

export function decideBatch(input: BatchInput): BatchPlan {
  const { principal: p, newId = randomUUID } = input;
  const seen = new Map(input.stored);
  const records = new Map(input.records);
  /** Records whose lineage broke earlier in this request (push.ts, "Lineage"). */
  const broken = new Map<string, Lineage>();
  const writes = new Map<string, RecordWrite>();
  const plan: BatchPlan = {
    results: [],
    ops: [],
    conflicts: [],
    records: [],
    superseded: [],
    revision: input.revision,
    after: { stored: seen, records },
  };

  const store = (
    op: PushOp,
    outcome: StoredOutcome,
    code: RejectionCode | null,
    revision: number | null,
    conflictId: string | null = null,
  ): void => {
    plan.ops.push({
      opId: op.opId,
      entity: op.entity,
      entityId: op.entityId,
      baseVersion: op.baseVersion,
      outcome,
      code,
      revision,
    });
    seen.set(op.opId, {
      userId: p.userId,
      baseVersion: op.baseVersion,
      outcome,
      code,
      revision,
      conflictId,
    });
  };

  const reject = (op: PushOp, code: RejectionCode, server?: ServerRecord | null): PushResult => {
    store(op, 'rejected', code, null);
    broken.set(keyOf(op), 'rejected');
    return rejectResult(op, code, server);
  };

  const bodyOf = (i: number, op: PushOp) => input.prepared?.bodies[i] ?? JSON.stringify(op.record);

  const conflict = (op: PushOp, i: number, server: ServerRecord): PushResult => {
    const revision = ++plan.revision;
    const id = newId();
    store(op, 'conflict', null, revision, id);
    plan.conflicts.push({
      id,
      entity: op.entity,
      entityId: op.entityId,
      opId: op.opId,
      ownerId: server.ownerId,
      officeId: server.officeId,
      baseVersion: op.baseVersion,
      serverVersion: server.version,
      theirs: bodyOf(i, op),
      ours: JSON.stringify(server.body),
      revision,
    });
    broken.set(keyOf(op), 'conflict');
    return conflictResult(op, revision, id, server);
  };

  const accept = (op: PushOp, i: number, server: ServerRecord | null): PushResult => {
    const revision = ++plan.revision;
    const version = op.baseVersion + 1;
    const key = keyOf(op);
    const body = bodyOf(i, op);
    const sharedWith = sharedWithOf(op.entity, op.record);
    // A create is filed under the caller's office and collegium; an update keeps them (canWrite
    // has checked they are the caller's).
    const filed = {
      ownerId: server?.ownerId ?? p.userId,
      officeId: server ? server.officeId : p.officeId,
      collegiumId: server?.collegiumId ?? p.collegiumId,
    };
    records.set(key, { ...filed, sharedWith, version, revision, body: op.record, fresh: true });
    const earlier = writes.get(key);
    if (earlier) plan.superseded.push(earlier.body);
    writes.set(key, {
      entity: op.entity,
      entityId: op.entityId,
      version,
      body,
      revision,
      sharedWith,
      ...filed,
    });
    store(op, 'accepted', null, revision);
    return { opId: op.opId, outcome: 'accepted', revision, version };
  };

  const apply = (op: PushOp, i: number): PushResult => {
    const stored = seen.get(op.opId);
    if (stored) {
      if (stored.userId !== p.userId) return foreignOpResult(op);
      if (stored.outcome !== 'accepted') broken.set(keyOf(op), stored.outcome);
      const server = needsServerCopy(stored) ? (records.get(keyOf(op)) ?? null) : null;
      return duplicateResult(p, op, stored, server);
    }

    const checked = input.prepared?.checks[i] ?? checkOp(p, op);
    if (!checked.ok) return reject(op, checked.code);

    const server = records.get(keyOf(op)) ?? null;
    const access = canWrite(p, op.entity, server);
    if (!access.ok) return reject(op, access.code);

    const lineage = broken.get(keyOf(op));
    if (lineage === 'conflict' && server) return conflict(op, i, server);
    if (lineage) return reject(op, 'version-gap', server);

    if (!server) return op.baseVersion === 0 ? accept(op, i, null) : reject(op, 'version-gap');
    if (server.version === op.baseVersion) return accept(op, i, server);
    if (server.version > op.baseVersion) return conflict(op, i, server);
    return reject(op, 'version-gap', server);
  };

  input.ops.forEach((op, i) => plan.results.push(apply(op, i)));
  plan.records = [...writes.values()];
  return plan;
}
