/**
 * Random sequences of offline writes on three laptops (advocate A on two of them, so stale
 * bases and conflicts happen; advocate B on one), syncs through a faulty network (lost
 * requests and answers, duplicates, delayed requests, crashes before the local commit), paged
 * pulls and server restarts — then everyone syncs cleanly. Afterwards:
 * - no change lost: every op ever written is on the server (accepted) or in its laptop's
 *   quarantine;
 * - none duplicated: each record once on the server and once per replica, each op once;
 * - convergence: every replica (the head's too) holds exactly the records the server lets it
 *   read, each equal to the server's version.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sameRecord } from '../../src-renderer/sync/records';
import { OFFICE_1 } from '../../src-server/sync/testing';
import { consultationInput, type Fault, Laptop, localRecords, TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});

const faults = [
  'none',
  'drop-request',
  'drop-response',
  'duplicate',
  'hold',
  'crash-push',
  'crash-pull',
] as const;
type SyncFault = (typeof faults)[number];

const action = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('create' as const), d: fc.nat(1) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('correct' as const),
      // A's second laptop edits most: stale bases, so conflicts.
      d: fc.constantFrom(0, 2, 2, 1),
      k: fc.nat(5),
      text: fc.string({ minLength: 1, maxLength: 6 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('sync' as const),
      d: fc.nat(3),
      fault: fc.constantFrom(...faults),
      maxOps: fc.integer({ min: 1, max: 3 }),
      pullLimit: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restart' as const) }) },
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

async function run(actions: Action[]): Promise<void> {
  await server.reset();
  // 0: A's laptop, 1: B's laptop (both create), 2: A's second laptop (corrects only: register
  // numbers are per laptop until numbering is shared), 3: the head (reads the office).
  const laptops = [
    new Laptop(server, 'dev-adv-a', 'adv-a'),
    new Laptop(server, 'dev-adv-b', 'adv-b'),
    new Laptop(server, 'dev-adv-a-2', 'adv-a'),
    new Laptop(server, 'dev-head-1', 'head-1'),
  ];
  try {
    for (const l of laptops) await l.adopt();
    /** Every op ever written: opId → the laptop that wrote it. */
    const written = new Map<string, Laptop>();
    const snapshot = async (l: Laptop) => {
      for (const op of await l.db.outbox.toArray()) written.set(op.opId, l);
    };

    for (const a of actions) {
      if (a.t === 'create') {
        const l = laptops[a.d]!;
        await l.consultations.create(consultationInput(), l.userId);
        await snapshot(l);
      } else if (a.t === 'correct') {
        const l = laptops[a.d]!;
        const rows = (await l.db.consultations.toArray())
          .filter((r) => r.advocateId === l.userId)
          .sort((p, q) => p.id.localeCompare(q.id));
        const row = rows[a.k % Math.max(1, rows.length)];
        if (!row) continue;
        await l.consultations.correct(
          row.id,
          consultationInput({ content: `Кеңес ${a.text}` }),
          'r',
          l.userId,
        );
        await snapshot(l);
      } else if (a.t === 'restart') {
        await server.restart();
      } else {
        const l = laptops[a.d]!;
        const fault: SyncFault = a.fault;
        if (fault !== 'none' && !fault.startsWith('crash')) {
          l.transport.pushFaults.push(fault as Fault);
        }
        const crash = fault.startsWith('crash') ? fault.slice(6) : null;
        await l
          .sync({
            maxPushOps: a.maxOps,
            pullLimit: a.pullLimit,
            beforeCommit: (phase) => {
              if (phase === crash) throw new Error('crash');
            },
          })
          .catch(() => undefined);
        l.transport.pushFaults.length = 0;
      }
    }

    // Back online for good.
    for (const l of laptops) {
      for (let i = 0; (await l.pending()) > 0; i++) {
        expect(i).toBeLessThan(5);
        await l.sync();
      }
    }
    for (const l of laptops) await l.sync({ pullLimit: 2 });

    const outcomes = await server.opOutcomes();
    const records = await server.records();
    // No change lost.
    for (const [opId, l] of written) {
      const local = await l.db.outbox.get(opId);
      if (outcomes.get(opId) === 'accepted') expect(local).toBeUndefined();
      else expect(local?.state).toBe('rejected');
    }
    // None duplicated: one server record per created id, one op row per op.
    const created = new Set(
      (await Promise.all(laptops.map((l) => l.db.consultations.toArray()))).flat().map((r) => r.id),
    );
    expect(records.filter((r) => r.entity === 'consultation').length).toBe(created.size);
    expect(outcomes.size).toBeLessThanOrEqual(written.size);
    // Converged: each replica holds exactly what the server lets it read, as the server has it.
    for (const l of laptops) {
      expect(await l.pending()).toBe(0);
      expect(await l.db.syncConflicts.where('kind').equals('number-taken').count()).toBe(0);
      const readable = records.filter((r) =>
        l.userId === 'head-1' ? r.officeId === OFFICE_1 : r.ownerId === l.userId,
      );
      const local = await localRecords(l.db);
      expect([...local.keys()].sort()).toEqual(
        readable.map((r) => `${r.entity}/${r.entityId}`).sort(),
      );
      for (const r of readable) {
        expect(sameRecord(local.get(`${r.entity}/${r.entityId}`), r.body)).toBe(true);
      }
    }
  } finally {
    for (const l of laptops) await l.close();
  }
}

it('no change lost, none duplicated, all replicas converge', { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 8, maxLength: 40, size: 'max' }), (actions) =>
      run(actions),
    ),
    { numRuns: 60 },
  );
});
