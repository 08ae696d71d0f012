/**
 * A lossy network, a restarting server and a crashing laptop: every change reaches the server
 * exactly once, and concurrent edits are kept as conflicts, never overwritten.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncError } from '../../src-renderer/sync/engine';
import { sameRecord } from '../../src-renderer/sync/records';
import { consultationInput, Laptop, TestServer } from './harness';

let server: TestServer;
const laptops: Laptop[] = [];
async function advocate(deviceId = 'dev-adv-a', userId = 'adv-a') {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  await l.adopt();
  return l;
}
async function write(l: Laptop, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await l.consultations.create(consultationInput(), l.userId)).id);
  return ids;
}
/** Server holds exactly these records of the laptop, each once, all ops accepted. */
async function expectDelivered(l: Laptop, ids: string[]) {
  const records = await server.records();
  expect(records.map((r) => r.entityId).sort()).toEqual([...ids].sort());
  expect([...(await server.opOutcomes()).values()].every((o) => o === 'accepted')).toBe(true);
  expect(await l.db.outbox.count()).toBe(0);
  expect(await l.db.consultations.count()).toBe(ids.length);
}

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
  await server.reset();
});

describe('faults', () => {
  it('a lost request: nothing changes locally, the retry delivers', async () => {
    const a = await advocate();
    const ids = await write(a, 3);
    a.transport.pushFaults.push('drop-request');
    await expect(a.sync()).rejects.toMatchObject({ code: 'transport' });
    expect(await a.pending()).toBe(3);
    expect(await server.count('ops')).toBe(0);
    expect(await a.sync()).toMatchObject({ accepted: 3, duplicates: 0 });
    await expectDelivered(a, ids);
  });

  it('a lost response: the server applied it, the retry is answered duplicate, nothing doubled', async () => {
    const a = await advocate();
    const ids = await write(a, 3);
    a.transport.pushFaults.push('drop-response');
    await expect(a.sync()).rejects.toBeInstanceOf(SyncError);
    expect(await a.pending()).toBe(3);
    expect(await server.count('records')).toBe(3);
    expect(await a.sync()).toMatchObject({ accepted: 3, duplicates: 3 });
    await expectDelivered(a, ids);
  });

  it('a duplicated request: the second answer is all duplicates, acknowledged once', async () => {
    const a = await advocate();
    const ids = await write(a, 2);
    a.transport.pushFaults.push('duplicate');
    expect(await a.sync()).toMatchObject({ pushed: 2, accepted: 2, duplicates: 2 });
    await expectDelivered(a, ids);
  });

  it('reordered pushes: a stale request arriving after its retry changes nothing', async () => {
    const a = await advocate();
    const first = await write(a, 2);
    a.transport.pushFaults.push('hold');
    await expect(a.sync()).rejects.toBeInstanceOf(SyncError);
    // Meanwhile a correction on top of the first entry, and a new one.
    await a.consultations.correct(first[0]!, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    const more = await write(a, 1);
    // The retry (v1, v1, v2, new) reaches the server first, then the stale first request.
    expect(await a.sync({ maxPushOps: 500 })).toMatchObject({ accepted: 4 });
    await expectDelivered(a, [...first, ...more]);
    const rec = (await server.records()).find((r) => r.entityId === first[0]);
    expect(rec!.version).toBe(2);
    expect(await server.count('ops')).toBe(4);
  });

  it('a server restart in the middle of a multi-request push', async () => {
    const a = await advocate();
    const ids = await write(a, 5);
    let calls = 0;
    const inner = a.transport.push.bind(a.transport);
    a.transport.push = async (req) => {
      calls += 1;
      if (calls === 2) {
        await server.restart();
        throw new Error('connection reset');
      }
      return inner(req);
    };
    await expect(a.sync({ maxPushOps: 2 })).rejects.toMatchObject({
      code: 'transport',
      partial: { accepted: 2 },
    });
    expect(await a.pending()).toBe(3);
    expect(await a.sync({ maxPushOps: 2 })).toMatchObject({ accepted: 3 });
    await expectDelivered(a, ids);
  });

  it('a crash between the answer and the local commit: the apply rolls back, the re-run settles it', async () => {
    const a = await advocate();
    const ids = await write(a, 3);
    const crash = (phase: 'push' | 'pull') => () => {
      throw new Error(`crash in ${phase}`);
    };
    await expect(a.sync({ beforeCommit: crash('push') })).rejects.toBeInstanceOf(SyncError);
    expect(await a.pending()).toBe(3);
    // Push applied this time; the pull page's commit crashes: the revision stays.
    const b = await advocate('dev-adv-a-2');
    await expect(
      b.sync({ beforeCommit: (p) => p === 'pull' && crash('pull')() }),
    ).rejects.toBeInstanceOf(SyncError);
    expect(await b.db.consultations.count()).toBe(0);
    expect((await b.db.syncState.get('sync'))!.serverRevision).toBe(0);
    expect(await a.sync()).toMatchObject({ accepted: 3, duplicates: 3 });
    await expectDelivered(a, ids);
    expect(await b.sync({ pullLimit: 2 })).toMatchObject({ pulled: 3, applied: 3 });
    expect(await b.db.consultations.count()).toBe(3);
  });
});

describe('a conflict', () => {
  it('same advocate, two laptops, same base: one accepted, the other quarantined, both kept', async () => {
    const a1 = await advocate('dev-adv-a');
    const a2 = await advocate('dev-adv-a-2');
    const [id] = await write(a1, 1);
    await a1.sync();
    expect(await a2.sync()).toMatchObject({ applied: 1 });

    await a1.consultations.correct(
      id!,
      consultationInput({ content: 'from laptop 1' }),
      'r1',
      'adv-a',
    );
    await a2.consultations.correct(
      id!,
      consultationInput({ content: 'from laptop 2' }),
      'r2',
      'adv-a',
    );
    // A second edit on laptop 2, built on its own refused one.
    await a2.consultations.correct(
      id!,
      consultationInput({ content: 'laptop 2 again' }),
      'r3',
      'adv-a',
    );
    const mine = (await a2.db.outbox.toArray()).map((o) => o.record);

    expect(await a1.sync()).toMatchObject({ accepted: 1 });
    const r2 = await a2.sync();
    expect(r2).toMatchObject({ pushed: 2, conflicts: 2, accepted: 0 });

    // Server: v2 is laptop 1's; both versions in its conflicts table.
    const rec = (await server.records()).find((r) => r.entityId === id)!;
    expect(rec.version).toBe(2);
    expect(JSON.parse(rec.body.entryJson as string).content).toBe('from laptop 1');
    expect(await server.count('conflicts')).toBe(2);

    // Laptop 2: its edits are quarantined with the reason, the row is the server's copy.
    const q = await a2.quarantine();
    expect(q).toHaveLength(2);
    expect(q.every((o) => o.rejection!.code === 'conflict' && o.rejection!.conflictId)).toBe(true);
    expect(q.map((o) => o.record)).toEqual(mine);
    expect(q[0]!.rejection!.reason.kk).toMatch(/нұсқа/);
    expect((await a2.consultations.get(id!))!.content).toBe('from laptop 1');
    // History: v1, laptop 2's refused v2 (archived by its own second correction) and the
    // server's v2 as the current row. The quarantine keeps both refused versions for good.
    expect((await a2.consultations.history(id!)).map((e) => [e.version, e.content])).toEqual([
      [1, consultationInput().content],
      [2, 'from laptop 2'],
      [2, 'from laptop 1'],
    ]);
    // Pulled conflicts, both versions.
    const conflicts = await a2.db.syncConflicts.orderBy('at').sortBy('revision');
    expect(conflicts).toHaveLength(2);
    expect(JSON.parse(conflicts[0]!.ours.entryJson as string).content).toBe('from laptop 1');
    expect(JSON.parse(conflicts[0]!.theirs.entryJson as string).content).toBe('from laptop 2');
    // Laptop 1 also sees the conflicts about its record; nothing pending anywhere.
    await a1.sync();
    expect(await a1.db.syncConflicts.count()).toBe(2);
    // The quarantine does not block new work: a correction on the server copy goes through.
    await a2.consultations.correct(id!, consultationInput({ content: 'merged' }), 'r4', 'adv-a');
    expect(await a2.sync()).toMatchObject({ accepted: 1, conflicts: 0 });
    await a1.sync();
    expect(sameRecord(await a1.db.consultations.get(id!), await a2.db.consultations.get(id!))).toBe(
      true,
    );
    // a1's pull archived the version it replaced.
    expect(await a1.db.consultationVersions.get([id!, 2])).toBeDefined();
  });
});
