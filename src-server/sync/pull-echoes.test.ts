/**
 * Echo ranges (protocol.ts `echoes`): the caller's own accepted writes are left out of its pull,
 * and only those — a colleague's record, a mark, a conflict or a later version always comes.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import {
  pullRequestSchema,
  pullResponseSchema,
  type EchoRange,
} from '../../src-shared/contracts/sync/protocol';
import { pull } from './pull';
import { applyPush } from './push';
import { consultation, NOW, op, principal, type UserId } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

/** Pushes one record per id as `user`; returns the revisions the server answered. */
async function push(user: UserId, ids: string[], extra: Record<string, unknown> = {}) {
  const res = await applyPush(
    db,
    principal(user),
    ids.map((id) => op(consultation(id, user, 1, extra))),
    NOW,
  );
  return res.results.map((r) => {
    expect(r.outcome).toBe('accepted');
    return r.revision!;
  });
}

async function page(user: UserId, since: number, echoes: EchoRange[], limit = 1000) {
  return pullResponseSchema.parse(await pull(db, principal(user), since, limit, echoes));
}

describe('pull: echo ranges', () => {
  it('leaves out the echoes and moves the cursor past them', async () => {
    const revs = await push('adv-a', ['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(revs).toEqual([1, 2, 3, 4, 5]);
    expect(await page('adv-a', 0, [[1, 5]])).toEqual({
      ok: true,
      changes: [],
      conflicts: [],
      marks: [],
      revision: 5,
      more: false,
    });
    const part = await page('adv-a', 0, [[2, 3]]);
    expect(part.changes.map((c) => c.entityId)).toEqual(['a1', 'a4', 'a5']);
    expect(part.revision).toBe(5);
  });

  it('sends a record again once someone wrote it after the echo', async () => {
    await push('adv-a', ['a1']);
    await applyPush(
      db,
      principal('adv-a', 'dev-adv-a-2'),
      [op(consultation('a1', 'adv-a', 2))],
      NOW,
    );
    const p = await page('adv-a', 0, [[1, 1]]);
    expect(p.changes.map((c) => [c.entityId, c.version, c.revision])).toEqual([['a1', 2, 2]]);
  });

  it('never filters a colleague’s mark or a conflict, even inside a range', async () => {
    await push('adv-a', ['a1']); // 1
    await push('adv-b', ['b1'], { iinKey: 'iin-B' }); // 2: a mark for adv-a
    const stale = op(consultation('a1', 'adv-a', 1, { status: 'other laptop' }), 0);
    await applyPush(db, principal('adv-a', 'dev-adv-a-2'), [stale], NOW); // 3: a conflict
    const p = await page('adv-a', 0, [[1, 3]]);
    expect(p.changes).toEqual([]);
    expect(p.marks.map((m) => [m.entityId, m.revision])).toEqual([['b1', 2]]);
    expect(p.conflicts.map((c) => [c.entityId, c.revision])).toEqual([['a1', 3]]);
    expect(p.revision).toBe(3);
  });

  it('pages: a full page stops at its last item, the last one covers the echoes', async () => {
    await push('adv-a', ['a1', 'a2', 'a3']); // 1–3
    await push('adv-b', ['b1', 'b2'], { iinKey: 'iin-B' }); // 4–5 (marks)
    await push('adv-a', ['a4', 'a5', 'a6']); // 6–8
    const echoes: EchoRange[] = [
      [1, 3],
      [6, 8],
    ];
    const first = await page('adv-a', 0, echoes, 1);
    expect(first).toMatchObject({ revision: 4, more: true });
    expect(first.marks.map((m) => m.entityId)).toEqual(['b1']);
    const second = await page('adv-a', 4, echoes, 1);
    expect(second.marks.map((m) => m.entityId)).toEqual(['b2']);
    expect(second.revision).toBe(8);
    expect(second.more).toBe(false);
  });

  it('ignores ranges at or below `since`, and a pull without echoes is unchanged', async () => {
    await push('adv-a', ['a1', 'a2']);
    const p = await page('adv-a', 1, [[1, 1]]);
    expect(p.changes.map((c) => c.entityId)).toEqual(['a2']);
    expect((await page('adv-a', 0, [])).changes).toHaveLength(2);
  });

  it('the request refuses a range that runs backwards, and too many ranges', () => {
    expect(pullRequestSchema.safeParse({ since: 0, echoes: [[5, 4]] }).success).toBe(false);
    const many = Array.from({ length: 257 }, (_, i) => [i * 2, i * 2]);
    expect(pullRequestSchema.safeParse({ since: 0, echoes: many }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ since: 0, echoes: [[1, 9]] }).success).toBe(true);
  });
});
