/**
 * The batch path's writes (push.ts): the `BatchPlan`s (push-decide.ts) of a group of pushes —
 * one request, or several callers' requests decided one after another under one lock — in a
 * fixed number of statements, whatever the number of ops or requests: at most five — the cast
 * check of overwritten bodies (only when a record took two accepted ops), the `records` upsert,
 * the `ops` insert, the `conflicts` insert (only when there are conflicts) and the revision.
 *
 * Each multi-row statement passes one array per column and `unnest`s them — the records, whose
 * bodies are most of the bytes, one JSON array (`recordsJson`) — so a statement has a fixed
 * number of parameters (at most 12, far below PostgreSQL's 65 535, for any number of rows) and
 * needs no chunking; the request body limit (8 MB) and the group's cap (push.ts) bound their
 * size. JSON is parsed by PostgreSQL's jsonb parser, as the per-op path's `::jsonb` does, so it
 * refuses exactly the same values (data exceptions, push.ts's fallback).
 *
 * Order: `ops` before `conflicts` (conflicts.op_id references it).
 */
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { BatchPlan, OpRow, RecordWrite } from './push-decide';
import { recordKey } from './push-results';

/** One request of a group: who sent it, what was decided, when it arrived. */
export interface PlannedPush {
  principal: Principal;
  plan: BatchPlan;
  now: Date;
}

/**
 * The rows of the `records` upsert as one JSON array, each body embedded as the JSON text it
 * already is. Bodies are most of a push's bytes: as a text[] parameter each would be escaped
 * character by character into an array literal (pg), then cast one by one; here PostgreSQL
 * parses the array once, with the same jsonb parser, so it refuses exactly the same values
 * (`\u0000`: a data exception, push.ts's fallback).
 */
export function recordsJson(rows: readonly (RecordWrite & { now: Date })[]): string {
  const s = JSON.stringify;
  return `[${rows
    .map(
      (w) =>
        `{"entity":${s(w.entity)},"entity_id":${s(w.entityId)},"version":${w.version},` +
        `"body":${w.body},"revision":${w.revision},"shared_with":${s(w.sharedWith)},` +
        `"owner_id":${s(w.ownerId)},"office_id":${s(w.officeId)},` +
        `"collegium_id":${s(w.collegiumId)},"updated_at":${s(w.now.toISOString())}}`,
    )
    .join(',')}]`;
}

/** One request alone (a group of one). */
export function writeBatch(
  tx: Queryable,
  p: Principal,
  plan: BatchPlan,
  lockedRevision: number,
  now: Date,
): Promise<void> {
  return writeGroup(tx, [{ principal: p, plan, now }], lockedRevision);
}

export async function writeGroup(
  tx: Queryable,
  pushes: readonly PlannedPush[],
  lockedRevision: number,
): Promise<void> {
  // A record written by several requests of the group is upserted once, in its last state (an
  // upsert may not touch a row twice); the earlier bodies are cast like any superseded one.
  const superseded = pushes.flatMap((x) => x.plan.superseded);
  const records = new Map<string, RecordWrite & { now: Date }>();
  const ops: (OpRow & { deviceId: string; userId: string; now: Date })[] = [];
  const conflicts = pushes.flatMap((x) => x.plan.conflicts.map((c) => ({ ...c, now: x.now })));
  for (const { principal: p, plan, now } of pushes) {
    for (const w of plan.records) {
      const key = recordKey(w.entity, w.entityId);
      const earlier = records.get(key);
      if (earlier) superseded.push(earlier.body);
      records.set(key, { ...w, now });
    }
    for (const o of plan.ops) ops.push({ ...o, deviceId: p.deviceId, userId: p.userId, now });
  }
  const revision = pushes.at(-1)?.plan.revision ?? lockedRevision;

  if (superseded.length > 0) {
    // Nothing is kept of these; the aggregate makes PostgreSQL cast every one of them.
    await tx.query('SELECT count(jsonb_typeof(body::jsonb)) FROM unnest($1::text[]) AS t(body)', [
      superseded,
    ]);
  }

  if (records.size > 0) {
    // A create is filed under its caller (canWrite let only the caller's records through); an
    // update keeps the row's owner, office and collegium. `shared_with` is each version's own
    // (a re-assigned hand-over moves to its new assignee).
    await tx.query(
      `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                            revision, updated_at, shared_with)
       SELECT t.entity, t.entity_id, t.version, t.owner_id, t.office_id, t.collegium_id,
              t.body, t.revision, t.updated_at, t.shared_with
         FROM jsonb_to_recordset($1::jsonb)
              AS t(entity text, entity_id text, version int, body jsonb, revision bigint,
                   shared_with text, owner_id text, office_id text, collegium_id text,
                   updated_at timestamptz)
       ON CONFLICT (entity, entity_id) DO UPDATE
         SET version = EXCLUDED.version, body = EXCLUDED.body, revision = EXCLUDED.revision,
             updated_at = EXCLUDED.updated_at, shared_with = EXCLUDED.shared_with`,
      [recordsJson([...records.values()])],
    );
  }

  if (ops.length > 0) {
    const o = ops;
    await tx.query(
      `INSERT INTO ops (op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                        revision, received_at)
       SELECT t.op_id, t.device_id, t.user_id, t.entity, t.entity_id, t.base_version, t.outcome,
              t.code, t.revision, t.received_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[],
                     $7::bigint[], $8::text[], $9::text[], $10::timestamptz[])
              AS t(op_id, entity, entity_id, base_version, outcome, code, revision, device_id,
                   user_id, received_at)`,
      [
        o.map((x) => x.opId),
        o.map((x) => x.entity),
        o.map((x) => x.entityId),
        o.map((x) => x.baseVersion),
        o.map((x) => x.outcome),
        o.map((x) => x.code),
        o.map((x) => x.revision),
        o.map((x) => x.deviceId),
        o.map((x) => x.userId),
        o.map((x) => x.now),
      ],
    );
  }

  if (conflicts.length > 0) {
    const c = conflicts;
    await tx.query(
      `INSERT INTO conflicts (id, entity, entity_id, op_id, owner_id, office_id, base_version,
                              server_version, theirs, ours, revision, created_at)
       SELECT t.id, t.entity, t.entity_id, t.op_id, t.owner_id, t.office_id, t.base_version,
              t.server_version, t.theirs::jsonb, t.ours::jsonb, t.revision, t.created_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                     $7::int[], $8::int[], $9::text[], $10::text[], $11::bigint[],
                     $12::timestamptz[])
              AS t(id, entity, entity_id, op_id, owner_id, office_id, base_version,
                   server_version, theirs, ours, revision, created_at)`,
      [
        c.map((x) => x.id),
        c.map((x) => x.entity),
        c.map((x) => x.entityId),
        c.map((x) => x.opId),
        c.map((x) => x.ownerId),
        c.map((x) => x.officeId),
        c.map((x) => x.baseVersion),
        c.map((x) => x.serverVersion),
        c.map((x) => x.theirs),
        c.map((x) => x.ours),
        c.map((x) => x.revision),
        c.map((x) => x.now),
      ],
    );
  }

  if (revision !== lockedRevision) {
    await tx.query('UPDATE server_state SET revision = $1 WHERE id = 1', [revision]);
  }
}
