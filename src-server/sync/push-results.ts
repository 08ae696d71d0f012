/**
 * What both push paths share (push.ts): the shapes of a stored op and a server record, and the
 * pure builders of the per-op answers. The batch path (push-decide.ts) and the per-op fallback
 * (push-per-op.ts) answer through these same functions, so they cannot drift apart in wording.
 */
import type { Principal } from '../auth/principal';
import type {
  PushOp,
  PushResult,
  ServerCopy,
  StoredOutcome,
} from '../../src-shared/contracts/sync/protocol';
import {
  conflictReason,
  rejectionReasons,
  type RejectionCode,
} from '../../src-shared/contracts/sync/rejections';
import { canWrite, type RecordOwnership } from './access';

/** A row of `ops` (joined with its conflict's id), as a duplicate is answered from it. */
export interface StoredOp {
  userId: string;
  baseVersion: number;
  outcome: StoredOutcome;
  code: string | null;
  revision: number | null;
  conflictId: string | null;
}

/** The server's current copy of a record. */
export interface ServerRecord extends RecordOwnership {
  version: number;
  revision: number;
  body: Record<string, unknown>;
  /**
   * Set when the body is an op's record accepted earlier in the same request and so not yet
   * read back from `jsonb`: `copyOf` then answers it as `jsonb` would have returned it (see
   * `asStoredJson`).
   */
  fresh?: true;
}

/** One map key per record (NUL cannot occur in the envelope's entity or id). */
export const recordKey = (entity: string, entityId: string): string => `${entity}\u0000${entityId}`;
export const keyOf = (op: PushOp): string => recordKey(op.entity, op.entityId);

/**
 * Object keys in `jsonb`'s own order — shorter UTF-8 first, then bytewise — at every depth, and
 * values as JSON text carries them (`undefined` dropped, …). The per-op path answers a record it
 * read back from `jsonb`; the batch path answers a record accepted moments before in memory.
 * Normalising that one keeps the two answers identical to the byte.
 */
export function asStoredJson(body: Record<string, unknown>): Record<string, unknown> {
  return reorder(JSON.parse(JSON.stringify(body))) as Record<string, unknown>;
}

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => [k, Buffer.from(k, 'utf8'), reorder(v)] as const,
  );
  entries.sort(([, a], [, b]) => a.length - b.length || Buffer.compare(a, b));
  // fromEntries defines own properties: a "__proto__" key stays data, as JSON.parse keeps it.
  return Object.fromEntries(entries.map(([k, , v]) => [k, v]));
}

export const copyOf = (r: ServerRecord): ServerCopy => ({
  version: r.version,
  revision: r.revision,
  record: r.fresh ? asStoredJson(r.body) : r.body,
});

export function rejectResult(
  op: PushOp,
  code: RejectionCode,
  server?: ServerRecord | null,
): PushResult {
  const result: PushResult = {
    opId: op.opId,
    outcome: 'rejected',
    code,
    reason: rejectionReasons[code],
  };
  if (server) result.server = copyOf(server);
  return result;
}

/** Another user's opId: answer nothing about it, store nothing (the key is taken). */
export const foreignOpResult = (op: PushOp): PushResult => ({
  opId: op.opId,
  outcome: 'rejected',
  code: 'forbidden',
  reason: rejectionReasons.forbidden,
});

export const conflictResult = (
  op: PushOp,
  revision: number,
  conflictId: string,
  server: ServerRecord,
): PushResult => ({
  opId: op.opId,
  outcome: 'conflict',
  revision,
  conflictId,
  reason: conflictReason,
  server: copyOf(server),
});

/**
 * A duplicate resends the server's copy when the first answer carried one (conflict,
 * version-gap): the client may never have seen that answer.
 */
export const needsServerCopy = (stored: StoredOp): boolean =>
  stored.outcome === 'conflict' || stored.code === 'version-gap';

/**
 * The answer to an op already stored (by this user): the first delivery's outcome, revision and
 * code. `server` is the record as it is now (only looked at when `needsServerCopy`); it is sent
 * only if the caller may write (and so read) it.
 */
export function duplicateResult(
  p: Principal,
  op: PushOp,
  stored: StoredOp,
  server: ServerRecord | null,
): PushResult {
  const result: PushResult = { opId: op.opId, outcome: 'duplicate', original: stored.outcome };
  if (stored.revision !== null) result.revision = stored.revision;
  if (stored.outcome === 'accepted') result.version = stored.baseVersion + 1;
  if (stored.outcome === 'conflict') {
    result.reason = conflictReason;
    if (stored.conflictId) result.conflictId = stored.conflictId;
  }
  if (stored.outcome === 'rejected' && stored.code) {
    const code = stored.code as RejectionCode;
    result.code = code;
    if (rejectionReasons[code]) result.reason = rejectionReasons[code];
  }
  if (needsServerCopy(stored) && server && canWrite(p, op.entity, server).ok)
    result.server = copyOf(server);
  return result;
}

/** PostgreSQL refused a value itself (SQLSTATE class 22, data exception). */
export function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}
