/**
 * Once per issue across the office (Rules cl. 42, docs/sync.md): aid marks from the real server
 * reach a colleague's laptop through the engine, and the eligibility check sees them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EligibilityCheckRepository } from '../../src-renderer/db/eligibility-check-repository';
import { OfficeAidLookup } from '../../src-renderer/db/office-aid';
import { syncOnce } from '../../src-renderer/sync/engine';
import type { SyncTransport } from '../../src-renderer/sync/transport';
import { decideEligibility } from '../../src-shared/domain/eligibility/engine';
import { eligibilityFactsSchema } from '../../src-shared/domain/eligibility/types';
import type { EligibilityPack } from '../../src-shared/rules/pack-schema';
import { packInForce } from '../../src-shared/rules/select-pack';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import {
  consultationInput,
  injectTransport,
  Laptop,
  NOW,
  profileInput,
  TestServer,
} from './harness';

const IIN = '900101300057';
const pack = packInForce(loadShippedPacks(), 'eligibility', '2026-11-25') as EligibilityPack;
const facts = eligibilityFactsSchema.parse({
  date: '2026-11-25',
  service: 'consultation',
  person: { iin: IIN, fullName: 'Серікбаев Арман' },
  categoryId: 'cons.26-2-1.issues',
  issue: { areaId: 'alimony', subject: 'Алимент өндіру', isLegal: true },
  evidence: ['identity-document'],
});

let server: TestServer;
const laptops: Laptop[] = [];
async function signedIn(deviceId: string, userId: string, role: 'advocate' | 'head' = 'advocate') {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  await l.profile.save(profileInput(role));
  await l.adopt();
  return l;
}
const checks = (l: Laptop) => new EligibilityCheckRepository(l.deps);
const markLog = async (l: Laptop) =>
  (await l.db.syncLog.toArray()).filter((r) => r.reason.includes('office aid mark'));

beforeAll(async () => {
  server = await TestServer.start();
}, 60_000); // PGlite's start is slow on a loaded machine
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
  await server.reset();
});

describe('aid marks: the once-per-issue check sees the office after sync', () => {
  it("B's consultation makes A's check show a repeat; another office sees nothing", async () => {
    const a = await signedIn('dev-adv-a', 'adv-a');
    const b = await signedIn('dev-adv-b', 'adv-b');
    const x = await signedIn('dev-adv-x', 'adv-x');
    const given = await b.consultations.create(consultationInput(), 'adv-b');
    const ownA = await a.consultations.create(
      consultationInput({ issue: { areaId: 'labour', subject: 'Еңбек' } }),
      'adv-a',
    );

    // Before sync A knows nothing of B's aid.
    expect(await checks(a).priorRecordsFor(IIN)).toEqual([]);
    await b.sync();
    await a.sync();
    await x.sync();

    const prior = await checks(a).priorRecordsFor(IIN);
    expect(prior).toEqual([
      {
        recordId: given.id,
        iin: IIN,
        service: 'consultation',
        issueAreaId: 'alimony',
        subject: '',
        date: '2026-11-24',
        source: 'office',
        advocateName: 'adv-b', // the fixture account's full name is its id
      },
    ]);
    // Only index fields reached A: the person's name and the advice are nowhere on A's laptop.
    const onA = JSON.stringify(await a.db.officeAidMarks.toArray());
    expect(onA).not.toContain('Серікбаев');
    expect(onA).not.toContain('entryJson');
    expect(await a.db.consultations.get(given.id)).toBeUndefined();

    // The engine refuses a confirmed repeat whoever gave it.
    const confirmed = decideEligibility({ ...facts, sameIssueRecordIds: [given.id] }, pack, prior);
    expect(confirmed).toMatchObject({
      outcome: 'not-eligible',
      refusalGroundId: 'refusal.42.repeat-issue',
    });

    // B in turn sees A's consultation (labour), never its own as a mark.
    await b.sync();
    expect((await b.db.officeAidMarks.toArray()).map((m) => m.entityId)).toEqual([ownA.id]);
    expect((await a.db.officeAidMarks.toArray()).map((m) => m.ownerId)).toEqual(['adv-b']);

    // Another office: nothing.
    expect(await x.db.officeAidMarks.count()).toBe(0);
    expect(await checks(x).priorRecordsFor(IIN)).toEqual([]);
  });

  it("a colleague's correction replaces the mark; one log line per page, not per mark", async () => {
    const a = await signedIn('dev-adv-a', 'adv-a');
    const b = await signedIn('dev-adv-b', 'adv-b');
    const first = await b.consultations.create(consultationInput(), 'adv-b');
    for (const day of ['2026-11-20', '2026-11-21']) {
      await b.consultations.create(consultationInput({ appliedAt: `${day}T09:40` }), 'adv-b');
    }
    await b.sync();
    await a.sync();
    expect(await a.db.officeAidMarks.count()).toBe(3);
    expect((await markLog(a)).map((r) => r.reason)).toEqual([
      'pull: 3 office aid mark(s) stored (cl. 42)',
    ]);
    expect((await checks(a).priorRecordsFor(IIN)).map((p) => p.date)).toEqual([
      '2026-11-24',
      '2026-11-21',
      '2026-11-20',
    ]);

    await b.consultations.correct(
      first.id,
      consultationInput({ status: 'refused', refusalGroundId: 'refusal.38-2.not-legal' }),
      'Қате енгізілген',
      'adv-b',
    );
    await b.sync();
    await a.sync();
    expect(await a.db.officeAidMarks.get(['consultation', first.id])).toMatchObject({
      version: 2,
      status: 'refused',
    });
    // Refused is not aid given: no longer a repeat.
    expect((await checks(a).priorRecordsFor(IIN)).map((p) => p.recordId)).not.toContain(first.id);
  });

  it("a head gets no marks: the office's own rows serve, named from the roster", async () => {
    const b = await signedIn('dev-adv-b', 'adv-b');
    const head = await signedIn('dev-head-1', 'head-1', 'head');
    const given = await b.consultations.create(consultationInput(), 'adv-b');
    await b.sync();
    await head.sync();
    expect(await head.db.officeAidMarks.count()).toBe(0);
    expect(await new OfficeAidLookup(head.deps).forPerson(IIN)).toEqual([
      expect.objectContaining({
        recordId: given.id,
        ownerId: 'adv-b',
        advocateName: profileInput().fullName,
        from: 'row',
      }),
    ]);
    expect(await checks(head).priorRecordsFor(IIN)).toEqual([
      expect.objectContaining({ recordId: given.id, source: 'office' }),
    ]);
  });
});

describe('aid marks: a device that synced before its server sent marks', () => {
  /** The server's answers without `marks`, as a server of before this change gives them. */
  const recording = (inner: SyncTransport, strip: boolean) => {
    const sinces: number[] = [];
    const t: SyncTransport = {
      push: (req) => inner.push(req),
      pull: async (req) => {
        sinces.push(req.since);
        const res = await inner.pull(req);
        if (!strip) return res;
        const { marks: _dropped, ...old } = res;
        return old as never;
      },
    };
    return { t, sinces };
  };
  const run = (l: Laptop, t: SyncTransport) =>
    syncOnce(l.db, t, { deviceId: l.deviceId, now: () => NOW, pullLimit: 2 });

  it('pulls once more from 0 to learn of earlier aid, then never again', async () => {
    const a = await signedIn('dev-adv-a', 'adv-a');
    const b = await signedIn('dev-adv-b', 'adv-b');
    const given = await b.consultations.create(consultationInput(), 'adv-b');
    await b.sync();

    const old = recording(injectTransport(server, a.deviceId), true);
    await run(a, old.t);
    await run(a, old.t);
    const revision = (await a.db.syncState.get('sync'))!.serverRevision;
    expect(revision).toBeGreaterThan(0);
    // An older server: no marks, and no pull from 0 on every run either.
    expect(old.sinces.filter((s) => s === 0)).toHaveLength(1);
    expect(await a.db.officeAidMarks.count()).toBe(0);

    const upgraded = recording(injectTransport(server, a.deviceId), false);
    await run(a, upgraded.t);
    expect(upgraded.sinces[0]).toBe(revision);
    expect(upgraded.sinces).toContain(0);
    expect((await checks(a).priorRecordsFor(IIN)).map((p) => p.recordId)).toEqual([given.id]);
    const state = (await a.db.syncState.get('sync'))!;
    expect(state.aidMarksComplete).toBe(true);
    expect(state.serverRevision).toBe(revision);
    // Re-pulling its own records changed nothing locally.
    expect(await a.pending()).toBe(0);
    expect(await a.quarantine()).toEqual([]);

    const later = recording(injectTransport(server, a.deviceId), false);
    await run(a, later.t);
    expect(later.sinces).toEqual([revision]);
  });

  it('a crash in the middle of that pull starts it again from 0 next time', async () => {
    const a = await signedIn('dev-adv-a', 'adv-a');
    const b = await signedIn('dev-adv-b', 'adv-b');
    await a.consultations.create(consultationInput(), 'adv-a');
    for (const day of ['2026-11-20', '2026-11-21', '2026-11-22']) {
      await b.consultations.create(consultationInput({ appliedAt: `${day}T09:40` }), 'adv-b');
    }
    const old = recording(injectTransport(server, a.deviceId), true).t;
    await run(a, old);
    await b.sync();
    await run(a, old);
    expect(await a.db.officeAidMarks.count()).toBe(0);

    let pages = 0;
    await expect(
      syncOnce(a.db, injectTransport(server, a.deviceId), {
        deviceId: a.deviceId,
        now: () => NOW,
        pullLimit: 2,
        beforeCommit: (phase) => {
          if (phase === 'pull' && ++pages === 2) throw new Error('crash');
        },
      }),
    ).rejects.toThrow();
    expect((await a.db.syncState.get('sync'))!.aidMarksComplete).toBeUndefined();

    const again = recording(injectTransport(server, a.deviceId), false);
    await run(a, again.t);
    expect(again.sinces).toContain(0);
    expect(await a.db.officeAidMarks.count()).toBe(3);
    expect((await a.db.syncState.get('sync'))!.aidMarksComplete).toBe(true);
  });
});
