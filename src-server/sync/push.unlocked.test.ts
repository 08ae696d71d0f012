/**
 * The unlocked path (push-unlocked.ts): when another writer gets in between its snapshot and
 * its write, nothing of it is written and the locked path answers — as if the requests had come
 * one after another, the other writer first. Runs on PGlite, and on PostgreSQL under
 * scripts/with-postgres.sh.
 */
import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/db';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';
import { applyPush, applyPushOneByOne } from './push';
import { consultation, count, NOW, op, principal, serverRevision } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

/**
 * The same database, as another server process sees it: `between` runs once, right after the
 * first snapshot read of the unlocked path has been answered (before that group's write).
 */
function interleaved(inner: Db, between: () => Promise<void>): { db: Db; statements: string[] } {
  const statements: string[] = [];
  let pending: (() => Promise<void>) | null = between;
  const wrap = (q: Queryable): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      statements.push(sql);
      const result = await q.query<T>(sql, params);
      if (pending && sql.includes("'v' AS kind")) {
        const run = pending;
        pending = null;
        await run();
      }
      return result;
    },
    exec: (sql) => q.exec(sql),
  });
  return {
    statements,
    db: {
      ...wrap(inner),
      kind: inner.kind,
      transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
      close: () => inner.close(),
    },
  };
}

const creates = (user: 'adv-a' | 'adv-b', prefix: string, n: number): PushOp[] =>
  Array.from({ length: n }, (_, i) => op(consultation(`${prefix}${i}`, user, 1)));

describe('applyPush: the unlocked path when another writer gets in between', () => {
  it('a push that took revisions meanwhile: the locked path answers after it', async () => {
    await applyPush(db, principal('adv-a'), creates('adv-a', 'old', 2), NOW);
    const other = creates('adv-b', 'b', 3);
    const mine = [
      op(consultation('old0', 'adv-a', 2)), // an update: decided on the snapshot's v1
      ...creates('adv-a', 'a', 2),
    ];
    const c = interleaved(db, async () => {
      // Another process applies its push under the lock, taking revisions 3..5.
      await applyPushOneByOne(db, principal('adv-b'), other, NOW);
    });
    const res = await applyPush(c.db, principal('adv-a'), mine, NOW);
    expect(res.results.map((r) => [r.outcome, r.revision])).toEqual([
      ['accepted', 6],
      ['accepted', 7],
      ['accepted', 8],
    ]);
    expect(res.revision).toBe(8);
    // The unlocked write was tried and did not apply; the locked path then took the lock.
    expect(c.statements.filter((s) => s.includes('revision = $6'))).toHaveLength(1);
    expect(c.statements.some((s) => s.includes('FOR UPDATE'))).toBe(true);
    expect(await serverRevision(db)).toBe(8);
    expect(await count(db, 'records')).toBe(2 + 3 + 2);
    expect(await count(db, 'ops')).toBe(2 + 3 + 3);
    const { rows } = await db.query<{ version: number; revision: number | string }>(
      "SELECT version, revision FROM records WHERE entity_id = 'old0'",
    );
    expect(rows.map((r) => [r.version, Number(r.revision)])).toEqual([[2, 6]]);
  });

  it('a conflict on the record another device updated meanwhile, not a lost update', async () => {
    await applyPush(db, principal('adv-a'), creates('adv-a', 'r', 1), NOW);
    const c = interleaved(db, async () => {
      await applyPushOneByOne(
        db,
        principal('adv-a', 'dev-adv-a-2'),
        [op(consultation('r0', 'adv-a', 2, { status: 'other laptop' }))],
        NOW,
      );
    });
    const res = await applyPush(
      c.db,
      principal('adv-a'),
      [op(consultation('r0', 'adv-a', 2, { status: 'this laptop' }))],
      NOW,
    );
    expect(res.results.map((r) => [r.outcome, r.revision])).toEqual([['conflict', 3]]);
    expect(await count(db, 'conflicts')).toBe(1);
    const { rows } = await db.query<{ status: string }>(
      "SELECT body->>'status' AS status FROM records WHERE entity_id = 'r0'",
    );
    expect(rows).toEqual([{ status: 'other laptop' }]);
  });

  it('the same op refused meanwhile (no revision taken): answered as its duplicate', async () => {
    // Another process stores the op first, refused (adv-b may not write adv-a's record), so
    // the revision does not move: the unlocked write fails on the primary key instead.
    const shared = op(consultation('x', 'adv-a', 1), 0, { opId: 'op-shared' });
    const c = interleaved(db, async () => {
      await applyPushOneByOne(db, principal('adv-b'), [shared], NOW);
    });
    const res = await applyPush(c.db, principal('adv-b'), [shared], NOW);
    expect(res.results).toHaveLength(1);
    expect(res.results[0]).toMatchObject({ opId: 'op-shared', outcome: 'duplicate' });
    expect(await count(db, 'ops')).toBe(1);
    expect(await count(db, 'records')).toBe(0);
    expect(await serverRevision(db)).toBe(0);
  });
});
