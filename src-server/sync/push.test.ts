import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { MAX_RECORD_BYTES } from '../../src-shared/contracts/sync/protocol';
import { rejectionReasons } from '../../src-shared/contracts/sync/rejections';
import { applyPush } from './push';
import { consultation, count, NOW, op, OFFICE_1, principal, serverRevision } from './testing';
import { useSyncTestDb } from './test-hooks';

let db: Db;
useSyncTestDb((opened) => {
  db = opened;
});

const A = principal('adv-a');
const A2 = principal('adv-a', 'dev-adv-a-2');

async function stored(id: string) {
  const { rows } = await db.query<{
    version: number;
    owner_id: string;
    office_id: string;
    body: Record<string, unknown>;
    revision: number;
  }>(`SELECT version, owner_id, office_id, body, revision FROM records WHERE entity_id = $1`, [id]);
  return rows[0];
}

describe('applyPush: accept', () => {
  it('creates and updates records, each with the next revision, filed under the caller', async () => {
    const res = await applyPush(
      db,
      A,
      [op(consultation('c1', 'adv-a', 1)), op(consultation('c1', 'adv-a', 2, { status: 'x' }))],
      NOW,
    );
    expect(res.results).toEqual([
      { opId: expect.any(String), outcome: 'accepted', revision: 1, version: 1 },
      { opId: expect.any(String), outcome: 'accepted', revision: 2, version: 2 },
    ]);
    expect(res.revision).toBe(2);
    const row = await stored('c1');
    expect(row).toMatchObject({ version: 2, owner_id: 'adv-a', office_id: OFFICE_1 });
    expect(row!.body.status).toBe('x');
    expect(Number(row!.revision)).toBe(2);
    expect(await count(db, 'ops')).toBe(2);
  });

  it('an empty push changes nothing', async () => {
    expect(await applyPush(db, A, [], NOW)).toEqual({ ok: true, results: [], revision: 0 });
  });
});

describe('applyPush: idempotency', () => {
  it('a retried batch answers duplicate with the first outcome and changes nothing', async () => {
    await applyPush(db, A, [op(consultation('c0', 'adv-a', 1))], NOW);
    await applyPush(db, principal('adv-b'), [op(consultation('c9', 'adv-b', 1))], NOW);
    const batch = [
      op(consultation('c0', 'adv-a', 1, { status: 'mine' }), 0), // conflict (c0 is at v1)
      op(consultation('c1', 'adv-a', 1)), // accepted
      op(consultation('c2', 'adv-b', 1)), // wrong-owner
      op(consultation('c9', 'adv-a', 2)), // forbidden (adv-b's)
      op(consultation('c3', 'adv-a', 3), 2), // version-gap
    ];
    const first = await applyPush(db, A, batch, NOW);
    expect(first.results.map((r) => r.outcome)).toEqual([
      'conflict',
      'accepted',
      'rejected',
      'rejected',
      'rejected',
    ]);
    const before = {
      records: await count(db, 'records'),
      ops: await count(db, 'ops'),
      conflicts: await count(db, 'conflicts'),
      revision: await serverRevision(db),
    };

    const again = await applyPush(db, A, batch, NOW);
    expect(again.results.map((r) => r.outcome)).toEqual(Array(5).fill('duplicate'));
    expect(again.results.map((r) => r.original)).toEqual([
      'conflict',
      'accepted',
      'rejected',
      'rejected',
      'rejected',
    ]);
    for (const [i, r] of again.results.entries()) {
      const f = first.results[i]!;
      expect(r.opId).toBe(f.opId);
      expect(r.revision).toBe(f.revision);
      expect(r.code).toBe(f.code);
      expect(r.version).toBe(f.version);
      expect(r.conflictId).toBe(f.conflictId);
      expect(r.reason).toEqual(f.reason);
    }
    expect(again.results[0]!.server).toEqual(first.results[0]!.server);
    expect(again.revision).toBe(before.revision);
    expect({
      records: await count(db, 'records'),
      ops: await count(db, 'ops'),
      conflicts: await count(db, 'conflicts'),
      revision: await serverRevision(db),
    }).toEqual(before);
  });

  it('a retry from the other device of the same user is a duplicate too', async () => {
    const o = op(consultation('c1', 'adv-a', 1));
    await applyPush(db, A, [o], NOW);
    const res = await applyPush(db, A2, [o], NOW);
    expect(res.results[0]).toMatchObject({ outcome: 'duplicate', original: 'accepted' });
  });

  it("another user's opId is refused without revealing or storing anything", async () => {
    const o = op(consultation('c1', 'adv-a', 1));
    await applyPush(db, A, [o], NOW);
    const res = await applyPush(
      db,
      principal('adv-b'),
      [{ ...o, record: consultation('c1', 'adv-b', 1) }],
      NOW,
    );
    expect(res.results[0]).toEqual({
      opId: o.opId,
      outcome: 'rejected',
      code: 'forbidden',
      reason: rejectionReasons.forbidden,
    });
    expect(await count(db, 'ops')).toBe(1);
  });

  it('the same opId twice in one request: the second is a duplicate', async () => {
    const o = op(consultation('c1', 'adv-a', 1));
    const res = await applyPush(db, A, [o, o], NOW);
    expect(res.results.map((r) => r.outcome)).toEqual(['accepted', 'duplicate']);
  });
});

describe('applyPush: conflicts', () => {
  it('a stale base keeps the server version and stores both versions', async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1))], NOW);
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 2, { status: 'from-A1' }))], NOW);
    const before = await stored('c1');

    // The second laptop edited version 1 offline.
    const stale = op(consultation('c1', 'adv-a', 2, { status: 'from-A2' }), 1);
    const res = await applyPush(db, A2, [stale], NOW);
    const r = res.results[0]!;
    expect(r).toMatchObject({ outcome: 'conflict', revision: 3, conflictId: expect.any(String) });
    expect(r.reason?.kk).toBeTruthy();
    expect(r.server).toEqual({ version: 2, revision: 2, record: before!.body });

    expect(await stored('c1')).toEqual(before);
    const { rows } = await db.query<{
      op_id: string;
      owner_id: string;
      base_version: number;
      server_version: number;
      theirs: Record<string, unknown>;
      ours: Record<string, unknown>;
    }>('SELECT op_id, owner_id, base_version, server_version, theirs, ours FROM conflicts');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      op_id: stale.opId,
      owner_id: 'adv-a',
      base_version: 1,
      server_version: 2,
    });
    expect(rows[0]!.theirs.status).toBe('from-A2');
    expect(rows[0]!.ours.status).toBe('from-A1');
    expect(rows[0]!.ours).toEqual(before!.body);
  });

  it('later ops of the same request on a conflicting record are conflicts, never accepted', async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1))], NOW);
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 2, { status: 'A1' }))], NOW);
    // A2 made v2' and v3' offline on top of v1: v3' has base 2, which matches the server's
    // version number but not its content.
    const res = await applyPush(
      db,
      A2,
      [
        op(consultation('c1', 'adv-a', 2, { status: "A2'" }), 1),
        op(consultation('c1', 'adv-a', 3, { status: "A2''" }), 2),
        op(consultation('c2', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.outcome)).toEqual(['conflict', 'conflict', 'accepted']);
    expect((await stored('c1'))!.body.status).toBe('A1');
    expect(await count(db, 'conflicts')).toBe(2);
  });

  it('a create on an id the server already has is a conflict, not an overwrite', async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1, { status: 'first' }))], NOW);
    const res = await applyPush(
      db,
      A2,
      [op(consultation('c1', 'adv-a', 1, { status: 'second' }))],
      NOW,
    );
    expect(res.results[0]!.outcome).toBe('conflict');
    expect((await stored('c1'))!.body.status).toBe('first');
  });
});

describe('applyPush: rejections', () => {
  it('version gap: no server record and base > 0, or base above the server version', async () => {
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 2), 1),
        op(consultation('c2', 'adv-a', 1)),
        op(consultation('c2', 'adv-a', 3), 2),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.code)).toEqual(['version-gap', undefined, 'version-gap']);
    expect(res.results[0]!.server).toBeUndefined();
    expect(res.results[2]!.server).toMatchObject({ version: 1 });
    expect(res.results[0]!.reason).toEqual(rejectionReasons['version-gap']);
  });

  it('a change after a refused one on the same record is a gap even if the numbers match', async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1))], NOW);
    await applyPush(db, A2, [op(consultation('c1', 'adv-a', 2))], NOW); // server at v2
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 2, { year: 'bad' }), 1), // invalid-record
        op(consultation('c1', 'adv-a', 3), 2), // built on the refused v2
      ],
      NOW,
    );
    expect(res.results.map((r) => r.code)).toEqual(['invalid-record', 'version-gap']);
    expect((await stored('c1'))!.version).toBe(2);
  });

  it("writing another advocate's record, or another office's, is forbidden", async () => {
    await applyPush(db, principal('adv-b'), [op(consultation('b1', 'adv-b', 1))], NOW);
    await applyPush(db, principal('adv-x'), [op(consultation('x1', 'adv-x', 1))], NOW);
    const a = await applyPush(db, A, [op(consultation('b1', 'adv-a', 2))], NOW);
    expect(a.results[0]).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
    expect(a.results[0]!.server).toBeUndefined();
    const head = await applyPush(
      db,
      principal('head-1'),
      [op(consultation('b1', 'head-1', 2))],
      NOW,
    );
    expect(head.results[0]!.code).toBe('forbidden');
    const head2 = await applyPush(
      db,
      principal('head-2'),
      [op(consultation('b1', 'head-2', 2))],
      NOW,
    );
    expect(head2.results[0]!.code).toBe('forbidden');
    const other = await applyPush(db, A, [op(consultation('x1', 'adv-a', 2))], NOW);
    expect(other.results[0]!.code).toBe('forbidden');
    expect((await stored('b1'))!.version).toBe(1);
    expect((await stored('x1'))!.version).toBe(1);
  });

  it('staff cannot push; a head can push their own register', async () => {
    const s = await applyPush(db, principal('staff'), [op(consultation('s1', 'staff', 1))], NOW);
    expect(s.results[0]!.code).toBe('forbidden');
    const h = await applyPush(db, principal('head-1'), [op(consultation('h1', 'head-1', 1))], NOW);
    expect(h.results[0]!.outcome).toBe('accepted');
  });

  it('each record-level check has its code', async () => {
    const big = consultation('c5', 'adv-a', 1, { entryJson: 'x'.repeat(MAX_RECORD_BYTES) });
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1), 0, { entity: 'rulePack' }),
        op(consultation('c2', 'adv-b', 1)),
        op(consultation('c3', 'adv-a', 1), 0, { entityId: 'other' }),
        op({ id: 'c4', version: 1 }),
        op(consultation('c4', 'adv-a', 3), 0),
        op(big),
        op(consultation('c6', 'adv-a', 1), 0, { entity: 'toString' }),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.code)).toEqual([
      'unknown-entity',
      'wrong-owner',
      'id-mismatch',
      'invalid-record',
      'invalid-record',
      'record-too-large',
      'unknown-entity',
    ]);
    for (const r of res.results) expect(r.reason).toEqual(rejectionReasons[r.code!]);
    expect(await count(db, 'records')).toBe(0);
    expect(await count(db, 'ops')).toBe(7);
    expect(await serverRevision(db)).toBe(0);
  });

  it('a rejected op in the middle does not block the later ones', async () => {
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1)),
        op(consultation('c2', 'adv-b', 1)),
        op(consultation('c3', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.outcome)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(res.results.map((r) => r.revision)).toEqual([1, undefined, 2]);
  });

  it('a record the database refuses (NUL in jsonb) is rejected alone, the batch goes on', async () => {
    const res = await applyPush(
      db,
      A,
      [
        op(consultation('c1', 'adv-a', 1)),
        op(consultation('c2', 'adv-a', 1, { entryJson: 'a\u0000b' })),
        op(consultation('c3', 'adv-a', 1)),
      ],
      NOW,
    );
    expect(res.results.map((r) => r.code ?? r.outcome)).toEqual([
      'accepted',
      'invalid-record',
      'accepted',
    ]);
    expect(res.results.map((r) => r.revision)).toEqual([1, undefined, 2]);
    expect(await count(db, 'records')).toBe(2);
    expect(await count(db, 'ops')).toBe(3);
    const retry = await applyPush(
      db,
      A,
      [op(consultation('c2', 'adv-a', 1, { entryJson: 'a\u0000b' }))],
      NOW,
    );
    expect(retry.results[0]!.code).toBe('invalid-record');
  });

  it('an unexpected database error fails the whole request and keeps nothing of it', async () => {
    const p = { ...A, deviceId: 'no-such-device' }; // ops.device_id FK fails (not a data error)
    await expect(applyPush(db, p, [op(consultation('c1', 'adv-a', 1))], NOW)).rejects.toThrow();
    expect(await count(db, 'records')).toBe(0);
    expect(await serverRevision(db)).toBe(0);
  });
});

describe('applyPush: concurrent requests (a pool on PostgreSQL, serialised by the lock)', () => {
  it('the same batch sent five times at once is applied once', async () => {
    const batch = [op(consultation('c1', 'adv-a', 1)), op(consultation('c2', 'adv-a', 1))];
    const all = await Promise.all(Array.from({ length: 5 }, () => applyPush(db, A, batch, NOW)));
    const outcomes = all.map((r) => r.results.map((x) => x.outcome).join(','));
    expect(outcomes.filter((o) => o === 'accepted,accepted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate,duplicate')).toHaveLength(4);
    expect(await count(db, 'records')).toBe(2);
    expect(await serverRevision(db)).toBe(2);
  });

  it('two laptops editing the same version at once: one accepted, one conflict', async () => {
    await applyPush(db, A, [op(consultation('c1', 'adv-a', 1))], NOW);
    const [x, y] = await Promise.all([
      applyPush(db, A, [op(consultation('c1', 'adv-a', 2, { status: 'one' }))], NOW),
      applyPush(db, A2, [op(consultation('c1', 'adv-a', 2, { status: 'two' }))], NOW),
    ]);
    const outcomes = [x!.results[0]!.outcome, y!.results[0]!.outcome].sort();
    expect(outcomes).toEqual(['accepted', 'conflict']);
    expect((await stored('c1'))!.version).toBe(2);
    expect(await count(db, 'conflicts')).toBe(1);
  });
});
