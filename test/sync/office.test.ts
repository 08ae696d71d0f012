/**
 * The client engine against the real office server: offices, identity adoption, batching,
 * device-local entities, and pulls that must not overwrite local work.
 */
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src-renderer/db/audit-log';
import { SyncError } from '../../src-renderer/sync/engine';
import { IdentityAdoptionError } from '../../src-renderer/sync/adopt-identity';
import { SyncLogWriter } from '../../src-renderer/sync/sync-state';
import { consultationInput, intakeInput, profileInput, useTestServer } from './harness';

const office = useTestServer();
const laptop = office.laptop.bind(office);

describe('an office syncing', () => {
  it('two advocates write offline and sync; the head pulls the office; another office sees nothing', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    const b = laptop('dev-adv-b', 'adv-b');
    const head = laptop('dev-head-1', 'head-1');
    const x = laptop('dev-adv-x', 'adv-x');

    // Offline: profiles and registers owned by the local profile ids.
    for (const l of [a, b, head, x])
      await l.profile.save(profileInput(l === head ? 'head' : 'advocate'));
    const a1 = await a.consultations.create(consultationInput(), await a.owner());
    const a2 = await a.consultations.create(
      consultationInput({ appliedAt: '2026-11-24T11:00' }),
      await a.owner(),
    );
    const aAppt = await a.appointments.create(intakeInput(), await a.owner());
    const b1 = await b.consultations.create(consultationInput(), await b.owner());
    await a.consultations.correct(
      a1.id,
      consultationInput({ content: 'Түзетілді.' }),
      'қате',
      await a.owner(),
    );
    const x1 = await x.consultations.create(consultationInput(), await x.owner());

    // Signing in: the register becomes the server user's.
    for (const l of [a, b, head, x]) expect((await l.adopt()).changed).toBe(true);
    expect((await a.db.consultations.get(a1.id))!.advocateId).toBe('adv-a');
    expect((await a.db.consultationVersions.get([a1.id, 1]))!.advocateId).toBe('adv-a');
    expect(await verifyAuditLog(a.db)).toMatchObject({ intact: true });

    const ra = await a.sync();
    expect(ra).toMatchObject({ pushed: 5, accepted: 5, rejected: 0, conflicts: 0 });
    expect(await a.pending()).toBe(0);
    const rb = await b.sync();
    expect(rb).toMatchObject({ pushed: 2, accepted: 2 });
    await x.sync();

    const rh = await head.sync();
    expect(rh.accepted).toBe(1); // its own profile
    const headRows = await head.db.consultations.toArray();
    expect(headRows.map((r) => r.id).sort()).toEqual([a1.id, a2.id, b1.id].sort());
    expect(await head.db.appointments.get(aAppt.id)).toMatchObject({ advocateId: 'adv-a' });
    expect((await head.db.consultations.get(a1.id))!.version).toBe(2);
    // Others' profiles are the office roster, not the head's own profile.
    expect((await head.db.officeProfiles.toArray()).map((p) => p.id).sort()).toEqual([
      'adv-a',
      'adv-b',
    ]);
    expect((await head.profile.current())!.id).toBe('head-1');
    // Remote applies write no outbox op and no audit entry.
    expect(await head.db.outbox.count()).toBe(0);
    expect(await head.db.audit.count()).toBe(2); // its profile + its adoption

    // The other office's advocate sees only her own.
    await x.sync();
    expect((await x.db.consultations.toArray()).map((r) => r.id)).toEqual([x1.id]);
    // An advocate pulls only her own (her records come back unchanged).
    const rb2 = await b.sync();
    expect(rb2.applied).toBe(0);
    expect(await b.db.consultations.count()).toBe(1);
    // a: 2 consultations, 1 appointment; b: 1; x: 1; and the four profiles.
    expect(await office.server.count('records')).toBe(3 + 1 + 1 + 4);
  });

  it('splits pushes by count and by size, oldest first', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    for (let i = 0; i < 7; i++) {
      await a.consultations.create(consultationInput({ content: 'x'.repeat(2000) }), 'adv-a');
    }
    const before = office.server.requests;
    const r = await a.sync({ maxPushOps: 3 });
    expect(r).toMatchObject({ pushed: 7, accepted: 7 });
    expect(office.server.requests - before).toBe(3 + 1); // 3 pushes (3+3+1) and one pull
    for (let i = 0; i < 5; i++) {
      await a.consultations.create(consultationInput({ content: 'y'.repeat(3000) }), 'adv-a');
    }
    const mid = office.server.requests;
    const r2 = await a.sync({ maxPushBytes: 8000 });
    expect(r2.accepted).toBe(5);
    expect(office.server.requests - mid).toBeGreaterThanOrEqual(3 + 1);
    const numbers = (await office.server.records())
      .map((x) => x.body.number as number)
      .sort((p, q) => p - q);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('sets aside device-local entities and refuses unsendable ops without blocking the rest', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    await a.db.outbox.add({
      opId: 'dev-adv-a-pack',
      entity: 'rulePack',
      entityId: 'pack@1',
      baseVersion: 0,
      record: { id: 'pack@1', version: 1 },
      at: '2026-11-25T09:00:00.000Z',
      state: 'pending',
    });
    await a.db.outbox.add({
      opId: 'dev-adv-a-huge',
      entity: 'consultation',
      entityId: 'huge',
      baseVersion: 0,
      record: { id: 'huge', version: 1, entryJson: 'z'.repeat(300 * 1024) },
      at: '2026-11-25T09:00:00.001Z',
      state: 'pending',
    });
    const c = await a.consultations.create(consultationInput(), 'adv-a');
    const r = await a.sync();
    expect(r).toMatchObject({ pushed: 1, accepted: 1, rejected: 1 });
    expect((await a.db.outbox.get('dev-adv-a-pack'))!.state).toBe('local');
    expect((await a.db.outbox.get('dev-adv-a-huge'))!.rejection!.code).toBe('record-too-large');
    expect((await office.server.records()).map((x) => x.entityId)).toEqual([c.id]);
  });

  it('never overwrites a local row that has a pending op; its push resolves it', async () => {
    const a1 = laptop('dev-adv-a', 'adv-a');
    const a2 = laptop('dev-adv-a-2', 'adv-a');
    await a1.adopt();
    await a2.adopt();
    const e = await a1.consultations.create(consultationInput(), 'adv-a');
    await a1.sync();
    await a2.sync();
    await a1.consultations.correct(e.id, consultationInput({ content: 'A1' }), 'r', 'adv-a');
    await a1.sync();
    // a2 edits offline from v1, then pulls (push fails: request lost) — its edit stays.
    await a2.consultations.correct(e.id, consultationInput({ content: 'A2' }), 'r', 'adv-a');
    a2.transport.pushFaults.push('drop-request');
    await expect(a2.sync()).rejects.toBeInstanceOf(SyncError);
    const local = await a2.consultations.get(e.id);
    expect(local!.content).toBe('A2');
    expect((await a2.db.syncState.get('sync'))!.lastError!.code).toBe('transport');
  });

  it('refuses to sync without an adopted identity, and garbage answers change nothing', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.consultations.create(consultationInput(), 'adv-a');
    await expect(a.sync()).rejects.toMatchObject({ code: 'no-identity' });
    await a.adopt();
    a.transport.pushFaults.push('garbage');
    await expect(a.sync()).rejects.toMatchObject({ code: 'bad-response' });
    expect(await a.pending()).toBe(1);
    // The retried push lands (a duplicate, acknowledged); the bad pull page is not applied.
    a.transport.pullFaults.push('garbage');
    await expect(a.sync()).rejects.toMatchObject({
      code: 'bad-response',
      partial: { duplicates: 1 },
    });
    expect(await a.pending()).toBe(0);
    expect((await a.db.syncState.get('sync'))!.serverRevision).toBe(0);
    const r = await a.sync();
    // Its own record is an echo of the acknowledged push: the server leaves it out.
    expect(r).toMatchObject({ pushed: 0, pulled: 0, applied: 0, revision: 1 });
    expect((await a.db.syncState.get('sync'))!.lastError).toBeUndefined();
  });
});

describe('adoptServerIdentity', () => {
  it('rewrites owner fields in rows, archives and pending ops, in one audited step', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.profile.save(profileInput());
    const local = await a.owner();
    const c = await a.consultations.create(consultationInput(), local);
    await a.consultations.correct(c.id, consultationInput({ content: 'v2' }), 'r', local);
    const ap = await a.appointments.create(intakeInput(), local);
    const res = await a.adopt();
    expect(res).toMatchObject({ changed: true, previousProfileId: local });
    expect(res.rewritten).toEqual({ rows: 3, versions: 1, ops: 4 });
    expect(await a.db.profile.get(local)).toBeUndefined();
    expect(await a.db.profile.get('adv-a')).toBeDefined();
    expect((await a.db.appointments.get(ap.id))!.advocateId).toBe('adv-a');
    for (const op of await a.db.outbox.toArray()) {
      expect(JSON.stringify(op.record)).not.toContain(local);
      expect(op.entityId).not.toBe(local);
    }
    const audit = await a.db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'system', actor: 'adv-a', entityId: 'adv-a' });
    expect(await verifyAuditLog(a.db)).toMatchObject({ intact: true, count: 5 });
    // Idempotent for the same user; refused for another.
    expect((await a.adopt()).changed).toBe(false);
    const again = laptop('dev-adv-a', 'adv-b');
    await again.adopt();
    const { adoptServerIdentity } = await import('../../src-renderer/sync/adopt-identity');
    await expect(adoptServerIdentity(again.db, 'adv-c')).rejects.toMatchObject({
      code: 'bound-to-other-user',
    });
    // The whole register pushes cleanly under the server id.
    expect(await a.sync()).toMatchObject({ accepted: 4, rejected: 0 });
  });

  it('is refused once the device synced (acknowledged under another identity)', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.db.syncState.put({ id: 'sync', serverRevision: 7, lastSuccessAt: '2026-11-01' });
    await expect(a.adopt()).rejects.toBeInstanceOf(IdentityAdoptionError);
    await expect(a.adopt()).rejects.toMatchObject({ code: 'already-synced' });
  });
});

describe('sync log', () => {
  it('keeps only the newest entries', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.db.transaction('rw', a.db.syncLog, async () => {
      const log = new SyncLogWriter('t');
      for (let i = 0; i < 30; i++)
        log.add({ action: 'x', entity: 'e', entityId: `${i}`, reason: 'r' });
      await log.flush(a.db, 10);
      for (let i = 30; i < 35; i++)
        log.add({ action: 'x', entity: 'e', entityId: `${i}`, reason: 'r' });
      await log.flush(a.db, 10);
    });
    const ids = (await a.db.syncLog.toArray()).map((r) => r.entityId);
    expect(ids).toEqual(['25', '26', '27', '28', '29', '30', '31', '32', '33', '34']);
  });
});
