/**
 * The batch path's writes (push.ts): a `BatchPlan` (push-decide.ts) in a fixed number of
 * statements, whatever the number of ops — at most five: the cast check of overwritten bodies
 * (only when a record took two accepted ops), the `records` upsert, the `ops` insert, the
 * `conflicts` insert (only when there are conflicts) and the revision.
 *
 * Each multi-row statement passes one array per column and `unnest`s them, so a statement has a
 * fixed number of parameters (at most 12, far below PostgreSQL's 65 535, for any number of rows)
 * and needs no chunking; the request body limit (8 MB) bounds the arrays' size. JSON travels as
 * text and is cast to jsonb in SQL (`body::jsonb`), as the per-op path does, so PostgreSQL
 * refuses exactly the same values (data exceptions, push.ts's fallback).
 *
 * Order: `ops` before `conflicts` (conflicts.op_id references it).
 */
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { BatchPlan } from './push-decide';

export async function writeBatch(
  tx: Queryable,
  p: Principal,
  plan: BatchPlan,
  lockedRevision: number,
  now: Date,
): Promise<void> {
  if (plan.superseded.length > 0) {
    // Nothing is kept of these; the aggregate makes PostgreSQL cast every one of them.
    await tx.query('SELECT count(jsonb_typeof(body::jsonb)) FROM unnest($1::text[]) AS t(body)', [
      plan.superseded,
    ]);
  }

  if (plan.records.length > 0) {
    const r = plan.records;
    // A create is filed under the caller (canWrite let only the caller's records through); an
    // update keeps the row's owner, office and collegium. `shared_with` is each version's own
    // (a re-assigned hand-over moves to its new assignee); NULL travels in a text[] as is.
    await tx.query(
      `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                            revision, updated_at, shared_with)
       SELECT t.entity, t.entity_id, t.version, $6::text, $7::text, $8::text, t.body::jsonb,
              t.revision, $9::timestamptz, t.shared_with
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::bigint[], $10::text[])
              AS t(entity, entity_id, version, body, revision, shared_with)
       ON CONFLICT (entity, entity_id) DO UPDATE
         SET version = EXCLUDED.version, body = EXCLUDED.body, revision = EXCLUDED.revision,
             updated_at = EXCLUDED.updated_at, shared_with = EXCLUDED.shared_with`,
      [
        r.map((w) => w.entity),
        r.map((w) => w.entityId),
        r.map((w) => w.version),
        r.map((w) => w.body),
        r.map((w) => w.revision),
        p.userId,
        p.officeId,
        p.collegiumId,
        now,
        r.map((w) => w.sharedWith),
      ],
    );
  }

  if (plan.ops.length > 0) {
    const o = plan.ops;
    await tx.query(
      `INSERT INTO ops (op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                        revision, received_at)
       SELECT t.op_id, $8::text, $9::text, t.entity, t.entity_id, t.base_version, t.outcome,
              t.code, t.revision, $10::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[],
                     $7::bigint[])
              AS t(op_id, entity, entity_id, base_version, outcome, code, revision)`,
      [
        o.map((x) => x.opId),
        o.map((x) => x.entity),
        o.map((x) => x.entityId),
        o.map((x) => x.baseVersion),
        o.map((x) => x.outcome),
        o.map((x) => x.code),
        o.map((x) => x.revision),
        p.deviceId,
        p.userId,
        now,
      ],
    );
  }

  if (plan.conflicts.length > 0) {
    const c = plan.conflicts;
    await tx.query(
      `INSERT INTO conflicts (id, entity, entity_id, op_id, owner_id, office_id, base_version,
                              server_version, theirs, ours, revision, created_at)
       SELECT t.id, t.entity, t.entity_id, t.op_id, t.owner_id, t.office_id, t.base_version,
              t.server_version, t.theirs::jsonb, t.ours::jsonb, t.revision, $12::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                     $7::int[], $8::int[], $9::text[], $10::text[], $11::bigint[])
              AS t(id, entity, entity_id, op_id, owner_id, office_id, base_version,
                   server_version, theirs, ours, revision)`,
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
        now,
      ],
    );
  }

  if (plan.revision !== lockedRevision) {
    await tx.query('UPDATE server_state SET revision = $1 WHERE id = 1', [plan.revision]);
  }
}
