import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../src-shared/security/vault/vault';
import { sameRecord } from '../sync/records';
import { openStored } from '../sync/resolve-open';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import { fillRegisters, IIN, plaintextIn, allTables, storeDeps } from './at-rest/registers.fixture';
import { shapeOf } from './at-rest/shapes';
import { verifyAuditLog } from './audit-log';
import { ConsultationRepository } from './consultation-repository';
import { DistributionRepository } from './distribution-repository';
import { EligibilityCheckRepository } from './eligibility-check-repository';
import { encryptingCodec } from './encrypting-codec';
import { encryptPlainStore, type MigrationProgress } from './encrypt-plain-store';
import { FeeClaimRepository } from './fee-claim-repository';
import { identityCodec, type FieldCodec } from './field-codec';
import { OfficeReads } from './office-reads';
import { ProfileRepository } from './profile-repository';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

let codec: FieldCodec;
beforeAll(async () => {
  codec = encryptingCodec((await createVault('құпия сөз', { iterations: 1000 })).vault);
});

const COLLEAGUE = 'adv-b';

/** A store written before encryption: the registers, plus what sync would have stored. */
async function plainStore() {
  const db = new AppDb(`migrate-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  const ids = await fillRegisters(storeDeps(db));
  const entry = (await db.consultations.get(ids.consultationId))!;
  await db.syncConflicts.put({
    conflictId: 'conf-1',
    kind: 'server',
    entity: 'consultation',
    entityId: entry.id,
    theirs: { ...entry },
    ours: { ...entry, version: entry.version + 1 },
    at: '2026-11-25T10:00:00.000Z',
    resolvedAt: null,
  });
  await db.officeAidMarks.put({
    entity: 'consultation',
    entityId: 'c-colleague',
    ownerId: COLLEAGUE,
    ownerName: COLLEAGUE,
    iinKey: IIN,
    issueAreaId: 'labour',
    date: '2026-10-01',
    status: 'given',
    service: 'consultation',
    version: 1,
    revision: 7,
  });
  const own = (await db.profile.toCollection().first())!;
  await db.officeProfiles.put({ ...own, id: COLLEAGUE, fullName: 'Серікова Айгерім Арманқызы' });
  return { db, ids };
}

/** What a run must change in each table: every row of it (the fixture writes no at-rest row). */
async function expectedChanges(db: AppDb): Promise<Record<string, number>> {
  const ops = await db.outbox.toArray();
  return {
    profile: await db.profile.count(),
    officeProfiles: await db.officeProfiles.count(),
    consultations: await db.consultations.count(),
    consultationVersions: await db.consultationVersions.count(),
    appointments: await db.appointments.count(),
    appointmentVersions: await db.appointmentVersions.count(),
    eligibilityChecks: await db.eligibilityChecks.count(),
    distributions: await db.distributions.count(),
    feeClaims: await db.feeClaims.count(),
    feeClaimVersions: await db.feeClaimVersions.count(),
    outbox: ops.filter((o) => (shapeOf(o.entity)?.personal.length ?? 0) > 0).length,
    syncConflicts: await db.syncConflicts.count(),
    officeAidMarks: await db.officeAidMarks.count(),
  };
}

const changedOf = (counts: Record<string, { changed: number }>) =>
  Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c.changed]));

async function expectReadable(db: AppDb, ids: Awaited<ReturnType<typeof plainStore>>['ids']) {
  const deps = storeDeps(db, codec, 'after');
  const owner = ids.profileId;
  const consultations = new ConsultationRepository(deps);
  const appointments = new AppointmentRepository(deps, consultations);
  const checks = new EligibilityCheckRepository(deps);

  expect((await new ProfileRepository(deps).current())?.fullName).toBe('Әбілқасымова Гүлнәр');
  expect((await consultations.get(ids.consultationId))?.applicant.iin).toBe(IIN);
  expect((await consultations.history(ids.consultationId)).map((e) => e.content)).toEqual([
    'Талап арыз беру тәртібі түсіндірілді.',
    'Талап арыз үлгісі берілді.',
  ]);
  // Searches and the once-per-issue lookup run on the recomputed blind indexes.
  expect((await consultations.search(owner, 'серікбаев арм')).map((e) => e.id)).toEqual([
    ids.consultationId,
  ]);
  expect((await consultations.search(owner, IIN)).map((e) => e.id)).toEqual([ids.consultationId]);
  expect((await consultations.forPerson(IIN)).map((r) => r.id)).toEqual([ids.consultationId]);
  expect((await appointments.search(owner, 'Серікбаев')).map((a) => a.id)).toEqual([
    ids.appointmentId,
  ]);
  expect((await appointments.forCase(owner, '241500031000123')).map((a) => a.id)).toEqual([
    ids.appointmentId,
  ]);
  const candidates = await appointments.conflictCandidates(owner, {
    ...(await appointments.get(ids.appointmentId))!,
    id: 'another',
    client: { fullName: 'Омаров Ерлан', iin: '630528405673' },
    opposingParties: [],
  });
  expect(candidates.appointments.map((a) => a.id)).toEqual([ids.appointmentId]);
  expect((await appointments.history(ids.appointmentId)).length).toBe(2);
  const prior = await checks.priorRecordsFor(IIN);
  expect(prior.map((p) => [p.source, p.recordId])).toEqual([
    ['own', ids.checkId],
    ['office', 'c-colleague'],
  ]);
  expect((await checks.get(ids.checkId))?.facts.person.fullName).toBe('Серікбаев Арман');
  const claims = new FeeClaimRepository(deps);
  expect((await claims.history(ids.claimId)).map((c) => c.state)).toEqual(['draft', 'ready']);
  expect(
    (await new DistributionRepository(deps).get(ids.distributionId))?.document.client.iin,
  ).toBe(IIN);
  const office = await new OfficeReads(deps, consultations, appointments).advocates();
  expect(office.map((a) => a.profile.fullName)).toEqual([
    'Әбілқасымова Гүлнәр',
    'Серікова Айгерім Арманқызы',
  ]);
  const conflict = (await db.syncConflicts.get('conf-1'))!;
  expect((await openStored(deps, 'consultation', conflict.theirs))?.content).toBe(
    'Талап арыз үлгісі берілді.',
  );
  const applicantOf = (r: Record<string, unknown> | null) =>
    (r as { applicant?: { iin: string } } | null)?.applicant?.iin;
  expect(applicantOf(await openStored(deps, 'consultation', conflict.ours))).toBe(IIN);
  const ops = (await db.outbox.toArray()).filter((o) => o.entity === 'consultation');
  for (const op of ops) {
    expect(applicantOf(await openStored(deps, 'consultation', op.record))).toBe(IIN);
  }
  // The op that wrote the current row holds the row's very bytes, as before the migration: the
  // engine and the conflict cases compare them as stored.
  const row = await db.consultations.get(ids.consultationId);
  expect(ops.filter((o) => sameRecord(o.record, row))).toHaveLength(1);
}

describe('encryptPlainStore', () => {
  it('encrypts every plain row; the repositories read it all with the encrypting codec', async () => {
    const { db, ids } = await plainStore();
    expect(plaintextIn(await allTables(db))).not.toEqual([]);
    const audit = await db.audit.toArray();
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
    const expected = await expectedChanges(db);

    const progress: MigrationProgress[] = [];
    const counts = await encryptPlainStore(db, codec, (p) => progress.push(p));
    expect(changedOf(counts)).toEqual(expected);
    expect(Object.values(counts).every((c) => c.sealed === 0)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ table: 'officeAidMarks', done: 1, total: 1 });

    expect(plaintextIn(await allTables(db))).toEqual([]);
    // The audit log holds no values: untouched, and its chain still verifies.
    expect(await db.audit.toArray()).toEqual(audit);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
    await expectReadable(db, ids);

    const again = await encryptPlainStore(db, codec);
    expect(Object.values(again).every((c) => c.changed === 0)).toBe(true);
    expect(again.consultations!.rows).toBe(1);
  });

  it('restarts where a crash stopped it, and ends with the same store', async () => {
    const { db, ids } = await plainStore();
    const expected = await expectedChanges(db);
    let chunks = 0;
    const crash = () => {
      if (++chunks === 6) throw new Error('the laptop died');
    };
    await expect(encryptPlainStore(db, codec, crash, { chunkSize: 1 })).rejects.toThrow('died');
    // Some rows are done, others are not: a half-encrypted store is never shown (the session
    // runs this before the app mounts) and the next run goes on.
    const done = (await db.profile.toArray()).concat(await db.officeProfiles.toArray());
    expect(plaintextIn(done)).toEqual([]);
    expect(plaintextIn(await allTables(db))).not.toEqual([]);

    const rest = await encryptPlainStore(db, codec);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    // Chunks of one row committed before the crash, the one whose progress call threw included
    // (progress is reported after the commit); each changed its row.
    const first = chunks;
    expect(Object.values(changedOf(rest)).reduce((a, b) => a + b, 0)).toBe(total - first);
    expect(plaintextIn(await allTables(db))).toEqual([]);
    await expectReadable(db, ids);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
  });

  it('changes nothing with the identity codec', async () => {
    const { db } = await plainStore();
    const before = await allTables(db);
    const counts = await encryptPlainStore(db, identityCodec);
    expect(Object.values(counts).every((c) => c.changed === 0)).toBe(true);
    expect(await allTables(db)).toEqual(before);
  });

  it('seals a row whose body cannot be read: nothing left in clear, the row kept', async () => {
    const { db, ids } = await plainStore();
    const row = (await db.consultations.get(ids.consultationId))!;
    await db.consultations.put({ ...row, entryJson: `Серікбаев Арман ${IIN} {` });
    const counts = await encryptPlainStore(db, codec);
    expect(counts.consultations).toMatchObject({ changed: 1, sealed: 1 });
    const sealed = (await db.consultations.get(ids.consultationId))!;
    expect(plaintextIn(sealed)).toEqual([]);
    expect(sealed).toMatchObject({ iinKey: '', searchKeys: [], version: row.version });
  });
});
