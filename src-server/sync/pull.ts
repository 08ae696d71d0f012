/**
 * Changes since a revision (docs/sync.md, "Protocol"): the current version of every record the
 * caller may read whose revision is above `since`, and the conflicts that involve the caller
 * (owner, or for a head the office), merged in revision order, one page of at most `limit`.
 *
 * Every accepted op and every conflict takes its own revision, so a page boundary never splits
 * a revision and `since = revision of the last item` resumes exactly. Records and conflicts are
 * read by ONE statement (UNION ALL), so both come from the same snapshot: on PostgreSQL a push
 * committing between two statements could otherwise hand out a conflict above a record revision
 * the page did not see, and the client would step over that record for good.
 *
 * Access is part of the SQL (access.ts `readScope`, `canRead` is its one-record twin): for an
 * advocate, the office's records they own or that are shared with the whole office or with them
 * (`shared_with`, migration 004: the roster, the schedules, a hand-over to them) and only their
 * own conflicts — a conflict is never shared, it involves the people who wrote; the office for
 * a head; nothing for collegium staff.
 *
 * Aid marks (access.ts `markScope`, Rules cl. 42) are the third branch of the same statement:
 * for an advocate, the office colleagues' consultations and granted eligibility checks,
 * projected in SQL to their plain index fields — the body never leaves the database for them.
 * A mark takes the revision of its record, and a record is either the caller's (a change) or a
 * colleague's (a mark), never both, so the rule above still holds: every revision of the page
 * is one item, and `since` resumes exactly. That needs the marked kinds (access.ts
 * `markedEntities`) to be own-register, never shared: the branch filters on them by name, so a
 * roster, a schedule or a hand-over never becomes a mark.
 */
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  type AidMark,
  type EchoRange,
  type PulledChange,
  type PulledConflict,
  type PullResponse,
} from '../../src-shared/contracts/sync/protocol';
import { markScope, readScope, SHARED_WITH_OFFICE } from './access';

interface Row {
  kind: 'r' | 'c' | 'm';
  revision: number | string;
  entity: string;
  entity_id: string;
  version: number;
  owner_id: string;
  body: Record<string, unknown> | string;
  ours: Record<string, unknown> | string | null;
  id: string | null;
  op_id: string | null;
  base_version: number | null;
  created_at: Date | string | null;
  resolved_at: Date | string | null;
  // marks only (projected from the body in SQL):
  owner_name: string | null;
  iin_key: string | null;
  issue_area_id: string | null;
  mark_date: string | null;
  mark_status: string | null;
  service: string | null;
}

/** The NULL columns of a change or conflict row where a mark has its projection. */
const NO_MARK = `NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text`;

/**
 * The mark branch: colleagues' records of the office (owner ≠ caller), consultations of any
 * status (a correction to 'refused' must replace an earlier 'given' mark) and eligibility
 * checks that granted aid (a check is recorded once and never corrected, so its mark cannot go
 * stale). A row without a lookup key could match nobody and is left out. The body is read
 * field by field here and nowhere else.
 *
 * The fields are taken out of the body by ONE `jsonb_to_record` per row, not one `->>` each: a
 * consultation's body is ~2 KB, so PostgreSQL stores most of them compressed, and every `->>`
 * decompressed the whole body again — seven times per mark (bench/load: a day-end pull's mark
 * branch went from ~2 to ~1 ms). A text column of `jsonb_to_record` is exactly what `->>` gives:
 * a string unquoted, any other value as its JSON text, a JSON null or a missing key as NULL.
 * The owner's name is looked up per mark by primary key: a join let the planner hash the whole
 * `users` table on every pull once an office's day grew past ~100 marks.
 */
const markBranch = (caller: string, office: string, limit: string) =>
  `(SELECT 'm', r.revision, r.entity, r.entity_id, r.version, r.owner_id, NULL::jsonb,
           NULL::jsonb, NULL::text, NULL::text, NULL::integer, NULL::timestamptz,
           NULL::timestamptz,
           (SELECT u.full_name FROM users u WHERE u.id = r.owner_id),
           b."iinKey",
           COALESCE(b."issueAreaId", ''),
           COALESCE(b.date, ''),
           COALESCE(CASE r.entity WHEN 'consultation' THEN b.status ELSE b.outcome END, ''),
           CASE r.entity WHEN 'consultation' THEN 'consultation'
                         ELSE COALESCE(b.service, '') END
      FROM records r
           CROSS JOIN LATERAL jsonb_to_record(r.body)
             AS b("iinKey" text, "issueAreaId" text, date text, status text, outcome text,
                  service text)
     WHERE r.revision > $1 AND r.office_id = ${office} AND r.owner_id <> ${caller}
       AND r.entity IN ('consultation', 'eligibilityCheck')
       AND (r.entity = 'consultation'
            OR (r.entity = 'eligibilityCheck' AND b.outcome = 'eligible'))
       AND COALESCE(b."iinKey", '') <> ''
     ORDER BY r.revision LIMIT ${limit})`;

const json = (v: Record<string, unknown> | string): Record<string, unknown> =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : v;
const iso = (v: Date | string): string => new Date(v).toISOString();

/**
 * The caller's echo ranges above `since`, as a PostgreSQL multirange literal (PostgreSQL 14+:
 * both PGlite and the Debian server have it). Each bound is a validated integer, so the literal
 * carries nothing but digits.
 */
function echoMultirange(echoes: readonly EchoRange[], since: number): string | null {
  const live = echoes.filter(([, hi]) => hi > since);
  if (live.length === 0) return null;
  return `{${live.map(([lo, hi]) => `[${Math.trunc(lo)},${Math.trunc(hi)}]`).join(',')}}`;
}

export async function pull(
  db: Queryable,
  principal: Principal,
  since: number,
  limit = DEFAULT_PULL_LIMIT,
  echoes: readonly EchoRange[] = [],
): Promise<PullResponse> {
  const scope = readScope(principal);
  const marks = markScope(principal);
  const pageSize = Math.max(1, Math.min(MAX_PULL_LIMIT, Math.trunc(limit)));
  if (scope.kind === 'none') {
    return { ok: true, changes: [], conflicts: [], marks: [], revision: since, more: false };
  }

  const params: unknown[] = [since];
  const param = (v: unknown) => `$${params.push(v)}`;
  let recordsWhere: string;
  let conflictsWhere: string;
  if (scope.kind === 'member') {
    const me = param(scope.userId);
    const office = param(scope.officeId);
    const everyone = param(SHARED_WITH_OFFICE);
    recordsWhere = `office_id = ${office}
                    AND (owner_id = ${me} OR shared_with = ${everyone} OR shared_with = ${me})`;
    conflictsWhere = `owner_id = ${me} AND office_id = ${office}`;
  } else {
    recordsWhere = conflictsWhere = `office_id = ${param(scope.officeId)}`;
  }
  // Echoes (the caller's own accepted writes, still current) are left out of the records
  // branch only: marks are colleagues' records and conflicts take revisions of their own.
  const echoSet = echoMultirange(echoes, since);
  if (echoSet) recordsWhere += ` AND NOT (${param(echoSet)}::int8multirange @> revision::int8)`;
  const limitParam = param(pageSize + 1);
  const markSql =
    marks.kind === 'peers'
      ? `UNION ALL ${markBranch(param(marks.userId), param(marks.officeId), limitParam)}`
      : '';

  const { rows } = await db.query<Row>(
    `(SELECT 'r' AS kind, revision, entity, entity_id, version, owner_id, body,
             NULL::jsonb AS ours, NULL::text AS id, NULL::text AS op_id,
             NULL::integer AS base_version, NULL::timestamptz AS created_at,
             NULL::timestamptz AS resolved_at,
             NULL::text AS owner_name, NULL::text AS iin_key, NULL::text AS issue_area_id,
             NULL::text AS mark_date, NULL::text AS mark_status, NULL::text AS service
        FROM records WHERE revision > $1 AND ${recordsWhere}
       ORDER BY revision LIMIT ${limitParam})
     UNION ALL
     (SELECT 'c', revision, entity, entity_id, server_version, owner_id, theirs,
             ours, id, op_id, base_version, created_at, resolved_at, ${NO_MARK}
        FROM conflicts WHERE revision > $1 AND ${conflictsWhere}
       ORDER BY revision LIMIT ${limitParam})
     ${markSql}
     ORDER BY revision
     LIMIT ${limitParam}`,
    params,
  );

  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const changes: PulledChange[] = [];
  const conflicts: PulledConflict[] = [];
  const aidMarks: AidMark[] = [];
  for (const r of page) {
    if (r.kind === 'm') {
      aidMarks.push(markOf(r));
    } else if (r.kind === 'r') {
      changes.push({
        entity: r.entity,
        entityId: r.entity_id,
        version: Number(r.version),
        ownerId: r.owner_id,
        revision: Number(r.revision),
        record: json(r.body),
      });
    } else {
      conflicts.push({
        id: r.id!,
        entity: r.entity,
        entityId: r.entity_id,
        opId: r.op_id!,
        ownerId: r.owner_id,
        baseVersion: Number(r.base_version),
        serverVersion: Number(r.version),
        theirs: json(r.body),
        ours: json(r.ours!),
        revision: Number(r.revision),
        createdAt: iso(r.created_at!),
        resolvedAt: r.resolved_at ? iso(r.resolved_at) : null,
      });
    }
  }
  const last = page.at(-1);
  let revision = last ? Number(last.revision) : since;
  // The last page covers the echoes too: every revision up to an echo's end was either sent
  // or is the caller's echo. An echo's end came from a push answer, so it is committed, and so
  // is every revision below it (revisions are taken under the server_state row lock, in commit
  // order). A full page stops at its last item: the echoes beyond it are covered next time.
  if (!more) for (const [, hi] of echoes) if (hi > revision) revision = hi;
  return { ok: true, changes, conflicts, marks: aidMarks, revision, more };
}

/** Exactly the projection, key by key: nothing of the body can slip into a mark. */
function markOf(r: Row): AidMark {
  return {
    entity: r.entity,
    entityId: r.entity_id,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    iinKey: r.iin_key ?? '',
    issueAreaId: r.issue_area_id ?? '',
    date: r.mark_date ?? '',
    status: r.mark_status ?? '',
    service: r.service ?? '',
    version: Number(r.version),
    revision: Number(r.revision),
  };
}
