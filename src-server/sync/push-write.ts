/**
 * The batch path's writes (push.ts): the `BatchPlan`s (push-decide.ts) of a group of pushes —
 * one request, or several callers' requests decided one after another, under the lock or on
 * one snapshot (push-unlocked.ts) — in ONE statement, whatever the number of ops or requests:
 * the cast check of overwritten bodies, the `records` upsert, the `ops` and `conflicts` inserts
 * and the revision, as data-modifying CTEs. Every round trip of a group is time every other
 * push waits for.
 *
 * The rows of each table travel as one JSON array (`jsonb_to_recordset`), bodies embedded as
 * the JSON text they already are: five parameters for any number of rows, no chunking (the
 * request body limit, 8 MB, and the group's cap in push.ts bound their size), and no escaping
 * into array literals (the bodies are most of a push's bytes). They are parsed by PostgreSQL's
 * jsonb parser, as the per-op path's `::jsonb` casts are, so exactly the same values are refused
 * (`\u0000`: a data exception, push.ts's fallback). `conflicts.op_id` references `ops`: the
 * foreign key is checked at the end of the statement, when the CTE's ops rows are there.
 */
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { BatchPlan, ConflictRow, OpRow, RecordWrite } from './push-decide';
import { recordKey } from './push-results';

/** One request of a group: who sent it, what was decided, when it arrived. */
export interface PlannedPush {
  principal: Principal;
  plan: BatchPlan;
  now: Date;
}

const s = JSON.stringify;
const array = <T>(rows: readonly T[], row: (x: T) => string) => `[${rows.map(row).join(',')}]`;

type Stamped<T> = T & { now: Date };

const recordRow = (w: Stamped<RecordWrite>) =>
  `{"entity":${s(w.entity)},"entity_id":${s(w.entityId)},"version":${w.version},` +
  `"body":${w.body},"revision":${w.revision},"shared_with":${s(w.sharedWith)},` +
  `"owner_id":${s(w.ownerId)},"office_id":${s(w.officeId)},` +
  `"collegium_id":${s(w.collegiumId)},"updated_at":${s(w.now.toISOString())}}`;

const opRow = (o: Stamped<OpRow & { deviceId: string; userId: string }>) =>
  `{"op_id":${s(o.opId)},"device_id":${s(o.deviceId)},"user_id":${s(o.userId)},` +
  `"entity":${s(o.entity)},"entity_id":${s(o.entityId)},"base_version":${o.baseVersion},` +
  `"outcome":${s(o.outcome)},"code":${s(o.code)},"revision":${s(o.revision)},` +
  `"received_at":${s(o.now.toISOString())}}`;

const conflictRow = (c: Stamped<ConflictRow>) =>
  `{"id":${s(c.id)},"entity":${s(c.entity)},"entity_id":${s(c.entityId)},` +
  `"op_id":${s(c.opId)},"owner_id":${s(c.ownerId)},"office_id":${s(c.officeId)},` +
  `"base_version":${c.baseVersion},"server_version":${c.serverVersion},` +
  `"theirs":${c.theirs},"ours":${c.ours},"revision":${c.revision},` +
  `"created_at":${s(c.now.toISOString())}}`;

/**
 * The inserts, each reading its rows `FROM ${gate}`: the locked statement's gate is a one-row
 * VALUES (always written); the unlocked one's is the revision's UPDATE (written only if it
 * matched — see `writeGroupIfUnchanged`). A data-modifying CTE runs once, to completion, before
 * anything reading its RETURNING rows gets one: no row is inserted before the gate is decided.
 */
const inserts = (gate: string) => `
  superseded AS (SELECT jsonb_array_length($1::jsonb) AS n),
  r AS (
    INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                         revision, updated_at, shared_with)
    SELECT t.entity, t.entity_id, t.version, t.owner_id, t.office_id, t.collegium_id, t.body,
           t.revision, t.updated_at, t.shared_with
      FROM ${gate},
           jsonb_to_recordset($2::jsonb)
           AS t(entity text, entity_id text, version int, body jsonb, revision bigint,
                shared_with text, owner_id text, office_id text, collegium_id text,
                updated_at timestamptz)
    ON CONFLICT (entity, entity_id) DO UPDATE
      SET version = EXCLUDED.version, body = EXCLUDED.body, revision = EXCLUDED.revision,
          updated_at = EXCLUDED.updated_at, shared_with = EXCLUDED.shared_with
    RETURNING 1),
  o AS (
    INSERT INTO ops (op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                     revision, received_at)
    SELECT t.op_id, t.device_id, t.user_id, t.entity, t.entity_id, t.base_version, t.outcome,
           t.code, t.revision, t.received_at
      FROM ${gate},
           jsonb_to_recordset($3::jsonb)
           AS t(op_id text, device_id text, user_id text, entity text, entity_id text,
                base_version int, outcome text, code text, revision bigint,
                received_at timestamptz)
    RETURNING 1),
  c AS (
    INSERT INTO conflicts (id, entity, entity_id, op_id, owner_id, office_id, base_version,
                           server_version, theirs, ours, revision, created_at)
    SELECT t.id, t.entity, t.entity_id, t.op_id, t.owner_id, t.office_id, t.base_version,
           t.server_version, t.theirs, t.ours, t.revision, t.created_at
      FROM ${gate},
           jsonb_to_recordset($4::jsonb)
           AS t(id text, entity text, entity_id text, op_id text, owner_id text, office_id text,
                base_version int, server_version int, theirs jsonb, ours jsonb, revision bigint,
                created_at timestamptz)
    RETURNING 1)`;

/** Under the lock (push.ts, the locked path): everything is written. */
const WRITE = `
WITH g AS (SELECT 1),
  ${inserts('g')},
  v AS (UPDATE server_state SET revision = $5 WHERE id = 1 AND revision <> $5 RETURNING 1)
SELECT (SELECT n FROM superseded) AS superseded`;

/**
 * Without a lock held (push.ts, the unlocked path): the revision moves from $6 to $5 only if it
 * is still $6, and the rows are written only if it moved. The UPDATE takes the row lock (held
 * to the end of the statement, its commit), so revisions still follow commit order; if another
 * writer got there first — every writer of records, ops' revisions and conflicts moves the
 * revision under that lock — the UPDATE matches nothing (PostgreSQL re-checks a row changed
 * while it waited) and nothing is written.
 */
const WRITE_IF_UNCHANGED = `
WITH v AS (UPDATE server_state SET revision = $5 WHERE id = 1 AND revision = $6 RETURNING 1),
  ${inserts('v')}
SELECT (SELECT n FROM superseded) AS superseded, (SELECT count(*) FROM v) AS applied`;

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

/** The parameters of a group's write (both statements' $1 … $5). */
function writeParams(pushes: readonly PlannedPush[], lockedRevision: number): unknown[] | null {
  // A record written by several requests of the group is upserted once, in its last state (an
  // upsert may not touch a row twice); the earlier bodies are checked like any superseded one:
  // nothing is kept of them, but the per-op path cast each to jsonb.
  const superseded = pushes.flatMap((x) => x.plan.superseded);
  const records = new Map<string, Stamped<RecordWrite>>();
  const ops: Stamped<OpRow & { deviceId: string; userId: string }>[] = [];
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
  if (!superseded.length && !records.size && !ops.length && revision === lockedRevision) {
    return null;
  }
  return [
    `[${superseded.join(',')}]`,
    array([...records.values()], recordRow),
    array(ops, opRow),
    array(conflicts, conflictRow),
    revision,
  ];
}

/** Under the lock taken at `lockedRevision`: the group's rows and the new revision. */
export async function writeGroup(
  tx: Queryable,
  pushes: readonly PlannedPush[],
  lockedRevision: number,
): Promise<void> {
  const params = writeParams(pushes, lockedRevision);
  if (params) await tx.query(WRITE, params);
}

/**
 * The same write without a lock held, decided on a snapshot whose revision was `readRevision`:
 * true when it is written (or there was nothing to write: the answers came from a consistent
 * snapshot), false when the revision had moved and nothing was written. One statement, in a
 * transaction of its own (no BEGIN, no COMMIT: one round trip).
 */
export async function writeGroupIfUnchanged(
  q: Queryable,
  pushes: readonly PlannedPush[],
  readRevision: number,
): Promise<boolean> {
  const params = writeParams(pushes, readRevision);
  if (!params) return true;
  const { rows } = await q.query<{ applied: number | string }>(WRITE_IF_UNCHANGED, [
    ...params,
    readRevision,
  ]);
  return Number(rows[0]!.applied) === 1;
}
