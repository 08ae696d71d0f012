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
 * Access is part of the SQL (access.ts `readScope`): owner and office for an advocate, office
 * for a head, nothing for collegium staff.
 */
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  type PulledChange,
  type PulledConflict,
  type PullResponse,
} from '../../src-shared/contracts/sync/protocol';
import { readScope } from './access';

interface Row {
  kind: 'r' | 'c';
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
}

const json = (v: Record<string, unknown> | string): Record<string, unknown> =>
  typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : v;
const iso = (v: Date | string): string => new Date(v).toISOString();

export async function pull(
  db: Queryable,
  principal: Principal,
  since: number,
  limit = DEFAULT_PULL_LIMIT,
): Promise<PullResponse> {
  const scope = readScope(principal);
  const pageSize = Math.max(1, Math.min(MAX_PULL_LIMIT, Math.trunc(limit)));
  if (scope.kind === 'none') {
    return { ok: true, changes: [], conflicts: [], revision: since, more: false };
  }

  const where = scope.kind === 'owner' ? 'owner_id = $2 AND office_id = $3' : 'office_id = $2';
  const params: unknown[] =
    scope.kind === 'owner' ? [since, scope.userId, scope.officeId] : [since, scope.officeId];
  params.push(pageSize + 1);
  const limitParam = `$${params.length}`;

  const { rows } = await db.query<Row>(
    `(SELECT 'r' AS kind, revision, entity, entity_id, version, owner_id, body,
             NULL::jsonb AS ours, NULL::text AS id, NULL::text AS op_id,
             NULL::integer AS base_version, NULL::timestamptz AS created_at,
             NULL::timestamptz AS resolved_at
        FROM records WHERE revision > $1 AND ${where}
       ORDER BY revision LIMIT ${limitParam})
     UNION ALL
     (SELECT 'c', revision, entity, entity_id, server_version, owner_id, theirs,
             ours, id, op_id, base_version, created_at, resolved_at
        FROM conflicts WHERE revision > $1 AND ${where}
       ORDER BY revision LIMIT ${limitParam})
     ORDER BY revision
     LIMIT ${limitParam}`,
    params,
  );

  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  const changes: PulledChange[] = [];
  const conflicts: PulledConflict[] = [];
  for (const r of page) {
    if (r.kind === 'r') {
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
  return { ok: true, changes, conflicts, revision: last ? Number(last.revision) : since, more };
}
