import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDb } from './app-db';
import { verifyAuditLog } from './audit-log';
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
  it('is v3: the union of the released versions', async () => {
    const db = new AppDb('schema-snapshot');
    await db.open();
    expect(db.verno).toBe(3);
    expect(schemaOf(db)).toEqual(
      Object.fromEntries(
        Object.entries({ ...RELEASED[1], ...RELEASED[2], ...RELEASED[3] }).sort(([a], [b]) =>
          a.localeCompare(b),
        ),
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
    expect(db.verno).toBe(3);
    expect(await db.profile.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 1 });
    expect(await db.rulePacks.count()).toBe(0);
    expect(await db.eligibilityChecks.count()).toBe(0);
    expect(await db.consultations.count()).toBe(0);
    await db.delete();
  });
});
