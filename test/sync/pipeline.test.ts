/**
 * The push is pipelined one deep (push-phase.ts): the next batch leaves as soon as an answer
 * comes, before that answer is applied — and the server still receives exactly the sequence a
 * one-at-a-time push would send, never an op built on one whose answer is not applied yet.
 */
import { describe, expect, it } from 'vitest';
import type { PushRequest } from '../../src-shared/contracts/sync/protocol';
import { consultationInput, type Laptop, useTestServer } from './harness';

const office = useTestServer();
const laptop = office.laptop.bind(office);

async function write(l: Laptop, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await l.consultations.create(consultationInput(), l.userId)).id);
  return ids;
}

/** Records every push request, and how many had gone out when each push answer committed. */
function watch(l: Laptop) {
  const requests: PushRequest[] = [];
  const inner = l.transport.push.bind(l.transport);
  l.transport.push = (req) => {
    requests.push(req);
    return inner(req);
  };
  const sentAtCommit: number[] = [];
  const beforeCommit = (phase: 'push' | 'pull') => {
    if (phase === 'push') sentAtCommit.push(requests.length);
  };
  return { requests, sentAtCommit, beforeCommit };
}

describe('pipelined push', () => {
  it('sends the next batch before applying an answer, and every op arrives once', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    const ids = await write(a, 7);
    const w = watch(a);
    const r = await a.sync({ maxPushOps: 2, beforeCommit: w.beforeCommit });
    expect(r).toMatchObject({ pushed: 7, accepted: 7, rejected: 0 });
    expect(w.requests.map((q) => q.ops.length)).toEqual([2, 2, 2, 1]);
    // Answer k is applied while request k+1 is at the server; the last one has nothing after it.
    expect(w.sentAtCommit).toEqual([2, 3, 4, 4]);
    expect(w.requests.flatMap((q) => q.ops.map((o) => o.entityId)).sort()).toEqual(ids.sort());
    expect((await office.server.records()).length).toBe(7);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('holds an op built on an in-flight one until that answer is applied', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    const [c0, c1, c2] = await write(a, 3);
    await a.consultations.correct(c0!, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    const w = watch(a);
    expect(await a.sync({ maxPushOps: 2 })).toMatchObject({ accepted: 4, rejected: 0 });
    // c0's correction is not sent beside c2 while c0's creation is out; it follows alone.
    expect(w.requests.map((q) => q.ops.map((o) => [o.entityId, o.baseVersion]))).toEqual([
      [
        [c0, 0],
        [c1, 0],
      ],
      [[c2, 0]],
      [[c0, 1]],
    ]);
    const rec = (await office.server.records()).find((x) => x.entityId === c0);
    expect(rec!.version).toBe(2);
  });

  it('a refusal in an answer quarantines the later ops of its record, which never left', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    const [c0] = await write(a, 3);
    await a.consultations.correct(c0!, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    const requests: PushRequest[] = [];
    const inner = a.transport.push.bind(a.transport);
    // The first answer says c0's creation was refused (the server took it: only the answer lies).
    a.transport.push = async (req) => {
      requests.push(req);
      const res = await inner(req);
      if (requests.length > 1) return res;
      return {
        ...res,
        results: res.results.map((x) =>
          x.opId === req.ops[0]!.opId
            ? { opId: x.opId, outcome: 'rejected' as const, code: 'invalid-record' as const }
            : x,
        ),
      };
    };
    const r = await a.sync({ maxPushOps: 2 });
    expect(r).toMatchObject({ accepted: 2, rejected: 2 });
    expect(requests.flatMap((q) => q.ops.map((o) => o.entityId)).filter((id) => id === c0)).toEqual(
      [c0],
    );
    const quarantined = await a.db.outbox.where('state').equals('rejected').toArray();
    expect(
      quarantined.map((o) => [o.entityId, o.baseVersion, o.rejection?.causeOpId ?? null]),
    ).toEqual([
      [c0, 0, null],
      [c0, 1, requests[0]!.ops[0]!.opId],
    ]);
  });
});

describe('a full pull page', () => {
  it('lands whole in its own transaction, its routine entries grouped in the log', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    const ids = await write(a, 520);
    expect(await a.sync()).toMatchObject({ accepted: 520 });
    const b = laptop('dev-adv-a-2', 'adv-a');
    await b.adopt();
    // 500 changes per page: one page is taken with no await between its copies
    // (page-writes.ts); a lost Dexie zone would fail the page with PrematureCommitError.
    expect(await b.sync({ pullLimit: 500 })).toMatchObject({ pulled: 520, applied: 520 });
    expect((await b.db.consultations.toArray()).map((r) => r.id).sort()).toEqual(ids.sort());
    const applied = (await b.db.syncLog.toArray()).filter((r) => r.action === 'applied');
    expect(applied.map((r) => r.reason.replace(/;.*/, ''))).toEqual([
      '500 new records taken from the server',
      '20 new records taken from the server',
    ]);
    const acks = (await a.db.syncLog.toArray()).filter((r) => r.action === 'acknowledged');
    expect(acks.map((r) => r.reason.replace(/:.*/, ''))).toEqual([
      '500 ops acknowledged',
      '20 ops acknowledged',
    ]);
  });
});
