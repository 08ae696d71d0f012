/**
 * Resolving a conflict (docs/sync.md, "Resolving conflicts"): the people involved have chosen
 * what stays, and the server records it — `resolved_at`, `resolved_by`, `resolution` — and gives
 * the conflict a NEW revision, so every device that pulled it unresolved pulls it again resolved.
 * Both stored versions (`theirs`, `ours`) are kept as they were; nothing is deleted.
 *
 * Who: the conflict's owner (the record's owner), or the head of its office. Another office gets
 * 404 (its conflicts do not exist for the caller); collegium staff and another advocate of the
 * same office get 403.
 *
 * Idempotent: once resolved, every later request gets the same answer (the first resolution,
 * its time, author and revision) and changes nothing — a client that lost the answer retries
 * safely, and a second device resolving the same conflict learns what was decided first.
 *
 * Transaction: the row lock on `server_state` is taken first, as a push does (push.ts), so the
 * check and the update are decided together and the revision follows commit order (a pull never
 * skips a revision that commits later with a lower number).
 */
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/db';
import type {
  ConflictResolution,
  ResolveConflictRequest,
  ResolveConflictResponse,
} from '../../src-shared/contracts/sync/protocol';
import { canRead } from './access';

interface ConflictRow {
  id: string;
  owner_id: string;
  office_id: string | null;
  collegium_id: string | null;
  revision: number | string;
  resolved_at: Date | string | null;
  resolved_by: string | null;
  resolution: ConflictResolution | null;
}

export type ResolveOutcome =
  | { ok: true; response: ResolveConflictResponse; changed: boolean }
  | { ok: false; reason: 'not-found' | 'forbidden' };

const iso = (v: Date | string): string => new Date(v).toISOString();

async function nextRevision(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ revision: number | string }>(
    'UPDATE server_state SET revision = revision + 1 WHERE id = 1 RETURNING revision',
  );
  return Number(rows[0]!.revision);
}

function answer(row: ConflictRow): ResolveConflictResponse {
  return {
    ok: true,
    conflictId: row.id,
    resolution: row.resolution!,
    resolvedAt: iso(row.resolved_at!),
    resolvedBy: row.resolved_by!,
    revision: Number(row.revision),
  };
}

export async function resolveConflict(
  db: Db,
  p: Principal,
  conflictId: string,
  body: ResolveConflictRequest,
  now: Date,
): Promise<ResolveOutcome> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT revision FROM server_state WHERE id = 1 FOR UPDATE');
    const { rows } = await tx.query<ConflictRow>(
      `SELECT c.id, c.owner_id, c.office_id, o.collegium_id, c.revision, c.resolved_at,
              c.resolved_by, c.resolution
         FROM conflicts c LEFT JOIN offices o ON o.id = c.office_id
        WHERE c.id = $1`,
      [conflictId],
    );
    const row = rows[0];
    // Another office's conflict is answered like one that does not exist.
    if (!row || (p.officeId !== null && row.office_id !== p.officeId)) {
      return { ok: false, reason: 'not-found' };
    }
    const ownership = {
      ownerId: row.owner_id,
      officeId: row.office_id,
      collegiumId: row.collegium_id ?? '',
    };
    // The same people who receive the conflict in their pulls: the owner and the office's head.
    if (!canRead(p, ownership)) return { ok: false, reason: 'forbidden' };
    if (row.resolved_at !== null) return { ok: true, response: answer(row), changed: false };

    const revision = await nextRevision(tx);
    const updated = await tx.query<ConflictRow>(
      `UPDATE conflicts
          SET resolved_at = $2, resolved_by = $3, resolution = $4, resolution_note = $5,
              revision = $6
        WHERE id = $1
        RETURNING id, owner_id, office_id, revision, resolved_at, resolved_by, resolution`,
      [conflictId, now, p.userId, body.resolution, body.note ?? null, revision],
    );
    return {
      ok: true,
      response: answer({ ...updated.rows[0]!, collegium_id: row.collegium_id }),
      changed: true,
    };
  });
}
