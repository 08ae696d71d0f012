import { describe, expect, it } from 'vitest';
import type { PushOp } from '../../src-shared/contracts/sync/protocol';
import { decideBatch, neededRecords, opIdsOf, type BatchInput } from './push-decide';
import { asStoredJson, recordKey, type ServerRecord, type StoredOp } from './push-results';
import { consultation, distribution, OFFICE_1, op, principal } from './testing';

const A = principal('adv-a');

let ids = 0;
const newId = () => `conflict-${++ids}`;

function decide(ops: PushOp[], over: Partial<BatchInput> = {}) {
  return decideBatch({
    principal: A,
    ops,
    stored: new Map(),
    records: new Map(),
    revision: 10,
    newId,
    ...over,
  });
}

const onServer = (id: string, version: number, revision: number): ServerRecord => ({
  ownerId: 'adv-a',
  officeId: OFFICE_1,
  collegiumId: 'col-1',
  version,
  revision,
  body: consultation(id, 'adv-a', version, { status: 'server' }),
});

const storedOp = (over: Partial<StoredOp> = {}): StoredOp => ({
  userId: 'adv-a',
  baseVersion: 0,
  outcome: 'accepted',
  code: null,
  revision: 3,
  conflictId: null,
  ...over,
});

describe('decideBatch', () => {
  it("a hand-over re-assigned within the request: its last version's reader is written", () => {
    const to = (assignee: string, v: number) =>
      op(distribution('d1', 'head-1', assignee, v), v - 1, { entity: 'distribution' });
    const plan = decide([to('adv-a', 1), to('adv-b', 2)], { principal: principal('head-1') });
    expect(plan.results.map((r) => r.outcome)).toEqual(['accepted', 'accepted']);
    expect(plan.records.map((r) => [r.entityId, r.version, r.sharedWith])).toEqual([
      ['d1', 2, 'adv-b'],
    ]);
  });

  it('several accepted ops on one record: one write of the last state, a revision each', () => {
    const v1 = consultation('c1', 'adv-a', 1);
    const v2 = consultation('c1', 'adv-a', 2, { status: 'two' });
    const v3 = consultation('c1', 'adv-a', 3, { status: 'three' });
    const plan = decide([op(v1), op(v2), op(v3)]);
    expect(plan.results.map((r) => [r.outcome, r.revision, r.version])).toEqual([
      ['accepted', 11, 1],
      ['accepted', 12, 2],
      ['accepted', 13, 3],
    ]);
    expect(plan.records).toEqual([
      {
        entity: 'consultation',
        entityId: 'c1',
        version: 3,
        body: JSON.stringify(v3),
        revision: 13,
        sharedWith: null,
        ownerId: 'adv-a',
        officeId: OFFICE_1,
        collegiumId: 'col-1',
      },
    ]);
    expect(plan.superseded).toEqual([JSON.stringify(v1), JSON.stringify(v2)]);
    expect(plan.ops.map((o) => [o.outcome, o.revision])).toEqual([
      ['accepted', 11],
      ['accepted', 12],
      ['accepted', 13],
    ]);
    expect(plan.revision).toBe(13);
  });

  it('takes revisions from the locked value, for accepts and conflicts only, in op order', () => {
    const records = new Map([[recordKey('consultation', 'c1'), onServer('c1', 2, 4)]]);
    const plan = decide(
      [
        op(consultation('c2', 'adv-a', 1)),
        op(consultation('c9', 'adv-b', 1)), // wrong-owner
        op(consultation('c1', 'adv-a', 2), 1), // conflict
        op(consultation('c3', 'adv-a', 1)),
      ],
      { records, revision: 40 },
    );
    expect(plan.results.map((r) => r.revision)).toEqual([41, undefined, 42, 43]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ opId: plan.results[2]!.opId, revision: 42 });
    expect(plan.revision).toBe(43);
  });

  it('nothing taken: the revision stays the locked one and nothing is written to records', () => {
    const plan = decide([op(consultation('c1', 'adv-b', 1))]);
    expect(plan.revision).toBe(10);
    expect(plan.records).toEqual([]);
    expect(plan.ops).toHaveLength(1);
  });

  it('lineage: after a conflict later ops are conflicts, after a rejection version-gaps', () => {
    const records = new Map([
      [recordKey('consultation', 'c1'), onServer('c1', 2, 4)],
      [recordKey('consultation', 'c2'), onServer('c2', 2, 5)],
    ]);
    const plan = decide(
      [
        op(consultation('c1', 'adv-a', 2), 1), // conflict: server at 2
        op(consultation('c1', 'adv-a', 3), 2), // base matches the server, but built on the refused v2
        op(consultation('c2', 'adv-a', 3, { year: 'bad' }), 2), // invalid-record
        op(consultation('c2', 'adv-a', 4), 3), // gap
      ],
      { records },
    );
    expect(plan.results.map((r) => r.code ?? r.outcome)).toEqual([
      'conflict',
      'conflict',
      'invalid-record',
      'version-gap',
    ]);
    expect(plan.results[3]!.server).toEqual({
      version: 2,
      revision: 5,
      record: records.get(recordKey('consultation', 'c2'))!.body,
    });
    expect(plan.records).toEqual([]);
  });

  it('the same opId twice in one request: the second is a duplicate of the first', () => {
    const o = op(consultation('c1', 'adv-a', 1));
    const plan = decide([o, o]);
    expect(plan.results[1]).toEqual({
      opId: o.opId,
      outcome: 'duplicate',
      original: 'accepted',
      revision: 11,
      version: 1,
    });
    expect(plan.ops).toHaveLength(1);
  });

  it("another user's stored opId: forbidden, nothing stored, the record's lineage untouched", () => {
    const o = op(consultation('c1', 'adv-a', 1));
    const plan = decide([o, op(consultation('c1', 'adv-a', 1))], {
      stored: new Map([[o.opId, storedOp({ userId: 'adv-b' })]]),
    });
    expect(plan.results.map((r) => r.code ?? r.outcome)).toEqual(['forbidden', 'accepted']);
    expect(plan.ops).toHaveLength(1);
  });

  it("a duplicate of a conflict resends the server's copy as it is now, and breaks the lineage", () => {
    const o = op(consultation('c1', 'adv-a', 2), 1);
    const records = new Map([[recordKey('consultation', 'c1'), onServer('c1', 3, 7)]]);
    const plan = decide([o, op(consultation('c1', 'adv-a', 4), 3)], {
      records,
      stored: new Map([[o.opId, storedOp({ outcome: 'conflict', revision: 6, conflictId: 'k' })]]),
    });
    expect(plan.results[0]).toMatchObject({
      outcome: 'duplicate',
      original: 'conflict',
      revision: 6,
      conflictId: 'k',
      server: { version: 3, revision: 7 },
    });
    expect(plan.results[1]!.outcome).toBe('conflict');
  });

  it('answers a record accepted earlier in the request as jsonb returns it (key order, JSON values)', () => {
    const v1 = { ...consultation('c1', 'adv-a', 1), zz: 1, b: undefined, ü: 'x', é: 2, ab: 3 };
    const plan = decide([op(v1), op(consultation('c1', 'adv-a', 1), 0)]);
    const copy = plan.results[1]!.server!;
    expect(plan.results[1]!.outcome).toBe('conflict');
    expect(copy).toMatchObject({ version: 1, revision: 11 });
    // jsonb: shorter keys first (UTF-8 bytes: 'é' and 'ü' are two), then bytewise.
    expect(Object.keys(copy.record).slice(0, 5)).toEqual(['ab', 'id', 'zz', 'é', 'ü']);
    expect('b' in copy.record).toBe(false);
    expect(copy.record).toEqual(JSON.parse(JSON.stringify(v1)));
    expect(JSON.parse(plan.conflicts[0]!.ours)).toEqual(JSON.parse(JSON.stringify(v1)));
  });
});

describe('neededRecords and opIdsOf', () => {
  it('reads every record once, except for stored ops whose answer needs no copy', () => {
    const accepted = op(consultation('c1', 'adv-a', 1));
    const gap = op(consultation('c2', 'adv-a', 2), 1);
    const foreign = op(consultation('c3', 'adv-a', 1));
    const fresh = op(consultation('c4', 'adv-a', 1));
    const stored = new Map([
      [accepted.opId, storedOp()],
      [gap.opId, storedOp({ outcome: 'rejected', code: 'version-gap', revision: null })],
      [foreign.opId, storedOp({ userId: 'adv-b' })],
    ]);
    const ops = [accepted, gap, foreign, fresh, fresh, op(consultation('c4', 'adv-a', 2))];
    expect(neededRecords(A, ops, stored)).toEqual([
      ['consultation', 'c2'],
      ['consultation', 'c4'],
    ]);
    expect(opIdsOf(ops)).toHaveLength(5);
  });

  it('asStoredJson keeps arrays in order and sorts nested objects', () => {
    expect(JSON.stringify(asStoredJson({ bb: [{ y: 1, x: 2 }], a: { ccc: 1, d: 2 } }))).toBe(
      '{"a":{"d":2,"ccc":1},"bb":[{"x":2,"y":1}]}',
    );
  });
});
