/**
 * Group commit (push.ts, push-queue.ts): requests that arrive while a push transaction runs are
 * applied together in the next one. Each must be answered, and the database left, exactly as if
 * the requests had come one after another in arrival order — compared with the per-op path
 * (`applyPushOneByOne`, the reference of push.equivalence.test.ts) on a second database: random
 * requests of several users and devices, shared records, stale bases, retries of an earlier
 * request of the same group, opIds reused by another user, NULs that jsonb refuses. Runs on
 * PGlite, and on PostgreSQL under scripts/with-postgres.sh.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/db';
import type { PushOp, PushResponse } from '../../src-shared/contracts/sync/protocol';
import { applyPush, applyPushOneByOne } from './push';
import {
  consultation,
  count,
  NOW,
  op,
  openTestDb,
  principal,
  resetSync,
  type UserId,
} from './testing';

let groupDb: Db;
let refDb: Db;
beforeAll(async () => {
  [groupDb, refDb] = await Promise.all([openTestDb(), openTestDb()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([groupDb.close(), refDb.close()]);
});
beforeEach(async () => {
  await Promise.all([resetSync(groupDb), resetSync(refDb)]);
});

const devices: [UserId, string][] = [
  ['adv-a', 'dev-adv-a'],
  ['adv-a', 'dev-adv-a-2'],
  ['adv-b', 'dev-adv-b'],
  ['head-1', 'dev-head-1'],
];

/** Conflict ids are random: replaced by their order of first appearance. */
function normalise(res: PushResponse, ids: Map<string, string>): string {
  return JSON.stringify(res, (k, v: unknown) => {
    if (k !== 'conflictId' || typeof v !== 'string') return v;
    if (!ids.has(v)) ids.set(v, `conflict#${ids.size + 1}`);
    return ids.get(v);
  });
}

async function dump(db: Db, ids: Map<string, string>) {
  const q = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;
  const text = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r));
  const conflicts = await q(
    `SELECT id, entity, entity_id, op_id, owner_id, office_id, base_version, server_version,
            theirs::text AS theirs, ours::text AS ours, revision::text AS revision, created_at
       FROM conflicts ORDER BY revision`,
  );
  return {
    records: text(
      await q(`SELECT entity, entity_id, version, owner_id, office_id, collegium_id,
                      body::text AS body, revision::text AS revision, updated_at, shared_with
                 FROM records ORDER BY entity, entity_id`),
    ),
    ops: text(
      await q(`SELECT op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                      revision::text AS revision, received_at
                 FROM ops ORDER BY op_id`),
    ),
    conflicts: text(conflicts.map((c) => ({ ...c, id: ids.get(c.id as string) ?? c.id }))),
    revision: (await q('SELECT revision::text AS revision FROM server_state'))[0],
  };
}

const opArb = fc.record({
  rec: fc.nat(2),
  shared: fc.nat(5).map((n) => n === 0),
  base: fc.nat(3),
  foreignOwner: fc.nat(12).map((n) => n === 0),
  nul: fc.nat(25).map((n) => n === 0),
  reuse: fc.nat(5).map((n) => n === 0),
  reused: fc.nat(1000),
});
const requestArb = fc.record({
  device: fc.nat(devices.length - 1),
  retry: fc.nat(4).map((n) => n === 0),
  ops: fc.array(opArb, { minLength: 0, maxLength: 6 }),
  /** A distinct `now` per request: each row must carry its own request's time. */
  minutes: fc.nat(59),
});
type RequestSpec = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  user: UserId;
  device: string;
  ops: PushOp[];
  now: Date;
}

/** The requests, all built before any answer (they are in flight together). */
function build(specs: RequestSpec[]): Built[] {
  const issued: string[] = [];
  const previous = new Map<string, PushOp[]>();
  return specs.map((spec, n) => {
    const [user, device] = devices[spec.device]!;
    const retried = spec.retry ? previous.get(device) : undefined;
    const ops =
      retried ??
      spec.ops.map((o, i) => {
        const opId = o.reuse && issued.length ? issued[o.reused % issued.length]! : `g${n}-op${i}`;
        issued.push(opId);
        const id = o.shared ? 'shared' : `${user}-r${o.rec}`;
        const owner = o.foreignOwner ? (user === 'adv-a' ? 'adv-b' : 'adv-a') : user;
        const record = consultation(id, owner, o.base + 1, {
          zz: [o.base, { yy: 1, x: o.nul ? 'a\u0000b' : 'ok' }],
        });
        return op(record, o.base, { opId });
      });
    previous.set(device, ops);
    return { user, device, ops, now: new Date(NOW.getTime() + spec.minutes * 60_000) };
  });
}

describe('applyPush: requests in flight together', () => {
  it('are answered and stored as if they had come one after another', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb, { minLength: 2, maxLength: 8 }), async (specs) => {
        await Promise.all([resetSync(groupDb), resetSync(refDb)]);
        const requests = build(specs);
        // All submitted at once: the first starts alone, the rest form the next group.
        const grouped = await Promise.all(
          requests.map((r) => applyPush(groupDb, principal(r.user, r.device), r.ops, r.now)),
        );
        const groupIds = new Map<string, string>();
        const refIds = new Map<string, string>();
        for (const [i, r] of requests.entries()) {
          const ref = await applyPushOneByOne(refDb, principal(r.user, r.device), r.ops, r.now);
          expect(normalise(grouped[i]!, groupIds)).toBe(normalise(ref, refIds));
          for (const res of ref.results)
            seen.add(`${res.outcome}:${res.original ?? res.code ?? ''}`);
        }
        expect(await dump(groupDb, groupIds)).toEqual(await dump(refDb, refIds));
      }),
      { numRuns: 60, unbiased: true },
    );
    for (const kind of [
      'accepted:',
      'conflict:',
      'duplicate:accepted',
      'rejected:forbidden',
      'rejected:invalid-record',
      'rejected:version-gap',
    ]) {
      expect([...seen], kind).toContain(kind);
    }
  }, 120_000);
});

/** The same database, counting statements and failing the ones `fail` picks. */
function instrumented(inner: Db, fail: (sql: string, params?: unknown[]) => boolean) {
  let n = 0;
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      n += 1;
      if (fail(sql, params)) return Promise.reject(new Error('connection lost'));
      return q.query(sql, params);
    },
    exec: (sql) => {
      n += 1;
      return q.exec(sql);
    },
  });
  const db: Db = {
    ...wrap(inner),
    kind: inner.kind,
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    close: () => inner.close(),
  };
  return { db, statements: () => n };
}

const creates = (user: UserId, prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => op(consultation(`${prefix}${i}`, user, 1)));

describe('applyPush: a group', () => {
  it('costs the statements of one request', async () => {
    const c = instrumented(groupDb, () => false);
    const first = applyPush(c.db, principal('adv-a'), creates('adv-a', 'first', 3), NOW);
    const group = (['adv-a', 'adv-b', 'adv-c', 'head-1'] as const).flatMap((u) =>
      Array.from({ length: 5 }, (_, k) =>
        applyPush(c.db, principal(u), creates(u, `${u}-${k}-`, 8), NOW),
      ),
    );
    await first;
    const answers = await Promise.all(group);
    // One read and one write (the unlocked path): the first request alone, then the 20 that
    // arrived meanwhile together, for the same two.
    expect(c.statements()).toBe(2 + 2);
    expect(answers.every((a) => a.results.every((r) => r.outcome === 'accepted'))).toBe(true);
    expect(answers.map((a) => a.revision)).toEqual(
      Array.from({ length: 20 }, (_, i) => 3 + 8 * (i + 1)),
    );
    expect(await count(groupDb, 'records')).toBe(3 + 160);
  });

  it('that fails with anything but a data exception: each request again alone', async () => {
    let failures = 0;
    // The group's `ops` insert fails once; alone, each request goes through.
    const c = instrumented(groupDb, (sql, params) => {
      const ops = sql.includes('INSERT INTO ops') ? (JSON.parse(String(params?.[2])) as []) : [];
      if (ops.length > 8 && failures === 0) {
        failures += 1;
        return true;
      }
      return false;
    });
    const first = applyPush(c.db, principal('adv-a'), creates('adv-a', 'f', 1), NOW);
    const rest = [
      applyPush(c.db, principal('adv-b'), creates('adv-b', 'b', 8), NOW),
      applyPush(c.db, principal('adv-c'), creates('adv-c', 'c', 8), NOW),
    ];
    await first;
    const answers = await Promise.all(rest);
    expect(failures).toBe(1);
    expect(answers.map((a) => a.revision)).toEqual([9, 17]);
    expect(await count(groupDb, 'ops')).toBe(17);
  });

  it('with a request that always fails: only that one is refused', async () => {
    const c = instrumented(
      groupDb,
      (sql, params) => sql.includes('INSERT INTO ops') && String(params?.[2]).includes('"poison"'),
    );
    const first = applyPush(c.db, principal('adv-a'), creates('adv-a', 'f', 1), NOW);
    const bad = applyPush(
      c.db,
      principal('adv-b'),
      [op(consultation('x', 'adv-b', 1), 0, { opId: 'poison' })],
      NOW,
    ).catch((error: unknown) => error);
    const good = applyPush(c.db, principal('adv-c'), creates('adv-c', 'c', 2), NOW);
    await first;
    expect(await bad).toEqual(new Error('connection lost'));
    expect((await good).revision).toBe(3);
    expect(await count(groupDb, 'records')).toBe(3);
  });
});
