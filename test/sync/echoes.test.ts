/**
 * Echoes (docs/sync.md, "Echoes"): after a push, the pull does not download the records the
 * server has just acknowledged — and never hides a version this laptop does not hold.
 */
import { describe, expect, it } from 'vitest';
import { consultationInput, type Laptop, profileInput, useTestServer } from './harness';

const office = useTestServer();
const laptop = office.laptop.bind(office);

async function registerOf(l: Laptop) {
  return (await l.db.consultations.toArray())
    .map((r) => [r.id, r.version])
    .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
}

describe('echoes', () => {
  it('a first sync pulls none of its own records back, and a second laptop gets them all', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.profile.save(profileInput());
    await a.adopt();
    for (let i = 0; i < 7; i++) await a.consultations.create(consultationInput(), 'adv-a');
    const pulls: unknown[] = [];
    const inner = a.transport.pull.bind(a.transport);
    a.transport.pull = (req) => {
      pulls.push(req);
      return inner(req);
    };
    const r = await a.sync({ maxPushOps: 3 });
    expect(r).toMatchObject({ pushed: 8, accepted: 8, pulled: 0, revision: 8 });
    expect(pulls).toEqual([{ since: 0, echoes: [[1, 8]] }]);
    const state = (await a.db.syncState.get('sync'))!;
    expect(state.serverRevision).toBe(8);
    expect(state.echoes).toEqual([]);

    const a2 = laptop('dev-adv-a-2', 'adv-a');
    await a2.adopt();
    expect(await a2.sync()).toMatchObject({ pulled: 8, applied: 8 });
    expect(await registerOf(a2)).toEqual(await registerOf(a));
  });

  it('a record another laptop changed after the push still comes', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    const a2 = laptop('dev-adv-a-2', 'adv-a');
    await a.adopt();
    await a2.adopt();
    const c = await a.consultations.create(consultationInput(), 'adv-a');
    await a.sync();
    await a2.sync();
    await a2.consultations.correct(c.id, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    await a2.sync();
    // a pushes something else, then pulls: its echo is its new record, not c's v2.
    await a.consultations.create(consultationInput(), 'adv-a');
    const r = await a.sync();
    expect(r).toMatchObject({ pushed: 1, pulled: 1, applied: 1 });
    expect((await a.db.consultations.get(c.id))!.version).toBe(2);
  });

  it('a laptop rolled back (as by restoring a backup) gets back what it wrote later', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    const c = await a.consultations.create(consultationInput(), 'adv-a');
    await a.sync();
    const backup = {
      row: (await a.db.consultations.get(c.id))!,
      state: (await a.db.syncState.get('sync'))!,
    };
    await a.consultations.correct(c.id, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    await a.consultations.create(consultationInput(), 'adv-a');
    // Echo ranges are kept when a pull did not consume them (a failed pull, here).
    a.transport.pullFaults.push('drop-request');
    await expect(a.sync()).rejects.toBeInstanceOf(Error);
    expect((await a.db.syncState.get('sync'))!.echoes).toEqual([[2, 3]]);

    // The restored copy: the row and the sync state of the day of the backup, no later op.
    await a.db.transaction('rw', a.db.consultations, a.db.syncState, a.db.outbox, async () => {
      await a.db.consultations.clear();
      await a.db.consultations.put(backup.row);
      await a.db.syncState.put(backup.state);
      await a.db.outbox.clear();
    });
    const r = await a.sync();
    expect(r).toMatchObject({ pushed: 0, pulled: 2, applied: 2 });
    expect((await a.db.consultations.get(c.id))!.version).toBe(2);
    expect(await a.db.consultations.count()).toBe(2);
  });
});
