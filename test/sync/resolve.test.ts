/**
 * Resolving conflicts end to end (docs/sync.md, "Resolving conflicts"): simulated laptops with
 * the real repositories against the real server (PGlite). Each action is one local transaction
 * that loses nothing; the server learns of the resolution at the next sync (also when it was
 * made offline) and every device pulls the conflict resolved.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResolveConflictResponse } from '../../src-shared/contracts/sync/protocol';
import { verifyAuditLog } from '../../src-renderer/db/audit-log';
import { syncOnce } from '../../src-renderer/sync/engine';
import { ResolveError, resolveCase } from '../../src-renderer/sync/resolve-actions';
import { loadRawCase, offeredActions } from '../../src-renderer/sync/resolve-cases';
import { openStored } from '../../src-renderer/sync/resolve-open';
import { SyncTransportError, type SyncTransport } from '../../src-renderer/sync/transport';
import { consultationInput, Laptop, NOW, TestServer } from './harness';

let server: TestServer;
const laptops: Laptop[] = [];
const laptop = (deviceId: string, userId: string) => {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  return l;
};

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

/** The laptop's transport plus the resolve call (the harness transport has push and pull). */
function transportOf(l: Laptop, offline = false): SyncTransport {
  return {
    push: (req) => l.transport.push(req),
    pull: (req) => l.transport.pull(req),
    resolveConflict: async (conflictId, body) => {
      if (offline) throw new SyncTransportError('no connection');
      return (await server.inject(
        l.deviceId,
        `/v1/sync/conflicts/${encodeURIComponent(conflictId)}/resolve`,
        body,
      )) as ResolveConflictResponse;
    },
  };
}
const sync = (l: Laptop, offline = false) =>
  syncOnce(l.db, transportOf(l, offline), { deviceId: l.deviceId, now: () => NOW });

const me = { userId: 'adv-a', role: 'advocate' as const };

async function serverConflict(id: string) {
  const { rows } = await server.db.query<{
    resolution: string | null;
    resolved_by: string | null;
    resolved_at: Date | string | null;
  }>('SELECT resolution, resolved_by, resolved_at FROM conflicts WHERE id = $1', [id]);
  return rows[0];
}

const logActions = async (l: Laptop) => (await l.db.syncLog.toArray()).map((r) => r.action);

const contentOf = (r: Record<string, unknown> | undefined) =>
  (JSON.parse(r!['entryJson'] as string) as { content: string }).content;

/**
 * adv-a on two laptops: a1 corrects an entry to 'A1' (server v2) while a2, which had v1,
 * corrects it offline to 'A2'; a2's sync conflicts. Returns the entry id and the conflict id.
 */
async function concurrentCorrections() {
  const a1 = laptop('dev-adv-a', 'adv-a');
  const a2 = laptop('dev-adv-a-2', 'adv-a');
  await a1.adopt();
  await a2.adopt();
  const e = await a1.consultations.create(consultationInput(), 'adv-a');
  await sync(a1);
  await sync(a2);
  await a1.consultations.correct(e.id, consultationInput({ content: 'A1' }), 'r1', 'adv-a');
  await sync(a1);
  await a2.consultations.correct(e.id, consultationInput({ content: 'A2' }), 'r2', 'adv-a');
  const r = await sync(a2);
  expect(r.conflicts).toBe(1);
  const [refused] = await a2.quarantine();
  const conflictId = refused!.rejection!.conflictId!;
  expect(conflictId).toBeTruthy();
  return { a1, a2, id: e.id, opId: refused!.opId, conflictId };
}

describe('resolving a conflict', () => {
  it('apply mine again: the server holds my content at n+1, resolved on both devices', async () => {
    const { a1, a2, id, opId, conflictId } = await concurrentCorrections();
    await sync(a1); // a1 pulls the conflict too, unresolved
    expect((await a1.db.syncConflicts.get(conflictId))!.resolvedAt).toBeNull();

    const raw = (await loadRawCase(a2.db, { kind: 'op', opId }))!;
    expect(offeredActions(raw, me)).toEqual(['kept-server', 'reapplied']);
    const mine = await openStored(a2.deps, 'consultation', raw.mine);
    const theirs = await openStored(a2.deps, 'consultation', raw.server);
    expect([mine!.content, theirs!.content]).toEqual(['A2', 'A1']);

    const done = await resolveCase(a2.deps, { kind: 'op', opId }, 'reapplied', me);
    expect(done).toMatchObject({ resolution: 'reapplied', entityId: id });
    // One transaction: the row (v3 on top of the server's v2), its op, its audit entry, the
    // server's v2 archived, the quarantine and the conflict marked, the log, the queue.
    const row = await a2.db.consultations.get(id);
    expect(row).toMatchObject({
      version: 3,
      correctionReason: `conflict resolution: ${conflictId}`,
    });
    expect(contentOf(row as never)).toBe('A2');
    expect(contentOf((await a2.db.consultationVersions.get([id, 2])) as never)).toBe('A1');
    const audit = await a2.db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'correct',
      entityId: id,
      version: 3,
      reason: `conflict resolution: ${conflictId}`,
    });
    expect(await verifyAuditLog(a2.db)).toMatchObject({ intact: true });
    const kept = (await a2.db.outbox.get(opId))!;
    expect(kept).toMatchObject({ state: 'rejected', rejection: { resolution: 'reapplied' } });
    expect(contentOf(kept.record)).toBe('A2'); // the refused version is still readable
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions).toEqual([
      { conflictId, resolution: 'reapplied', at: NOW },
    ]);
    expect((await logActions(a2)).filter((a) => a === 'resolved').length).toBe(1);

    await sync(a2);
    const onServer = (await server.records()).find((r) => r.entityId === id)!;
    expect(onServer.version).toBe(3);
    expect(contentOf(onServer.body)).toBe('A2');
    expect(await serverConflict(conflictId)).toMatchObject({
      resolution: 'reapplied',
      resolved_by: 'adv-a',
    });
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions).toEqual([]);
    expect((await a2.db.syncConflicts.get(conflictId))!).toMatchObject({
      resolvedAt: expect.any(String),
      resolution: 'reapplied',
    });

    // The other laptop pulls my correction and the conflict, resolved.
    await sync(a1);
    expect(contentOf((await a1.db.consultations.get(id)) as never)).toBe('A2');
    const onA1 = (await a1.db.syncConflicts.get(conflictId))!;
    expect(onA1.resolvedAt).toEqual(expect.any(String));
    expect(
      offeredActions((await loadRawCase(a1.db, { kind: 'conflict', conflictId }))!, me),
    ).toEqual([]);
  });

  it('keep the server’s version, offline: nothing lost, the server told at the next sync', async () => {
    const { a2, id, opId, conflictId } = await concurrentCorrections();
    await resolveCase(a2.deps, { kind: 'conflict', conflictId }, 'kept-server', me, 'A1 дұрыс');
    // Nothing written to the register; the refused version stays, readable, marked resolved.
    expect((await a2.db.consultations.get(id))!.version).toBe(2);
    expect(await a2.pending()).toBe(0);
    const raw = (await loadRawCase(a2.db, { kind: 'op', opId }))!;
    expect(raw).toMatchObject({ resolution: 'kept-server', resolvedAt: NOW });
    expect((await openStored(a2.deps, 'consultation', raw.mine))!.content).toBe('A2');
    await expect(
      resolveCase(a2.deps, { kind: 'op', opId }, 'kept-server', me),
    ).rejects.toMatchObject({ code: 'already-resolved' });

    // Offline: the run fails at the resolve call; the resolution waits, the server has nothing.
    await expect(sync(a2, true)).rejects.toMatchObject({ code: 'transport' });
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions).toHaveLength(1);
    expect((await serverConflict(conflictId))!.resolved_at).toBeNull();
    // A pull from 0 brings the conflict again, still unresolved on the server: it stays
    // resolved here. (A transport without the resolve call leaves the queue waiting.)
    await a2.db.syncState.update('sync', { serverRevision: 0 });
    const { push, pull } = transportOf(a2);
    await syncOnce(a2.db, { push, pull }, { deviceId: a2.deviceId, now: () => NOW });
    expect((await a2.db.syncConflicts.get(conflictId))!).toMatchObject({
      resolvedAt: NOW,
      resolution: 'kept-server',
    });
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions).toHaveLength(1);

    await sync(a2);
    expect(await serverConflict(conflictId)).toMatchObject({
      resolution: 'kept-server',
      resolved_by: 'adv-a',
    });
    expect((await server.records()).find((r) => r.entityId === id)!.version).toBe(2);
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions).toEqual([]);
    expect((await logActions(a2)).filter((a) => a === 'resolution-sent').length).toBe(1);
  });

  it('send as new: a new entry with the next number; both records are on the server', async () => {
    const a1 = laptop('dev-adv-a', 'adv-a');
    const a2 = laptop('dev-adv-a-2', 'adv-a');
    await a1.adopt();
    await a2.adopt();
    const first = await a1.consultations.create(consultationInput({ content: 'A1' }), 'adv-a');
    await sync(a1);
    // The other laptop creates an entry under the same id (a copied database, say).
    const newId = a2.deps.newId;
    let forced: string | undefined = first.id;
    a2.deps.newId = () => {
      const v = forced ?? newId();
      forced = undefined;
      return v;
    };
    await a2.consultations.create(consultationInput({ content: 'A2' }), 'adv-a');
    expect((await sync(a2)).conflicts).toBe(1);
    const [refused] = await a2.quarantine();
    expect(refused!.baseVersion).toBe(0);
    const raw = (await loadRawCase(a2.db, { kind: 'op', opId: refused!.opId }))!;
    // Applying mine over the other record would merge two consultations: not offered.
    expect(offeredActions(raw, me)).toEqual(['kept-server', 'sent-as-new']);
    await expect(
      resolveCase(a2.deps, { kind: 'op', opId: refused!.opId }, 'reapplied', me),
    ).rejects.toBeInstanceOf(ResolveError);

    const done = await resolveCase(a2.deps, { kind: 'op', opId: refused!.opId }, 'sent-as-new', me);
    expect(done.entityId).not.toBe(first.id);
    expect(done.number).toBe(2);
    const created = await a2.consultations.get(done.entityId);
    expect(created).toMatchObject({ number: 2, version: 1, content: 'A2', advocateId: 'adv-a' });
    expect((await a2.db.audit.toArray()).at(-1)).toMatchObject({
      action: 'create',
      entityId: done.entityId,
      reason: `conflict resolution: ${refused!.rejection!.conflictId}`,
    });

    await sync(a2);
    const onServer = await server.records();
    expect(onServer.map((r) => contentOf(r.body)).sort()).toEqual(['A1', 'A2']);
    expect(onServer.find((r) => r.entityId === done.entityId)!.body['number']).toBe(2);
    expect(await serverConflict(refused!.rejection!.conflictId!)).toMatchObject({
      resolution: 'sent-as-new',
    });
    await sync(a1);
    expect(contentOf((await a1.db.consultations.get(done.entityId)) as never)).toBe('A2');
  });

  it('is one transaction: a failure while marking leaves no version, op or audit entry', async () => {
    const { a2, id, opId } = await concurrentCorrections();
    const before = {
      outbox: await a2.db.outbox.count(),
      audit: await a2.db.audit.count(),
      log: await a2.db.syncLog.count(),
    };
    const spy = vi.spyOn(a2.db.syncLog, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(resolveCase(a2.deps, { kind: 'op', opId }, 'reapplied', me)).rejects.toThrow(
      'disk full',
    );
    spy.mockRestore();
    expect((await a2.db.consultations.get(id))!.version).toBe(2);
    expect(await a2.db.consultationVersions.get([id, 2])).toBeUndefined();
    expect({
      outbox: await a2.db.outbox.count(),
      audit: await a2.db.audit.count(),
      log: await a2.db.syncLog.count(),
    }).toEqual(before);
    expect((await a2.db.outbox.get(opId))!.rejection!.resolvedAt).toBeUndefined();
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions ?? []).toEqual([]);
  });

  it('the head may keep the server’s version of a colleague’s conflict, nothing else', async () => {
    const { conflictId } = await concurrentCorrections();
    const head = laptop('dev-head-1', 'head-1');
    await head.adopt();
    await sync(head);
    const raw = (await loadRawCase(head.db, { kind: 'conflict', conflictId }))!;
    const headMe = { userId: 'head-1', role: 'head' as const };
    expect(offeredActions(raw, headMe)).toEqual(['kept-server']);
    expect(offeredActions(raw, { userId: 'adv-b', role: 'advocate' })).toEqual([]);
    await resolveCase(head.deps, { kind: 'conflict', conflictId }, 'kept-server', headMe);
    await sync(head);
    expect(await serverConflict(conflictId)).toMatchObject({
      resolution: 'kept-server',
      resolved_by: 'head-1',
    });
  });

  it('a resolution the server refuses for good is logged and dropped, not retried forever', async () => {
    const a = laptop('dev-adv-a', 'adv-a');
    await a.adopt();
    await a.db.syncState.update('sync', {
      pendingResolutions: [{ conflictId: 'no-such-conflict', resolution: 'kept-server', at: NOW }],
    });
    await sync(a);
    expect((await a.db.syncState.get('sync'))!.pendingResolutions).toEqual([]);
    expect(await logActions(a)).toContain('resolution-refused');
  });

  it('a register number taken here: keep both, known to this device only', async () => {
    const a1 = laptop('dev-adv-a', 'adv-a');
    const a2 = laptop('dev-adv-a-2', 'adv-a');
    await a1.adopt();
    await a2.adopt();
    await a1.consultations.create(consultationInput({ content: 'A1' }), 'adv-a');
    await a2.consultations.create(consultationInput({ content: 'A2' }), 'adv-a');
    await sync(a1);
    await sync(a2); // both are No. 1: a1's cannot land on a2
    const [taken] = await a2.db.syncConflicts.where('kind').equals('number-taken').toArray();
    const raw = (await loadRawCase(a2.db, { kind: 'conflict', conflictId: taken!.conflictId }))!;
    expect(raw.source).toBe('number-taken');
    expect(offeredActions(raw, me)).toEqual(['kept-both']);
    expect(contentOf(raw.mine!)).toBe('A2');
    expect(contentOf(raw.server!)).toBe('A1');
    await resolveCase(
      a2.deps,
      { kind: 'conflict', conflictId: taken!.conflictId },
      'kept-both',
      me,
    );
    expect((await a2.db.syncConflicts.get(taken!.conflictId))!).toMatchObject({
      resolution: 'kept-both',
      resolvedAt: NOW,
    });
    expect((await a2.db.syncState.get('sync'))!.pendingResolutions ?? []).toEqual([]);
    expect(await server.count('records')).toBe(2);
  });
});
