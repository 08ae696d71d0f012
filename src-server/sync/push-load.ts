/**
 * Reads of a push (push.ts): the stored ops and the server records a request needs, for the
 * batch path in one statement each, and one at a time for the per-op fallback.
 */
import type { Queryable } from '../db/db';
import type { StoredOutcome } from '../../src-shared/contracts/sync/protocol';
import { recordKey, type ServerRecord, type StoredOp } from './push-results';

interface StoredOpRow {
  op_id: string;
  user_id: string;
  base_version: number;
  outcome: StoredOutcome;
  code: string | null;
  revision: number | string | null;
  conflict_id: string | null;
}

interface RecordRow {
  entity: string;
  entity_id: string;
  version: number;
  owner_id: string;
  office_id: string | null;
  collegium_id: string;
  shared_with: string | null;
  body: Record<string, unknown> | string;
  revision: number | string;
}

/** pg returns bigint as a string, PGlite as a number; jsonb is parsed by both (string if not). */
const json = (v: Record<string, unknown> | string): Record<string, unknown> =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : v;

const toStoredOp = (r: StoredOpRow): StoredOp => ({
  userId: r.user_id,
  baseVersion: Number(r.base_version),
  outcome: r.outcome,
  code: r.code,
  revision: r.revision === null ? null : Number(r.revision),
  conflictId: r.conflict_id,
});

const toServerRecord = (r: RecordRow): ServerRecord => ({
  version: Number(r.version),
  ownerId: r.owner_id,
  officeId: r.office_id,
  collegiumId: r.collegium_id,
  sharedWith: r.shared_with,
  body: json(r.body),
  revision: Number(r.revision),
});

const STORED_OPS = `SELECT o.op_id, o.user_id, o.base_version, o.outcome, o.code, o.revision,
                           c.id AS conflict_id
                      FROM ops o LEFT JOIN conflicts c ON c.op_id = o.op_id`;

const RECORDS = `SELECT r.entity, r.entity_id, r.version, r.owner_id, r.office_id, r.collegium_id,
                        r.shared_with, r.body, r.revision
                   FROM records r`;

/** The stored ops among `opIds`, by opId: one statement (conflicts.op_id is indexed, 003). */
export async function loadStoredOps(
  tx: Queryable,
  opIds: readonly string[],
): Promise<Map<string, StoredOp>> {
  const found = new Map<string, StoredOp>();
  if (opIds.length === 0) return found;
  const { rows } = await tx.query<StoredOpRow>(`${STORED_OPS} WHERE o.op_id = ANY($1::text[])`, [
    opIds,
  ]);
  for (const r of rows) found.set(r.op_id, toStoredOp(r));
  return found;
}

/** The server records among (entity, entityId) `pairs`, by `recordKey`: one statement. */
export async function loadRecords(
  tx: Queryable,
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, ServerRecord>> {
  const found = new Map<string, ServerRecord>();
  if (pairs.length === 0) return found;
  const { rows } = await tx.query<RecordRow>(
    `${RECORDS}
       JOIN unnest($1::text[], $2::text[]) AS k(entity, entity_id)
         ON r.entity = k.entity AND r.entity_id = k.entity_id`,
    [pairs.map(([e]) => e), pairs.map(([, id]) => id)],
  );
  for (const r of rows) found.set(recordKey(r.entity, r.entity_id), toServerRecord(r));
  return found;
}

/** One stored op (the per-op path). */
export async function loadStoredOp(tx: Queryable, opId: string): Promise<StoredOp | null> {
  const { rows } = await tx.query<StoredOpRow>(`${STORED_OPS} WHERE o.op_id = $1`, [opId]);
  return rows[0] ? toStoredOp(rows[0]) : null;
}

/** One server record (the per-op path). */
export async function loadRecord(
  tx: Queryable,
  entity: string,
  entityId: string,
): Promise<ServerRecord | null> {
  const { rows } = await tx.query<RecordRow>(
    `${RECORDS} WHERE r.entity = $1 AND r.entity_id = $2`,
    [entity, entityId],
  );
  return rows[0] ? toServerRecord(rows[0]) : null;
}
