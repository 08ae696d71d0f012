/**
 * The batch path of applyPush must answer and store exactly what the per-op path (the fallback,
 * and the implementation it replaced) does. Random sequences of requests — several users and
 * devices, a few shared record ids, stale and future bases, wrong owners, bad versions, opIds
 * retried by their user or reused by another, now and then a NUL that jsonb refuses — are applied
 * to two databases, one through `applyPush`, one through `applyPushOneByOne`. After every request
 * the answers must be the same JSON text (conflict ids aside, which are random: compared by
 * order of appearance), and at the end the rows of `records`, `ops`, `conflicts` and the revision.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import type { PushOp, PushResponse } from '../../src-shared/contracts/sync/protocol';
import { applyPush, applyPushOneByOne } from './push';
import { consultation, NOW, openTestDb, principal, resetSync, type UserId } from './testing';

let batchDb: Db;
let perOpDb: Db;
beforeAll(async () => {
  [batchDb, perOpDb] = await Promise.all([openTestDb(), openTestDb()]);
});
afterAll(async () => {
  await Promise.all([batchDb.close(), perOpDb.close()]);
});

const devices: [UserId, string][] = [
  ['adv-a', 'dev-adv-a'],
  ['adv-a', 'dev-adv-a-2'],
  ['adv-b', 'dev-adv-b'],
  ['head-1', 'dev-head-1'],
];

const opArb = fc.record({
  /** One of the user's own records, or now and then one whose id every user writes. */
  rec: fc.nat(2),
  shared: fc.nat(6).map((n) => n === 0),
  /** The base is what this device last knew of the record, sometimes off by one. */
  skew: fc.constantFrom(0, 0, 0, 0, 0, -1, 1),
  badVersion: fc.nat(15).map((n) => n === 0),
  foreignOwner: fc.nat(15).map((n) => n === 0),
  nul: fc.nat(30).map((n) => n === 0),
  /** Send an opId seen before (by anyone) instead of a new one. */
  reuse: fc.nat(4).map((n) => n === 0),
  reused: fc.nat(1000),
  payload: fc.string({ maxLength: 4 }),
});
const requestArb = fc.record({
  device: fc.nat(devices.length - 1),
  /** Send this device's previous request again (its answer was lost). */
  retry: fc.nat(4).map((n) => n === 0),
  ops: fc.array(opArb, { minLength: 1, maxLength: 12 }),
});

type OpSpec = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

/** What each device believes each record's version is (its local copy). */
type Known = Map<string, number>;

function buildOp(user: UserId, known: Known, spec: OpSpec, opId: string): PushOp {
  const id = spec.shared ? 'shared' : `${user}-r${spec.rec}`;
  const base = Math.max(0, (known.get(id) ?? 0) + spec.skew);
  known.set(id, base + 1); // the device's own edit
  const owner = spec.foreignOwner ? (user === 'adv-a' ? 'adv-b' : 'adv-a') : user;
  // Keys of different lengths, in an order jsonb will not keep.
  const record = consultation(id, owner, base + 1 + (spec.badVersion ? 1 : 0), {
    zzzz: spec.payload,
    q: [base, { yy: 1, x: spec.nul ? 'a\u0000b' : 'ok' }],
  });
  return {
    opId,
    entity: 'consultation',
    entityId: id,
    baseVersion: base,
    record,
    at: NOW.toISOString(),
  };
}

/** After an answer the device takes the server's copy when it got one (docs/sync.md). */
function learn(known: Known, ops: PushOp[], res: PushResponse): void {
  res.results.forEach((r, i) => {
    if (r.server) known.set(ops[i]!.entityId, r.server.version);
    else if (r.outcome === 'rejected') known.set(ops[i]!.entityId, ops[i]!.baseVersion);
  });
}

/** Conflict ids are random: replace each by its order of first appearance in that database. */
function normalise(res: PushResponse, ids: Map<string, string>): string {
  return JSON.stringify(res, (k, v: unknown) => {
    if (k !== 'conflictId' || typeof v !== 'string') return v;
    if (!ids.has(v)) ids.set(v, `conflict#${ids.size + 1}`);
    return ids.get(v);
  });
}

async function dump(db: Db, ids: Map<string, string>) {
  const q = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;
  const plain = (rows: Record<string, unknown>[]) =>
    rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)));
  const conflicts = await q(
    `SELECT id, entity, entity_id, op_id, owner_id, office_id, base_version, server_version,
            theirs::text AS theirs, ours::text AS ours, revision::text AS revision, created_at
       FROM conflicts ORDER BY revision`,
  );
  return {
    records: plain(
      await q(`SELECT entity, entity_id, version, owner_id, office_id, collegium_id,
                      body::text AS body, revision::text AS revision, updated_at
                 FROM records ORDER BY entity, entity_id`),
    ),
    ops: plain(
      await q(`SELECT op_id, device_id, user_id, entity, entity_id, base_version, outcome, code,
                      revision::text AS revision, received_at
                 FROM ops ORDER BY op_id`),
    ),
    conflicts: plain(conflicts.map((c) => ({ ...c, id: ids.get(c.id as string) ?? c.id }))),
    revision: (await q('SELECT revision::text AS revision FROM server_state'))[0],
  };
}

describe('applyPush: the batch path answers and stores what the per-op path does', () => {
  it('for random sequences of requests', async () => {
    /** What the runs produced, to check below that every path was exercised. */
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb, { minLength: 1, maxLength: 5 }), async (requests) => {
        await Promise.all([resetSync(batchDb), resetSync(perOpDb)]);
        const issued: string[] = [];
        const known = new Map(devices.map(([, d]) => [d, new Map<string, number>()]));
        const previous = new Map<string, PushOp[]>();
        const batchIds = new Map<string, string>();
        const perOpIds = new Map<string, string>();
        for (const [n, request] of requests.entries()) {
          const [user, device] = devices[request.device]!;
          const p = principal(user, device);
          const last = request.retry ? previous.get(device) : undefined;
          const ops =
            last ??
            request.ops.map((spec, i) => {
              const opId =
                spec.reuse && issued.length > 0
                  ? issued[spec.reused % issued.length]!
                  : `req${n}-op${i}`;
              issued.push(opId);
              return buildOp(user, known.get(device)!, spec, opId);
            });
          previous.set(device, ops);
          const viaBatch = await applyPush(batchDb, p, ops, NOW);
          const viaPerOp = await applyPushOneByOne(perOpDb, p, ops, NOW);
          expect(normalise(viaBatch, batchIds)).toBe(normalise(viaPerOp, perOpIds));
          learn(known.get(device)!, ops, viaBatch);
          for (const [i, r] of viaBatch.results.entries()) {
            const nul = JSON.stringify(ops[i]!.record).includes('\\u0000') ? ':NUL' : '';
            const kind = `${r.outcome}:${r.original ?? r.code ?? ''}:${r.server ? 'copy' : ''}${nul}`;
            seen.set(kind, (seen.get(kind) ?? 0) + 1);
          }
        }
        expect(await dump(batchDb, batchIds)).toEqual(await dump(perOpDb, perOpIds));
      }),
      { numRuns: 80, unbiased: true },
    );
    const kinds = [...seen.keys()];
    for (const kind of [
      'accepted::',
      'conflict::copy',
      'duplicate:accepted:',
      'duplicate:conflict:',
      'rejected:forbidden:',
      'rejected:invalid-record:', // version not base + 1
      'rejected:invalid-record::NUL', // jsonb refused it: the per-op fallback ran
      'rejected:version-gap:copy',
    ]) {
      expect(
        kinds.filter((k) => k.startsWith(kind)),
        kind,
      ).not.toEqual([]);
    }
  }, 120_000);
});
