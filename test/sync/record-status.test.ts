/**
 * The registers' per-record badge through real pushes (docs/sync.md, "Client engine"): an op
 * is 'local' until a request carrying it leaves, 'sent' while no answer has been applied (even
 * when the answer is lost), and the record is 'accepted' once the op is acknowledged, or
 * 'rejected' while a change to it is in the quarantine.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readRecordSyncStatuses } from '../../src-renderer/sync/record-status';
import { consultationInput, intakeInput, Laptop, NOW, TestServer } from './harness';

let server: TestServer;
const laptops: Laptop[] = [];
async function advocate(deviceId = 'dev-adv-a', userId = 'adv-a') {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  await l.adopt();
  return l;
}
const statusOf = async (l: Laptop, entity: 'consultation' | 'appointment', id: string) =>
  (await readRecordSyncStatuses(l.db, entity, [id])).get(id);
/** The consultation's ops' sentAt, oldest op first (the harness's opIds are ordered). */
const sentAtOf = async (l: Laptop, id: string) =>
  (await l.db.outbox.where('[entity+entityId]').equals(['consultation', id]).sortBy('opId')).map(
    (o) => o.sentAt,
  );

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

describe('record sync status through the engine', () => {
  it('a lost answer leaves the record sent; the retry makes it accepted', async () => {
    const a = await advocate();
    const c = await a.consultations.create(consultationInput(), await a.owner());
    const ap = await a.appointments.create(intakeInput(), await a.owner());
    expect(await statusOf(a, 'consultation', c.id)).toBe('local');
    expect(await statusOf(a, 'appointment', ap.id)).toBe('local');

    a.transport.pushFaults.push('drop-response');
    await expect(a.sync()).rejects.toMatchObject({ code: 'transport' });
    // The server holds both, but this device has no answer: still pending, marked sent.
    expect(await server.count('records')).toBe(2);
    expect(await a.pending()).toBe(2);
    expect(await statusOf(a, 'consultation', c.id)).toBe('sent');
    expect(await statusOf(a, 'appointment', ap.id)).toBe('sent');

    expect(await a.sync()).toMatchObject({ accepted: 2, duplicates: 2 });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await statusOf(a, 'consultation', c.id)).toBe('accepted');
    expect(await statusOf(a, 'appointment', ap.id)).toBe('accepted');
  });

  it('a retry that fails again keeps the first sentAt; a later change is stamped only when sent', async () => {
    const a = await advocate();
    const c = await a.consultations.create(consultationInput(), await a.owner());
    const first = '2026-11-25T10:05:00.000Z';
    a.transport.pushFaults.push('drop-request', 'drop-request');
    await expect(a.sync({ now: () => first })).rejects.toMatchObject({ code: 'transport' });
    await expect(a.sync({ now: () => '2026-11-25T10:09:00.000Z' })).rejects.toMatchObject({
      code: 'transport',
    });
    expect(await sentAtOf(a, c.id)).toEqual([first]);
    expect(await statusOf(a, 'consultation', c.id)).toBe('sent');

    // A correction made now has not left yet; the record shows the stronger 'sent'.
    await a.consultations.correct(c.id, consultationInput({ content: 'v2' }), 'r', 'adv-a');
    expect(await sentAtOf(a, c.id)).toEqual([first, undefined]);
    expect(await statusOf(a, 'consultation', c.id)).toBe('sent');

    expect(await a.sync()).toMatchObject({ accepted: 2 });
    expect(await statusOf(a, 'consultation', c.id)).toBe('accepted');
  });

  it('a conflict puts the record in the quarantine: rejected, and the op keeps its sentAt', async () => {
    const a1 = await advocate('dev-adv-a');
    const a2 = await advocate('dev-adv-a-2');
    const c = await a1.consultations.create(consultationInput(), await a1.owner());
    await a1.sync();
    await a2.sync();
    expect(await statusOf(a2, 'consultation', c.id)).toBe('accepted');

    await a1.consultations.correct(c.id, consultationInput({ content: 'one' }), 'r1', 'adv-a');
    await a2.consultations.correct(c.id, consultationInput({ content: 'two' }), 'r2', 'adv-a');
    await a1.sync();
    expect(await a2.sync()).toMatchObject({ conflicts: 1 });
    const [quarantined] = await a2.quarantine();
    expect(quarantined).toMatchObject({ entityId: c.id, state: 'rejected', sentAt: NOW });
    expect(await statusOf(a2, 'consultation', c.id)).toBe('rejected');
    expect(await statusOf(a1, 'consultation', c.id)).toBe('accepted');
  });
});
