import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../src-shared/contracts/entities/consultation';
import type { Profile } from '../../src-shared/contracts/entities/profile';
import { profilePersonalFields } from '../../src-shared/contracts/entities/profile';
import type { AppointmentIntakeInput } from '../../src-shared/contracts/entities/appointment';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { encodeFields, type FieldCodec } from './field-codec';
import { OfficeReads } from './office-reads';
import { PROFILE_ENTITY } from './profile-repository';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

// Personal fields sealed on disk, so the test sees that names are decoded for the roster.
const sealing: FieldCodec = {
  id: 'test-seal',
  encode: async (_e, _f, p) => `sealed:${p}`,
  decode: async (_e, _f, s) => s.replace(/^sealed:/, ''),
  lookupKey: async (_e, kind, p) => `${kind}#${p}`,
};

function device() {
  const db = new AppDb(`office-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec: sealing,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  const consultations = new ConsultationRepository(deps);
  const appointments = new AppointmentRepository(deps, consultations);
  return {
    db,
    consultations,
    appointments,
    office: new OfficeReads(deps, consultations, appointments),
  };
}

const profile = (id: string, fullName: string, role: 'advocate' | 'head'): Profile => ({
  id,
  version: 1,
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
  fullName,
  licenceNumber: '17012345',
  licenceDate: '2017-03-14',
  collegium: 'Қызылорда облыстық адвокаттар алқасы',
  office: '№1 заң консультациясы',
  phone: '+77012345678',
  iin: '900101300057',
  role,
});

const consultation = (appliedAt: string): ConsultationInput => ({
  appliedAt,
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
});
const intake = (receivedAt: string): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt,
  language: 'ru',
  ezkNumber: 'EZK-1001',
  decree: { number: '12/345', date: receivedAt.slice(0, 10), body: 'Суд' },
  caseKind: 'criminal',
  caseNumber: '241500031000123',
  client: { fullName: 'Омаров Ерлан', iin: '630528405673' },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [],
});

/**
 * A head's device after sync: the head, Aigerim and Dauren (profiles received), each with
 * records; Dauren's last change arrived in October. `updatedAt` is set as the server copy
 * carries it (the advocate's device's time of the change).
 */
async function officeDevice() {
  const d = device();
  const seal = (p: Profile) => encodeFields(sealing, PROFILE_ENTITY, p, profilePersonalFields);
  await d.db.profile.put(await seal(profile('head', 'Ахметов Болат', 'head')));
  await d.db.officeProfiles.bulkPut([
    await seal(profile('dauren', 'Сейітов Дәурен', 'advocate')),
    await seal(profile('aigerim', 'Айтбаева Айгерім', 'advocate')),
  ]);
  const at = async (table: 'consultations' | 'appointments', id: string, updatedAt: string) =>
    d.db[table].update(id, { updatedAt });

  const h1 = await d.consultations.create(consultation('2026-11-03T10:00'), 'head');
  const a1 = await d.consultations.create(consultation('2026-11-05T10:00'), 'aigerim');
  const a2 = await d.consultations.create(consultation('2026-11-19T10:00'), 'aigerim');
  const a0 = await d.consultations.create(consultation('2026-10-28T10:00'), 'aigerim');
  const dOld = await d.consultations.create(consultation('2024-03-11T10:00'), 'dauren');
  const d1 = await d.consultations.create(consultation('2026-10-02T10:00'), 'dauren');
  await at('consultations', a2.id, '2026-11-24T15:00:00.000Z');
  await at('consultations', d1.id, '2026-10-02T11:00:00.000Z');
  await at('consultations', dOld.id, '2024-03-11T11:00:00.000Z');

  const ap1 = await d.appointments.create(intake('2026-11-10T10:00'), 'aigerim');
  const ap2 = await d.appointments.create(intake('2026-11-12T10:00'), 'aigerim');
  await d.appointments.recordConflictCheck(
    ap2.id,
    {
      at: '2026-11-12T10:30',
      compared: { appointments: 0, consultations: 0 },
      findings: [],
      decision: 'no-conflict',
      explanation: '',
    },
    'aigerim',
  );
  await d.appointments.accept(ap2.id, { at: '2026-11-12T11:00' }, 'aigerim');
  const ap3 = await d.appointments.create(intake('2026-11-14T10:00'), 'aigerim');
  await d.appointments.decline(
    ap3.id,
    { at: '2026-11-14T11:00', groundId: 'decline.conflict', details: 'Мүдделер қайшылығы' },
    ['decline.conflict'],
    'aigerim',
  );
  for (const ap of [ap1, ap2, ap3]) await at('appointments', ap.id, '2026-11-14T12:00:00.000Z');
  return { ...d, ids: { h1, a1, a2, a0, d1, dOld, ap1, ap2, ap3 } };
}

describe('OfficeReads', () => {
  it('lists the head first, then the office profiles received, by name, decoded', async () => {
    const { office } = await officeDevice();
    const advocates = await office.advocates();
    expect(advocates.map((a) => [a.id, a.profile.fullName, a.own])).toEqual([
      ['head', 'Ахметов Болат', true],
      ['aigerim', 'Айтбаева Айгерім', false],
      ['dauren', 'Сейітов Дәурен', false],
    ]);
  });

  it("reads one advocate's month, or the whole office's", async () => {
    const { office, ids } = await officeDevice();
    const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(idsOf(await office.consultationRows('2026-11', 'aigerim'))).toEqual([
      ids.a1.id,
      ids.a2.id,
    ]);
    expect(idsOf(await office.consultationRows('2026-11', null)).sort()).toEqual(
      [ids.h1.id, ids.a1.id, ids.a2.id].sort(),
    );
    expect(idsOf(await office.consultationRows('2026-10', 'dauren'))).toEqual([ids.d1.id]);
    expect(idsOf(await office.appointmentRows('2026-11', 'head'))).toEqual([]);
    expect(idsOf(await office.appointmentRows('2026-11', null))).toEqual([
      ids.ap1.id,
      ids.ap2.id,
      ids.ap3.id,
    ]);
  });

  it('summarises a month per advocate, with the last change received', async () => {
    const { office } = await officeDevice();
    const { summary } = await office.monthSummary('2026-11', '2026-11-25');
    expect(summary).toEqual([
      {
        advocateId: 'head',
        consultations: 1,
        appointments: { received: 0, accepted: 0, declined: 0 },
        lastRecordDate: '2026-11-03',
        lastReceivedAt: '2026-11-25T10:00:00.000Z',
        quietDays: 0,
      },
      {
        advocateId: 'aigerim',
        consultations: 2,
        appointments: { received: 3, accepted: 1, declined: 1 },
        lastRecordDate: '2026-11-19',
        lastReceivedAt: '2026-11-25T10:00:00.000Z',
        quietDays: 0,
      },
      {
        // Only the window's rows (12 months) count for the last dates; 2024's entry does not.
        advocateId: 'dauren',
        consultations: 0,
        appointments: { received: 0, accepted: 0, declined: 0 },
        lastRecordDate: '2026-10-02',
        lastReceivedAt: '2026-10-02T11:00:00.000Z',
        quietDays: 54,
      },
    ]);
  });

  it('counts a month older than the window too', async () => {
    const { office } = await officeDevice();
    const { summary } = await office.monthSummary('2024-03', '2026-11-25');
    expect(summary.map((s) => [s.advocateId, s.consultations])).toEqual([
      ['head', 0],
      ['aigerim', 0],
      ['dauren', 1],
    ]);
  });
});
