import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { pullResponseSchema } from '../../src-shared/contracts/sync/protocol';
import { pull } from './pull';
import { applyPush } from './push';
import { COLLEGIUM, consultation, NOW, OFFICE_1, op, principal, type UserId } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

async function create(user: UserId, id: string, version = 1) {
  const ops = [];
  for (let v = 1; v <= version; v++) ops.push(op(consultation(id, user, v, { status: `v${v}` })));
  const res = await applyPush(db, principal(user), ops, NOW);
  expect(res.results.every((r) => r.outcome === 'accepted')).toBe(true);
}

/** Pulls every page with `limit`, checking the paging contract on the way. */
async function pullAll(user: UserId, limit: number, since = 0) {
  const changes = [];
  const conflicts = [];
  const marks = [];
  let cursor = since;
  for (let pages = 0; pages < 1000; pages++) {
    const page = pullResponseSchema.parse(await pull(db, principal(user), cursor, limit));
    const revisions = [...page.changes, ...page.conflicts, ...page.marks].map((c) => c.revision);
    expect(revisions.length).toBeLessThanOrEqual(limit);
    for (const r of revisions) expect(r).toBeGreaterThan(cursor);
    if (revisions.length) expect(page.revision).toBe(Math.max(...revisions));
    else expect(page.revision).toBe(cursor);
    changes.push(...page.changes);
    conflicts.push(...page.conflicts);
    marks.push(...page.marks);
    cursor = page.revision;
    if (!page.more) return { changes, conflicts, marks, cursor };
  }
  throw new Error('pull did not finish');
}

describe('pull: scoping', () => {
  beforeEach(async () => {
    await create('adv-a', 'a1');
    await create('adv-a', 'a2', 3);
    await create('adv-b', 'b1');
    await create('head-1', 'h1');
    await create('adv-x', 'x1');
  });

  const ids = async (user: UserId) =>
    (await pullAll(user, 1000)).changes.map((c) => c.entityId).sort();

  it('an advocate sees only their own records', async () => {
    expect(await ids('adv-a')).toEqual(['a1', 'a2']);
    expect(await ids('adv-b')).toEqual(['b1']);
    expect(await ids('adv-c')).toEqual([]);
  });

  it('a head sees the whole office, and only it', async () => {
    expect(await ids('head-1')).toEqual(['a1', 'a2', 'b1', 'h1']);
    expect(await ids('head-2')).toEqual(['x1']);
    expect(await ids('adv-x')).toEqual(['x1']);
  });

  it('collegium staff get nothing personal', async () => {
    expect(await pull(db, principal('staff'), 0, 100)).toEqual({
      ok: true,
      changes: [],
      conflicts: [],
      marks: [],
      revision: 0,
      more: false,
    });
  });

  it('returns only the latest version of each record, with its owner', async () => {
    const { changes } = await pullAll('adv-a', 1000);
    const a2 = changes.find((c) => c.entityId === 'a2')!;
    expect(a2).toMatchObject({ entity: 'consultation', version: 3, ownerId: 'adv-a' });
    expect(a2.record.status).toBe('v3');
  });
});

describe('pull: paging', () => {
  it('since/limit/more walk every change once, in strictly increasing revision order', async () => {
    for (let i = 0; i < 7; i++) await create('adv-a', `a${i}`, 1 + (i % 3));
    await create('adv-b', 'b1', 2);
    for (const limit of [1, 2, 3, 1000]) {
      const { changes, marks, cursor } = await pullAll('adv-a', limit);
      expect(changes.map((c) => c.entityId)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
      const revs = changes.map((c) => c.revision);
      expect(revs).toEqual([...revs].sort((x, y) => x - y));
      expect(new Set(revs).size).toBe(revs.length);
      // adv-b's record comes last, as a mark (cl. 42), and is where the cursor ends.
      expect(marks.map((m) => [m.entityId, m.version])).toEqual([['b1', 2]]);
      expect(cursor).toBe(marks[0]!.revision);
      expect(cursor).toBeGreaterThan(Math.max(...revs));
    }
    const head = await pullAll('head-1', 2);
    expect(head.changes).toHaveLength(8);
  });

  it('a change after the cursor comes in the next pull; nothing before it comes again', async () => {
    await create('adv-a', 'a1');
    const first = await pullAll('adv-a', 10);
    await applyPush(db, principal('adv-a'), [op(consultation('a1', 'adv-a', 2))], NOW);
    await create('adv-a', 'a2');
    const next = await pullAll('adv-a', 10, first.cursor);
    expect(next.changes.map((c) => [c.entityId, c.version])).toEqual([
      ['a1', 2],
      ['a2', 1],
    ]);
    const none = await pull(db, principal('adv-a'), next.cursor, 10);
    expect(none).toMatchObject({ changes: [], conflicts: [], revision: next.cursor, more: false });
  });

  it('exactly `limit` items left: more is false', async () => {
    await create('adv-a', 'a1');
    await create('adv-a', 'a2');
    expect((await pull(db, principal('adv-a'), 0, 2)).more).toBe(false);
    expect((await pull(db, principal('adv-a'), 0, 1)).more).toBe(true);
  });
});

describe('pull: conflicts', () => {
  it('the owner and the head of the office see a conflict, in revision order with changes', async () => {
    await create('adv-a', 'a1', 2);
    const stale = op(consultation('a1', 'adv-a', 2, { status: 'other laptop' }), 1);
    await applyPush(db, principal('adv-a', 'dev-adv-a-2'), [stale], NOW);
    await create('adv-a', 'a2');

    const a = await pullAll('adv-a', 1);
    expect(a.conflicts).toHaveLength(1);
    expect(a.conflicts[0]).toMatchObject({
      entity: 'consultation',
      entityId: 'a1',
      opId: stale.opId,
      ownerId: 'adv-a',
      baseVersion: 1,
      serverVersion: 2,
      revision: 3,
      createdAt: NOW.toISOString(),
      resolvedAt: null,
    });
    expect(a.conflicts[0]!.theirs.status).toBe('other laptop');
    expect(a.conflicts[0]!.ours.status).toBe('v2');
    expect(a.changes.map((c) => c.revision)).toEqual([2, 4]);

    expect((await pullAll('head-1', 1000)).conflicts).toHaveLength(1);
    expect((await pullAll('adv-b', 1000)).conflicts).toHaveLength(0);
    expect((await pullAll('head-2', 1000)).conflicts).toHaveLength(0);
    expect((await pullAll('staff', 1000)).conflicts).toHaveLength(0);
  });
});

/** A stored eligibility check as the client pushes it (facts and decision opaque). */
function check(id: string, actor: string, outcome: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    version: 1,
    createdAt: '2025-03-02T09:00:00.000Z',
    updatedAt: '2025-03-02T09:00:00.000Z',
    actor,
    date: '2025-03-02',
    service: 'defence',
    outcome,
    issueAreaId: 'criminal',
    categoryId: null,
    packId: 'p',
    packVersion: 1,
    iinKey: 'iin-X',
    factsJson: '{"person":{"fullName":"Secret Person"}}',
    decisionJson: '{"secret":"decision text"}',
    ...extra,
  };
}

async function push(user: UserId, record: Record<string, unknown>, entity = 'consultation') {
  const res = await applyPush(db, principal(user), [op(record, undefined, { entity })], NOW);
  expect(res.results.map((r) => r.outcome)).toEqual(['accepted']);
}

const MARK_KEYS = [
  'date',
  'entity',
  'entityId',
  'iinKey',
  'issueAreaId',
  'ownerId',
  'ownerName',
  'revision',
  'service',
  'status',
  'version',
];

describe('pull: aid marks (cl. 42)', () => {
  const secret = { iinKey: 'iin-X', entryJson: '{"applicant":"Secret Person","advice":"text"}' };
  beforeEach(async () => {
    await push('adv-a', consultation('a1', 'adv-a', 1, secret));
    await push('adv-b', consultation('b1', 'adv-b', 1, secret));
    await push('adv-b', check('b-check', 'adv-b', 'eligible'), 'eligibilityCheck');
    await push('adv-c', check('c-refused', 'adv-c', 'not-eligible'), 'eligibilityCheck');
    await push('head-1', consultation('h1', 'head-1', 1, { ...secret, status: 'refused' }));
    await push('adv-x', consultation('x1', 'adv-x', 1, secret));
  });

  it("an advocate gets marks of office colleagues' records, never their bodies", async () => {
    const a = await pullAll('adv-a', 1000);
    expect(a.changes.map((c) => c.entityId)).toEqual(['a1']);
    expect(a.marks.map((m) => m.entityId)).toEqual(['b1', 'b-check', 'h1']);
    for (const m of a.marks) expect(Object.keys(m).sort()).toEqual(MARK_KEYS);
    expect(a.marks[0]).toEqual({
      entity: 'consultation',
      entityId: 'b1',
      ownerId: 'adv-b',
      ownerName: 'adv-b', // the fixture's users.full_name is the id
      iinKey: 'iin-X',
      issueAreaId: 'civil',
      date: '2025-03-01',
      status: 'given',
      service: 'consultation',
      version: 1,
      revision: 2,
    });
    expect(a.marks[1]).toMatchObject({
      entity: 'eligibilityCheck',
      status: 'eligible',
      service: 'defence',
      issueAreaId: 'criminal',
      date: '2025-03-02',
    });
    expect(a.marks[2]).toMatchObject({ ownerId: 'head-1', status: 'refused' });
    const raw = JSON.stringify((await pull(db, principal('adv-a'), 0, 1000)).marks);
    for (const s of ['entryJson', 'factsJson', 'decisionJson', 'Secret Person', 'advocateId']) {
      expect(raw).not.toContain(s);
    }
  });

  it('another office, a head, staff and the owner get no marks', async () => {
    const x = await pullAll('adv-x', 1000);
    expect(x.changes.map((c) => c.entityId)).toEqual(['x1']);
    expect(x.marks).toEqual([]);
    // A head reads the office's records in full: each is a change, none a mark as well.
    const head = await pullAll('head-1', 1000);
    expect(head.marks).toEqual([]);
    expect(head.changes.map((c) => c.entityId)).toEqual(['a1', 'b1', 'b-check', 'c-refused', 'h1']);
    expect((await pullAll('staff', 1000)).marks).toEqual([]);
    expect((await pullAll('adv-b', 1000)).marks.map((m) => m.entityId)).toEqual(['a1', 'h1']);
  });

  it("a colleague's correction comes as a newer mark; a record without a key as none", async () => {
    const first = await pullAll('adv-a', 1000);
    await applyPush(
      db,
      principal('adv-b'),
      [op(consultation('b1', 'adv-b', 2, { ...secret, status: 'refused' }))],
      NOW,
    );
    await push('adv-c', consultation('c1', 'adv-c', 1, { iinKey: '' }));
    const next = await pullAll('adv-a', 1000, first.cursor);
    expect(next.marks.map((m) => [m.entityId, m.version, m.status])).toEqual([
      ['b1', 2, 'refused'],
    ]);
    // c1 (revision 8) has no lookup key: not a mark, so not visible to adv-a at all.
    expect(next.cursor).toBe(7);
  });

  it('pages of changes, conflicts and marks give every revision once, in order', async () => {
    const stale = op(consultation('a1', 'adv-a', 1, { status: 'other laptop' }), 0);
    await applyPush(db, principal('adv-a', 'dev-adv-a-2'), [stale], NOW);
    await push('adv-b', consultation('b2', 'adv-b', 1, secret));
    await push('adv-a', consultation('a2', 'adv-a', 1, secret));
    const all = await pullAll('adv-a', 1000);
    const kinds = (p: typeof all) =>
      [
        ...p.changes.map((c) => [c.revision, `change ${c.entityId}`] as const),
        ...p.conflicts.map((c) => [c.revision, `conflict ${c.entityId}`] as const),
        ...p.marks.map((m) => [m.revision, `mark ${m.entityId}`] as const),
      ].sort(([x], [y]) => x - y);
    expect(kinds(all).map(([, k]) => k)).toEqual([
      'change a1',
      'mark b1',
      'mark b-check',
      'mark h1',
      'conflict a1',
      'mark b2',
      'change a2',
    ]);
    for (const limit of [1, 2, 3]) {
      const paged = await pullAll('adv-a', limit);
      expect(kinds(paged)).toEqual(kinds(all));
      expect(paged.cursor).toBe(all.cursor);
    }
  });
});

describe('pull: a mark carries each field as `->>` reads it', () => {
  // The mark branch takes the fields out with one jsonb_to_record per row (pull.ts); this pins
  // it to what `body->>'field'` gives, for every kind of JSON value a body could hold there.
  const odd: Record<string, unknown>[] = [
    { iinKey: 'k1', issueAreaId: 'a "quoted" \\ value', date: 'қазан', status: 'given' },
    { iinKey: 'k2', issueAreaId: 12.5, date: true, status: { nested: ['x', 1] }, service: 'x' },
    { iinKey: 'k3', issueAreaId: null, date: [1, 'two'], status: null },
    { iinKey: 7, status: false },
    { iinKey: '', status: 'given' },
    { issueAreaId: 'no key' },
  ];
  const checks: Record<string, unknown>[] = [
    { iinKey: 'k5', outcome: 'eligible', service: { kind: 'defence' }, date: 20250301 },
    { iinKey: 'k6', outcome: 'eligible', service: null },
    { iinKey: 'k7', outcome: 'not-eligible', service: 'defence' },
  ];

  it('strings unquoted, other values as JSON text, null and missing keys as the defaults', async () => {
    const rows = [
      ...odd.map((body, i) => ['consultation', `odd-${i}`, body] as const),
      ...checks.map((body, i) => ['eligibilityCheck', `chk-${i}`, body] as const),
    ];
    for (const [i, [entity, id, body]] of rows.entries()) {
      await db.query(
        `INSERT INTO records (entity, entity_id, version, owner_id, office_id, collegium_id, body,
                              revision, updated_at)
         VALUES ($1, $2, 1, 'adv-b', $3, $4, $5::jsonb, $6, $7)`,
        [entity, id, OFFICE_1, COLLEGIUM, JSON.stringify(body), 100 + i, NOW],
      );
    }
    const { rows: expected } = await db.query<Record<string, string | null>>(
      `SELECT entity_id AS "entityId", body->>'iinKey' AS "iinKey",
              COALESCE(body->>'issueAreaId', '') AS "issueAreaId",
              COALESCE(body->>'date', '') AS date,
              COALESCE(CASE entity WHEN 'consultation' THEN body->>'status'
                                   ELSE body->>'outcome' END, '') AS status,
              CASE entity WHEN 'consultation' THEN 'consultation'
                          ELSE COALESCE(body->>'service', '') END AS service
         FROM records
        WHERE revision >= 100 AND COALESCE(body->>'iinKey', '') <> ''
          AND (entity = 'consultation' OR body->>'outcome' = 'eligible')
        ORDER BY revision`,
    );
    const { marks } = await pull(db, principal('adv-a'), 99, 1000);
    expect(
      marks.map(({ entityId, iinKey, issueAreaId, date, status, service }) => ({
        entityId,
        iinKey,
        issueAreaId,
        date,
        status,
        service,
      })),
    ).toEqual(expected);
    expect(marks.map((m) => m.entityId)).toEqual([
      'odd-0',
      'odd-1',
      'odd-2',
      'odd-3',
      'chk-0',
      'chk-1',
    ]);
  });
});
