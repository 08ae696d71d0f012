import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';
import { consultationClaimInput } from '../../src-shared/domain/fees/claim-lifecycle.fixture';
import { ConsultationRepository } from './consultation-repository';
import { FeeClaimRepository } from './fee-claim-repository';
import { ProfileRepository } from './profile-repository';
import { identityCodec } from './field-codec';

/**
 * Released schema versions are frozen: real registers live in them. A change means a new
 * version(n+1) with a migration test here — never editing a released one.
 */
const RELEASED = {
  1: {
    profile: 'id',
    outbox: 'opId, at, state, [entity+entityId]',
    audit: '++seq, &id, at, [entity+entityId]',
  },
  2: {
    rulePacks: 'id, kind, [packId+packVersion]',
    eligibilityChecks: 'id, date, iinKey, outcome, [iinKey+issueAreaId]',
  },
  3: {
    consultations:
      'id, &[advocateId+year+number], month, date, status, iinKey, [iinKey+issueAreaId], *searchKeys, appointmentAt',
    consultationVersions: '[id+version], id',
  },
  4: {
    appointments:
      'id, &[advocateId+year+number], month, state, caseGroupId, caseKey, *personKeys, *searchKeys, *noticeKeys',
    appointmentVersions: '[id+version], id',
  },
  5: {
    syncState: 'id',
    syncLog: '++seq, at, [entity+entityId]',
    syncConflicts: 'conflictId, kind, [entity+entityId], at',
    officeProfiles: 'id',
  },
  6: {
    officeAidMarks: '[entity+entityId], iinKey',
  },
  7: {
    rosterMembers: 'id, userId',
    dutySchedules: 'id, month',
    scheduleAcks: 'id, scheduleId, advocateId',
    distributions: 'id, month, [headId+year+number], assigneeUserId',
    distributionAnswers: 'id, distributionId, advocateId',
  },
  8: {
    feeClaims: 'id, &[advocateId+year+number], state, kind, appointmentId, periodMonth',
    feeClaimVersions: '[id+version], id',
  },
} as const;

function schemaOf(db: Dexie) {
  return Object.fromEntries(
    db.tables
      .map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe('AppDb schema', () => {
  it('is v8: the union of the released versions', async () => {
    const db = new AppDb('schema-snapshot');
    await db.open();
    expect(db.verno).toBe(8);
    expect(schemaOf(db)).toEqual(
      Object.fromEntries(
        Object.entries({
          ...RELEASED[1],
          ...RELEASED[2],
          ...RELEASED[3],
          ...RELEASED[4],
          ...RELEASED[5],
          ...RELEASED[6],
          ...RELEASED[7],
          ...RELEASED[8],
        }).sort(([a], [b]) => a.localeCompare(b)),
      ),
    );
    await db.delete();
  });

  it('upgrades a v1 database to the latest with its records and audit chain intact', async () => {
    const name = 'migrate-v1-v2';
    // A device still on 0.1.0: only v1 declared.
    const old = new Dexie(name);
    old.version(1).stores(RELEASED[1]);
    await old.open();
    const v1 = new ProfileRepository({
      db: old as unknown as AppDb,
      codec: identityCodec,
      newId: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
      now: () => '2026-11-01T09:00:00.000Z',
    });
    await v1.save({
      fullName: 'Әбілқасымова Гүлнәр',
      licenceNumber: '17012345',
      licenceDate: '2017-03-14',
      collegium: 'Қызылорда',
      office: 'Жалағаш',
      phone: '+77012345678',
      iin: '900101300057',
      role: 'advocate',
    });
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.profile.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 1 });
    expect(await db.rulePacks.count()).toBe(0);
    expect(await db.eligibilityChecks.count()).toBe(0);
    expect(await db.consultations.count()).toBe(0);
    expect(await db.appointments.count()).toBe(0);
    await db.delete();
  });

  it('opens a v3 database with consultations in v4 unchanged', async () => {
    const name = 'migrate-v3-v4';
    // A device on 0.3.0: v1–v3 declared, one consultation (and its correction) written.
    const old = new Dexie(name);
    old.version(1).stores(RELEASED[1]);
    old.version(2).stores(RELEASED[2]);
    old.version(3).stores(RELEASED[3]);
    await old.open();
    let n = 0;
    const v3 = new ConsultationRepository({
      db: old as unknown as AppDb,
      codec: identityCodec,
      newId: () => `id-${++n}`,
      now: () => '2026-11-25T10:00:00.000Z',
    });
    const input = {
      appliedAt: '2026-11-24T09:40',
      language: 'kk' as const,
      applicant: {
        fullName: 'Серікбаев Арман',
        iin: '900101300057',
        identityDocument: { type: 'Жеке куәлік' },
      },
      categoryId: null,
      issue: { areaId: 'alimony', subject: 'Алимент' },
      form: 'oral' as const,
      content: 'Түсіндірілді.',
      startedAt: '09:45',
      endedAt: '10:30',
      place: { kind: 'office' as const },
      status: 'given' as const,
    };
    const entry = await v3.create(input, 'adv-A');
    await v3.correct(entry.id, { ...input, content: 'Кеңес берілді.' }, 'Түзету', 'adv-A');
    const before = {
      consultations: await old.table('consultations').toArray(),
      versions: await old.table('consultationVersions').toArray(),
      outbox: await old.table('outbox').toArray(),
      audit: await old.table('audit').toArray(),
    };
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect({
      consultations: await db.consultations.toArray(),
      versions: await db.consultationVersions.toArray(),
      outbox: await db.outbox.toArray(),
      audit: await db.audit.toArray(),
    }).toEqual(before);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 2 });
    expect(await db.appointments.count()).toBe(0);
    expect(await db.appointmentVersions.count()).toBe(0);
    // The new register is writable next to the old one.
    await new ConsultationRepository({
      db,
      codec: identityCodec,
      newId: () => `id-${++n}`,
      now: () => '2026-11-25T10:00:00.000Z',
    }).create(input, 'adv-A');
    expect((await db.consultations.toArray()).map((r) => r.number).sort()).toEqual([1, 2]);
    await db.delete();
  });

  it('opens a v4 database with registers and a pending outbox in v5 unchanged', async () => {
    const name = 'migrate-v4-v5';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4] as const) old.version(v).stores(RELEASED[v]);
    await old.open();
    let n = 0;
    const repo = new ConsultationRepository({
      db: old as unknown as AppDb,
      codec: identityCodec,
      newId: () => `id-${++n}`,
      now: () => '2026-11-25T10:00:00.000Z',
    });
    await repo.create(
      {
        appliedAt: '2026-11-24T09:40',
        language: 'kk',
        applicant: {
          fullName: 'Серікбаев Арман',
          iin: '900101300057',
          identityDocument: { type: 'Жеке куәлік' },
        },
        categoryId: null,
        issue: { areaId: 'alimony', subject: 'Алимент' },
        form: 'oral',
        content: 'Түсіндірілді.',
        startedAt: '09:45',
        endedAt: '10:30',
        place: { kind: 'office' },
        status: 'given',
      },
      'adv-A',
    );
    const before = {
      consultations: await old.table('consultations').toArray(),
      outbox: await old.table('outbox').toArray(),
      audit: await old.table('audit').toArray(),
    };
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect({
      consultations: await db.consultations.toArray(),
      outbox: await db.outbox.toArray(),
      audit: await db.audit.toArray(),
    }).toEqual(before);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncLog.count()).toBe(0);
    expect(await db.syncConflicts.count()).toBe(0);
    expect(await db.officeProfiles.count()).toBe(0);
    await db.delete();
  });
  it('opens a synced v5 database in v6 unchanged, with an empty marks table', async () => {
    const name = 'migrate-v5-v6';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4, 5] as const) old.version(v).stores(RELEASED[v]);
    await old.open();
    let n = 0;
    await new ConsultationRepository({
      db: old as unknown as AppDb,
      codec: identityCodec,
      newId: () => `id-${++n}`,
      now: () => '2026-11-25T10:00:00.000Z',
    }).create(
      {
        appliedAt: '2026-11-24T09:40',
        language: 'kk',
        applicant: {
          fullName: 'Серікбаев Арман',
          iin: '900101300057',
          identityDocument: { type: 'Жеке куәлік' },
        },
        categoryId: null,
        issue: { areaId: 'alimony', subject: 'Алимент' },
        form: 'oral',
        content: 'Түсіндірілді.',
        startedAt: '09:45',
        endedAt: '10:30',
        place: { kind: 'office' },
        status: 'given',
      },
      'adv-A',
    );
    // A device that has synced: its revision and log must survive the upgrade.
    await old.table('syncState').put({ id: 'sync', serverRevision: 42, serverUserId: 'adv-A' });
    await old.table('syncLog').add({
      at: '2026-11-25T10:00:00.000Z',
      action: 'acknowledged',
      entity: 'consultation',
      entityId: 'id-1',
      reason: 'push',
    });
    const tables = ['consultations', 'outbox', 'audit', 'syncState', 'syncLog'] as const;
    const before = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await old.table(t).toArray()] as const)),
    );
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const after = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    );
    expect(after).toEqual(before);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 1 });
    // No marks yet, and no 'aidMarksComplete': the next pull fetches them from revision 0.
    expect(await db.officeAidMarks.count()).toBe(0);
    expect((await db.syncState.get('sync'))?.aidMarksComplete).toBeUndefined();
    await db.officeAidMarks.put({
      entity: 'consultation',
      entityId: 'c-b',
      ownerId: 'adv-B',
      ownerName: null,
      iinKey: '900101300057',
      issueAreaId: 'alimony',
      date: '2026-11-20',
      status: 'given',
      service: 'consultation',
      version: 1,
      revision: 7,
    });
    expect(await db.officeAidMarks.where('iinKey').equals('900101300057').count()).toBe(1);
    await db.delete();
  });

  it('opens a synced v6 database in v7 unchanged, with empty duty tables that take rows', async () => {
    const name = 'migrate-v6-v7';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4, 5, 6] as const) old.version(v).stores(RELEASED[v]);
    await old.open();
    await old.table('syncState').put({ id: 'sync', serverRevision: 42, serverUserId: 'head-1' });
    await old.table('officeAidMarks').put({ entity: 'consultation', entityId: 'c-1', iinKey: 'k' });
    const tables = ['syncState', 'officeAidMarks'] as const;
    const before = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await old.table(t).toArray()] as const)),
    );
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const after = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    );
    expect(after).toEqual(before);
    for (const t of [
      db.rosterMembers,
      db.dutySchedules,
      db.scheduleAcks,
      db.distributions,
      db.distributionAnswers,
    ]) {
      expect(await t.count()).toBe(0);
    }
    await db.dutySchedules.put({ id: 's-1', month: '2026-12' } as never);
    expect(await db.dutySchedules.where('month').equals('2026-12').count()).toBe(1);
    await db.delete();
  });

  it('opens a v7 database with registers and duty in v8 unchanged; fee claims start at 1', async () => {
    const name = 'migrate-v7-v8';
    const old = new Dexie(name);
    for (const v of [1, 2, 3, 4, 5, 6, 7] as const) old.version(v).stores(RELEASED[v]);
    await old.open();
    let n = 0;
    const deps = {
      codec: identityCodec,
      newId: () => `id-${++n}`,
      now: () => '2026-11-25T07:00:00.000Z',
    };
    // A device on 0.7.0: a consultation (pending op, audit entry), a schedule, a synced state.
    await new ConsultationRepository({ db: old as unknown as AppDb, ...deps }).create(
      consultationInput(),
      'adv-A',
    );
    await old.table('dutySchedules').put({ id: 's-1', month: '2026-12' });
    await old.table('syncState').put({ id: 'sync', serverRevision: 42, serverUserId: 'adv-A' });
    const tables = ['consultations', 'dutySchedules', 'outbox', 'audit', 'syncState'] as const;
    const before = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await old.table(t).toArray()] as const)),
    );
    old.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const after = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    );
    expect(after).toEqual(before);
    expect(await db.feeClaims.count()).toBe(0);
    expect(await db.feeClaimVersions.count()).toBe(0);
    // The new tables take claims next to the old registers, on the same audit chain.
    const claims = new FeeClaimRepository({ db, ...deps });
    const claim = await claims.createDraft(
      consultationClaimInput({ consultationIds: ['id-1'] }),
      'adv-A',
    );
    expect(claim).toMatchObject({ number: 1, year: 2026, state: 'draft' });
    expect(await db.feeClaims.where('periodMonth').equals('2026-11').count()).toBe(1);
    expect(await db.outbox.where('state').equals('pending').count()).toBe(2);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 2 });
    await db.delete();
  });
});
