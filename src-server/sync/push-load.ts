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

/** What a group's decisions read (push.ts, the unlocked path), from one snapshot. */
export interface PushSnapshot {
  /** `server_state.revision` in that snapshot: the write applies only if it is still this. */
  revision: number;
  stored: Map<string, StoredOp>;
  records: Map<string, ServerRecord>;
}

type SnapshotRow = { kind: 'v' | 'o' | 'r' } & StoredOpRow & RecordRow;

/**
 * The revision, the stored ops among `opIds` and the records among `pairs`, in ONE statement,
 * so all three come from the same snapshot, in one round trip. The rows of the three kinds
 * share one column list (UNION ALL), each filling its own columns.
 */
const SNAPSHOT = `
SELECT 'v' AS kind, revision, NULL::text AS op_id, NULL::text AS user_id,
       NULL::integer AS base_version, NULL::text AS outcome, NULL::text AS code,
       NULL::text AS conflict_id, NULL::text AS entity, NULL::text AS entity_id,
       NULL::integer AS version, NULL::text AS owner_id, NULL::text AS office_id,
       NULL::text AS collegium_id, NULL::text AS shared_with, NULL::jsonb AS body
  FROM server_state WHERE id = 1
UNION ALL
SELECT 'o', o.revision, o.op_id, o.user_id, o.base_version, o.outcome, o.code, c.id,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM ops o LEFT JOIN conflicts c ON c.op_id = o.op_id
 WHERE o.op_id = ANY($1::text[])
UNION ALL
SELECT 'r', r.revision, NULL, NULL, NULL, NULL, NULL, NULL, r.entity, r.entity_id, r.version,
       r.owner_id, r.office_id, r.collegium_id, r.shared_with, r.body
  FROM records r
  JOIN unnest($2::text[], $3::text[]) AS k(entity, entity_id)
    ON r.entity = k.entity AND r.entity_id = k.entity_id`;

export async function loadSnapshot(
  q: Queryable,
  opIds: readonly string[],
  pairs: readonly (readonly [string, string])[],
): Promise<PushSnapshot> {
  const { rows } = await q.query<SnapshotRow>(SNAPSHOT, [
    opIds,
    pairs.map(([e]) => e),
    pairs.map(([, id]) => id),
  ]);
  const snap: PushSnapshot = { revision: 0, stored: new Map(), records: new Map() };
  for (const r of rows) {
    if (r.kind === 'v') snap.revision = Number(r.revision);
    else if (r.kind === 'o') snap.stored.set(r.op_id, toStoredOp(r));
    else snap.records.set(recordKey(r.entity, r.entity_id), toServerRecord(r));
  }
  return snap;
}
