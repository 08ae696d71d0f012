/**
 * The batch path of applyPush (push.ts): what a request stores, the data-exception fallback, and
 * the number of statements a request costs (on the unlocked path, push-unlocked.ts). Runs on
 * PGlite, and on PostgreSQL under scripts/with-postgres.sh.
 */
import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/db';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';
import { applyPush } from './push';
import { consultation, count, NOW, op, principal, serverRevision } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

const A = principal('adv-a');
const A2 = principal('adv-a', 'dev-adv-a-2');

/** The same database, counting the statements sent (in and out of transactions). */
function counting(inner: Db): { db: Db; statements: () => number } {
  let n = 0;
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      n += 1;
      return q.query(sql, params);
    },
    exec: (sql) => {
      n += 1;
      return q.exec(sql);
    },
  });
  return {
    statements: () => n,
    db: {
      ...wrap(inner),
      kind: inner.kind,
      transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
      close: () => inner.close(),
    },
  };
}

async function statementsOf(p: typeof A, ops: PushOp[]): Promise<number> {
  const c = counting(db);
  await applyPush(c.db, p, ops, NOW);
  return c.statements();
}

async function opsStored() {
  const { rows } = await db.query<{ outcome: string; code: string | null; revision: unknown }>(
    'SELECT outcome, code, revision FROM ops ORDER BY revision NULLS LAST, code',
  );
  return rows.map((r) => [r.outcome, r.code, r.revision === null ? null : Number(r.revision)]);
}

describe('applyPush: the batch path', () => {
  it('a create and two updates of one record: one row at v3, three ops, three revisions', async () => {
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1)),
        op(consultation('c1', 'adv-a', 2, { status: 'two' })),
        op(consultation('c1', 'adv-a', 3, { status: 'three' })),
      ],
      NOW,
    );
    expect(res.results.map((r) => [r.outcome, r.revision, r.version])).toEqual([
      ['accepted', 1, 1],
      ['accepted', 2, 2],
      ['accepted', 3, 3],
    ]);
    expect(res.revision).toBe(3);
    const { rows } = await db.query<{
      version: number;
      revision: unknown;
      body: { status: string };
    }>('SELECT version, revision, body FROM records');
    expect(rows.map((r) => [r.version, Number(r.revision), r.body.status])).toEqual([
      [3, 3, 'three'],
    ]);
    expect(await opsStored()).toEqual([
      ['accepted', null, 1],
      ['accepted', null, 2],
      ['accepted', null, 3],
    ]);
    expect(await serverRevision(db)).toBe(3);
  });

  it('duplicates, a conflict, a rejection and accepts in one request', async () => {
    const first = op(consultation('c0', 'adv-a', 1));
    const refused = op(consultation('c9', 'adv-b', 1));
    await applyPush(db, A, [first, refused], NOW); // c0 at v1 (revision 1), refused stored
    const res = await applyPush(
      db,
      A2,
      [
        first, // duplicate (accepted)
        op(consultation('c1', 'adv-a', 1)), // accepted, revision 2
        op(consultation('c0', 'adv-a', 1, { status: 'A2' }), 0), // conflict, revision 3
        refused, // duplicate (rejected)
        op(consultation('c2', 'adv-b', 1)), // wrong-owner
        op(consultation('c1', 'adv-a', 2)), // accepted, revision 4
        op(consultation('c0', 'adv-a', 2), 1), // after the conflict: conflict, revision 5
      ],
      NOW,
    );
    expect(res.results.map((r) => [r.outcome, r.original ?? r.code ?? null, r.revision])).toEqual([
      ['duplicate', 'accepted', 1],
      ['accepted', null, 2],
      ['conflict', null, 3],
      ['duplicate', 'rejected', undefined],
      ['rejected', 'wrong-owner', undefined],
      ['accepted', null, 4],
      ['conflict', null, 5],
    ]);
    expect(res.results[3]!.code).toBe('wrong-owner');
    expect(res.results[2]!.server).toMatchObject({ version: 1, revision: 1 });
    expect(res.revision).toBe(5);
    const { rows } = await db.query<{ id: string; op_id: string; revision: unknown }>(
      'SELECT id, op_id, revision FROM conflicts ORDER BY revision',
    );
    expect(rows.map((r) => [r.id, r.op_id, Number(r.revision)])).toEqual([
      [res.results[2]!.conflictId, res.results[2]!.opId, 3],
      [res.results[6]!.conflictId, res.results[6]!.opId, 5],
    ]);
    expect(await count(db, 'ops')).toBe(2 + 5);
    expect(await count(db, 'records')).toBe(2);
    expect(await serverRevision(db)).toBe(5);
  });

  it('a NUL record in the middle: the request is applied op by op, only that op is refused', async () => {
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1)),
        op(consultation('c1', 'adv-a', 2)),
        op(consultation('c2', 'adv-a', 1, { entryJson: 'a\u0000b' })),
        op(consultation('c2', 'adv-a', 2), 1), // built on the refused one
        op(consultation('c3', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => [r.code ?? r.outcome, r.revision])).toEqual([
      ['accepted', 1],
      ['accepted', 2],
      ['invalid-record', undefined],
      ['version-gap', undefined],
      ['accepted', 3],
    ]);
    expect(res.revision).toBe(3);
    expect(await count(db, 'records')).toBe(2);
    expect(await opsStored()).toEqual([
      ['accepted', null, 1],
      ['accepted', null, 2],
      ['accepted', null, 3],
      ['rejected', 'invalid-record', null],
      ['rejected', 'version-gap', null],
    ]);
  });

  it('a NUL body overwritten later in the request is still refused, as op by op', async () => {
    // Only the last state of c1 is upserted; the first body must still meet jsonb's cast.
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1, { entryJson: '\u0000' })),
        op(consultation('c1', 'adv-a', 2)),
        op(consultation('c2', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.code ?? r.outcome)).toEqual([
      'invalid-record',
      'version-gap',
      'accepted',
    ]);
    expect(res.results[2]!.revision).toBe(1);
    expect(await count(db, 'records')).toBe(1);
  });

  it("a NUL in a conflict's record refuses that op alone", async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1))], NOW);
    const res = await applyPush(
      db,
      A2,
      [
        op(consultation('c1', 'adv-a', 1, { entryJson: '\u0000' }), 0),
        op(consultation('c2', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => [r.code ?? r.outcome, r.revision])).toEqual([
      ['invalid-record', undefined],
      ['accepted', 2],
    ]);
    expect(await count(db, 'conflicts')).toBe(0);
  });
});

describe('applyPush: statements per request', () => {
  const creates = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => op(consultation(`${prefix}${i}`, 'adv-a', 1)));

  it('500 creates cost what 5 do: one read, one write', async () => {
    expect(await statementsOf(A, creates(5, 'a'))).toBe(2);
    const batch = creates(500, 'b');
    expect(await statementsOf(A, batch)).toBe(2);
    expect(await count(db, 'records')).toBe(505);
    // The same 500 again: all duplicates of accepted ops — read, and nothing written.
    expect(await statementsOf(A, batch)).toBe(1);
    expect(await serverRevision(db)).toBe(505);
  });

  it('500 mixed ops (updates, conflicts, rejections, several ops per record) stay at two', async () => {
    await applyPush(db, A, creates(100, 'm'), NOW);
    const mixed: PushOp[] = [];
    for (let i = 0; i < 100; i += 1) {
      mixed.push(op(consultation(`m${i}`, 'adv-a', 2))); // accepted
      mixed.push(op(consultation(`m${i}`, 'adv-a', 3))); // accepted, overwrites the previous
      mixed.push(op(consultation(`m${i}`, 'adv-a', 1, { status: 'x' }), 0)); // conflict
      mixed.push(op(consultation(`n${i}`, 'adv-a', 1))); // accepted
      mixed.push(op(consultation(`w${i}`, 'adv-b', 1))); // wrong-owner
    }
    // The revision, ops and records in one read, and one write: overwritten bodies' cast,
    // records, ops, conflicts and revision together.
    expect(await statementsOf(A2, mixed)).toBe(2);
    expect(await count(db, 'conflicts')).toBe(100);
    expect(await serverRevision(db)).toBe(100 + 400);
  });

  it('an empty push reads the revision and nothing else', async () => {
    expect(await statementsOf(A, [])).toBe(1);
  });
});
