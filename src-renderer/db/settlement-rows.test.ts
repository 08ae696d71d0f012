/**
 * Town or rural settlement (Rules cl. 5.4) on stored rows: both registers copy it from the
 * record into a plain row field, keep it through corrections and steps, open rows without it,
 * and give the newest stated one as the next record's default.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  AppointmentIntakeInput,
  ConflictCheck,
} from '../../src-shared/contracts/entities/appointment';
import { consultationInput as entry } from '../../src-shared/contracts/entities/consultation.fixture';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { identityCodec, type FieldCodec } from './field-codec';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** Seals personal fields, so a test can tell what is stored in clear. */
const sealing: FieldCodec = {
  id: 'test-seal',
  encode: async (_e, _f, p) => `sealed:${Buffer.from(p).toString('base64')}`,
  decode: async (_e, _f, s) => Buffer.from(s.slice(7), 'base64').toString(),
  lookupKey: async (_e, kind, p) => `${kind}#${p.length}`,
};

function setup(codec: FieldCodec = identityCodec) {
  const db = new AppDb(`settlement-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  const consultations = new ConsultationRepository(deps);
  return { db, consultations, appointments: new AppointmentRepository(deps, consultations) };
}

// Dated the day before the tests' "now", so no time zone makes them future.
const intake = (over: Partial<AppointmentIntakeInput> = {}): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt: '2026-11-24T09:00',
  language: 'kk',
  ezkNumber: 'EZK-7',
  decree: { number: '7', date: '2026-11-23', body: 'Жалағаш АПБ', official: '' },
  caseKind: 'criminal',
  caseNumber: '241500031000777',
  client: { fullName: 'Әлиев Нұрлан', iin: '900101300057' },
  statusId: 'suspect',
  categoryId: null,
  stageId: 'pre-trial',
  ...over,
});

const cleanCheck: ConflictCheck = {
  at: '2026-11-24T09:30',
  compared: { appointments: 0, consultations: 0 },
  findings: [],
  decision: 'no-conflict',
  explanation: '',
};

describe('consultation rows: settlement', () => {
  it('is copied in clear beside the sealed entry, round-trips, and follows a correction', async () => {
    const { db, consultations } = setup(sealing);
    const created = await consultations.create(entry({ settlement: 'rural' }), 'adv-A');
    const row = (await db.consultations.get(created.id))!;
    expect(row.settlement).toBe('rural');
    expect(row.entryJson.startsWith('sealed:')).toBe(true);
    expect((await consultations.get(created.id))?.settlement).toBe('rural');

    await consultations.correct(created.id, entry({ settlement: 'urban' }), 'Қате', 'adv-A');
    expect((await db.consultations.get(created.id))?.settlement).toBe('urban');
    const history = await consultations.history(created.id);
    expect(history.map((e) => e.settlement)).toEqual(['rural', 'urban']);
  });

  it('leaves a row without it when not stated, and such a row opens', async () => {
    const { db, consultations } = setup();
    const created = await consultations.create(entry(), 'adv-A');
    const row = (await db.consultations.get(created.id))!;
    expect('settlement' in row).toBe(false);
    const opened = await consultations.get(created.id);
    expect(opened?.settlement).toBeUndefined();
    expect(opened?.applicant.fullName).toBe('Серікбаев Арман');
  });

  it("gives the newest stated settlement of the advocate's register, not another's", async () => {
    const { consultations } = setup();
    expect(await consultations.latestSettlement('adv-A')).toBeUndefined();
    await consultations.create(entry(), 'adv-A');
    expect(await consultations.latestSettlement('adv-A')).toBeUndefined();
    await consultations.create(entry({ settlement: 'rural' }), 'adv-A');
    // Made before issue 8 or not: an entry stating nothing does not hide an older one's.
    await consultations.create(entry(), 'adv-A');
    expect(await consultations.latestSettlement('adv-A')).toBe('rural');
    await consultations.create(entry({ settlement: 'urban' }), 'adv-B');
    expect(await consultations.latestSettlement('adv-A')).toBe('rural');
    // Register order: an entry of an earlier year written later is not the newest.
    await consultations.create(
      entry({ appliedAt: '2025-12-30T10:00', settlement: 'urban' }),
      'adv-A',
    );
    expect(await consultations.latestSettlement('adv-A')).toBe('rural');
    await consultations.create(entry({ settlement: 'urban' }), 'adv-A');
    expect(await consultations.latestSettlement('adv-A')).toBe('urban');
  });
});

describe('appointment rows: settlement', () => {
  it('is copied in clear, kept by later steps, and follows a correction of the intake', async () => {
    const { db, appointments } = setup(sealing);
    const a = await appointments.create(intake({ settlement: 'rural' }), 'adv-A');
    let row = (await db.appointments.get(a.id))!;
    expect(row.settlement).toBe('rural');
    expect(row.recordJson.startsWith('sealed:')).toBe(true);
    expect((await appointments.get(a.id))?.settlement).toBe('rural');

    await appointments.recordConflictCheck(a.id, cleanCheck, 'adv-A');
    row = (await db.appointments.get(a.id))!;
    expect([row.version, row.settlement]).toEqual([2, 'rural']);

    await appointments.correctIntake(a.id, intake({ settlement: 'urban' }), 'Қате', 'adv-A');
    expect((await db.appointments.get(a.id))?.settlement).toBe('urban');
    expect((await appointments.history(a.id)).map((h) => h.settlement)).toEqual([
      'rural',
      'rural',
      'urban',
    ]);
  });

  it('leaves a row without it when not stated, and such a row opens', async () => {
    const { db, appointments } = setup();
    const a = await appointments.create(intake(), 'adv-A');
    const row = (await db.appointments.get(a.id))!;
    expect('settlement' in row).toBe(false);
    const opened = await appointments.get(a.id);
    expect(opened?.settlement).toBeUndefined();
    expect(opened?.client.fullName).toBe('Әлиев Нұрлан');
  });

  it("gives the newest stated settlement of the advocate's register, not another's", async () => {
    const { appointments } = setup();
    expect(await appointments.latestSettlement('adv-A')).toBeUndefined();
    await appointments.create(intake({ settlement: 'urban' }), 'adv-A');
    await appointments.create(intake({ settlement: 'rural', caseNumber: '2' }), 'adv-B');
    await appointments.create(intake({ caseNumber: '3' }), 'adv-A');
    expect(await appointments.latestSettlement('adv-A')).toBe('urban');
    expect(await appointments.latestSettlement('adv-B')).toBe('rural');
  });
});
