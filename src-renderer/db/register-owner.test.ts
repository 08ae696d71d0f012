/**
 * "My register is mine": on a head's device the tables also hold every other advocate's
 * records of the office (pulled from the server as they are stored on their laptops). None of
 * the owner-scoped reads may return them, the numbering must not count them, and no change to
 * them may be written here.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appointmentIntakeSchema,
  type AppointmentIntakeInput,
  type ConflictCheck,
} from '../../src-shared/contracts/entities/appointment';
import type { ConsultationInput } from '../../src-shared/contracts/entities/consultation';
import { AppDb } from './app-db';
import { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { identityCodec } from './field-codec';
import { NotOwnRecordError } from './register-owner';

const HEAD = 'user-head';
const OTHER = 'user-aigerim';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** One laptop: its database and the real repositories. */
function laptop(name: string) {
  const db = new AppDb(`owner-${name}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec: identityCodec,
    newId: () => `${name}-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  const consultations = new ConsultationRepository(deps);
  return { db, consultations, appointments: new AppointmentRepository(deps, consultations) };
}

// The same person and the same case at both advocates: an unscoped read would find both.
const consultation = (over: Partial<ConsultationInput> = {}): ConsultationInput => ({
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
  ...over,
});
const deferred = (appliedAt: string, appointmentAt: string) =>
  consultation({ appliedAt, appointmentAt, status: 'deferred', startedAt: '', endedAt: '' });

const intake = (over: Partial<AppointmentIntakeInput> = {}): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt: '2026-11-24T09:00',
  language: 'ru',
  ezkNumber: 'EZK-1001',
  decree: { number: '12/345', date: '2026-11-23', body: 'СУ ДП г. Алматы' },
  caseKind: 'criminal',
  caseNumber: '241500031000123',
  client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [{ fullName: 'Омаров Ерлан', iin: '630528405673', statusId: 'victim' }],
  ...over,
});
const work = {
  date: '2026-11-24',
  actionId: 'interrogation',
  startedAt: '10:00',
  endedAt: '11:30',
};
const ctx = { calendar: null, calendarPack: null, nightTime: { from: '22:00', to: '06:00' } };
const cleanCheck: ConflictCheck = {
  at: '2026-11-24T09:30',
  compared: { appointments: 0, consultations: 0 },
  findings: [],
  decision: 'no-conflict',
  explanation: '',
};

/**
 * The head's device after a pull: the head's own records, plus Aigerim's written on her laptop
 * and stored here exactly as the pull stores a server copy (the row as her device wrote it).
 */
async function headAfterSync() {
  const her = laptop('aigerim');
  const hers = {
    given: await her.consultations.create(consultation(), OTHER),
    deferred: await her.consultations.create(
      deferred('2026-11-20T10:00', '2026-11-22T10:00'),
      OTHER,
    ),
    appointment: await her.appointments.create(intake(), OTHER),
  };
  await her.appointments.recordConflictCheck(hers.appointment.id, cleanCheck, OTHER);
  await her.appointments.accept(hers.appointment.id, { at: '2026-11-24T10:00' }, OTHER);
  await her.appointments.issueNotice(
    hers.appointment.id,
    { date: '2026-11-24', addressee: 'Суд' },
    OTHER,
  );

  const head = laptop('head');
  await head.db.consultations.bulkPut(await her.db.consultations.toArray());
  await head.db.appointments.bulkPut(await her.db.appointments.toArray());
  return { head, hers };
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

describe('owner-scoped consultation reads on a head device', () => {
  it("numbers the head's entries from 1 whatever the office holds, and reads only them", async () => {
    const { head, hers } = await headAfterSync();
    const own = await head.consultations.create(consultation(), HEAD);
    const ownDeferred = await head.consultations.create(
      deferred('2026-11-21T10:00', '2026-11-23T10:00'),
      HEAD,
    );
    expect([own.number, ownDeferred.number]).toEqual([1, 2]);
    // Both advocates' rows are really in the table (the test would prove nothing otherwise).
    expect(await head.db.consultations.count()).toBe(4);

    const mine = [own.id, ownDeferred.id].sort();
    const c = head.consultations;
    expect(ids(await c.list(HEAD))).toEqual(mine);
    expect(ids(await c.list(HEAD, { month: '2026-11' }))).toEqual(mine);
    expect(ids(await c.list(HEAD, { status: 'given' }))).toEqual([own.id]);
    expect(ids(await c.list(HEAD, { month: '2026-11', language: 'kk' }))).toEqual(mine);
    expect(ids(await c.search(HEAD, 'серікбаев'))).toEqual(mine);
    expect(ids(await c.search(HEAD, '900101300057', { month: '2026-11' }))).toEqual(mine);
    expect(ids(await c.searchRows(HEAD, 'серікбаев арман'))).toEqual(mine);
    expect(ids(await c.overdue(HEAD, '2026-11-25T12:00'))).toEqual([ownDeferred.id]);
    expect(ids(await c.onDate('2026-11-24', HEAD))).toEqual([own.id]);

    // The same reads for her id return hers: the scope is the owner, not "rows written here".
    expect(ids(await c.list(OTHER, { month: '2026-11' }))).toEqual(
      [hers.given.id, hers.deferred.id].sort(),
    );
    // cl. 42 is office-wide on purpose: earlier aid to the person counts whoever gave it.
    expect(ids(await c.forPerson('900101300057'))).toEqual(
      [own.id, ownDeferred.id, hers.given.id, hers.deferred.id].sort(),
    );
  });

  it("refuses to correct another advocate's entry and writes nothing", async () => {
    const { head, hers } = await headAfterSync();
    const before = await head.db.consultations.get(hers.given.id);
    const outbox = await head.db.outbox.count();
    const err = await head.consultations
      .correct(hers.given.id, consultation({ content: 'Өзгертілді.' }), 'Түзету', HEAD)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotOwnRecordError);
    expect(err).toMatchObject({ code: 'office.notOwnRecord', ownerId: OTHER, actor: HEAD });
    expect(await head.db.consultations.get(hers.given.id)).toEqual(before);
    expect(await head.db.consultationVersions.count()).toBe(0);
    expect([await head.db.outbox.count(), await head.db.audit.count()]).toEqual([outbox, 0]);
  });
});

describe('owner-scoped appointment reads on a head device', () => {
  it("lists, searches, continues and checks conflicts on the head's records only", async () => {
    const { head, hers } = await headAfterSync();
    const a = head.appointments;
    const own = await a.create(intake(), HEAD);
    expect(own.number).toBe(1);
    await head.consultations.create(consultation(), HEAD);
    expect(await head.db.appointments.count()).toBe(2);

    expect(ids(await a.list(HEAD))).toEqual([own.id]);
    expect(ids(await a.list(HEAD, { month: '2026-11' }))).toEqual([own.id]);
    expect(ids(await a.list(HEAD, { state: 'accepted' }))).toEqual([]);
    expect(ids(await a.list(HEAD, { state: 'received' }))).toEqual([own.id]);
    expect(ids(await a.search(HEAD, 'серікбаев'))).toEqual([own.id]);
    expect(ids(await a.search(HEAD, '2415 0003 1000 123'))).toEqual([own.id]);
    expect(ids(await a.forCase(HEAD, '241500031000123'))).toEqual([own.id]);
    expect(ids(await a.stagesOf(HEAD, hers.appointment.caseGroupId))).toEqual([]);

    const candidates = await a.conflictCandidates(HEAD, appointmentIntakeSchema.parse(intake()));
    expect(ids(candidates.appointments)).toEqual([own.id]);
    expect(candidates.consultations.every((e) => e.advocateId === HEAD)).toBe(true);
    expect(candidates.counts).toEqual({ appointments: 1, consultations: 1 });

    // Hers, read for her: the reminders of the head's device never include them (above).
    expect(ids(await a.list(OTHER, { state: 'accepted' }))).toEqual([hers.appointment.id]);
  });

  it('numbers notices per advocate: hers do not move the head’s', async () => {
    const { head } = await headAfterSync();
    const a = head.appointments;
    const own = await a.create(intake(), HEAD);
    await a.recordConflictCheck(own.id, cleanCheck, HEAD);
    await a.accept(own.id, { at: '2026-11-24T10:00' }, HEAD);
    const { notice } = await a.issueNotice(own.id, { date: '2026-11-24', addressee: 'Суд' }, HEAD);
    expect([notice.year, notice.number]).toEqual([2026, 1]);
  });

  it("refuses every change to another advocate's appointment, and continuing her stage", async () => {
    const { head, hers } = await headAfterSync();
    const a = head.appointments;
    const id = hers.appointment.id;
    const before = await head.db.appointments.get(id);
    const attempts = [
      () => a.correctIntake(id, intake({ note: 'x' }), 'Түзету', HEAD),
      () => a.recordConflictCheck(id, cleanCheck, HEAD),
      () => a.issueNotice(id, { date: '2026-11-24', addressee: 'Суд' }, HEAD),
      () => a.logWork(id, work, ctx, HEAD),
      () => a.complete(id, { date: '2026-11-24', finalDocument: 'Приговор' }, HEAD),
      () => a.create(intake({ stageId: 'first-instance' }), HEAD, { previousStageId: id }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toBeInstanceOf(NotOwnRecordError);
    }
    expect(await head.db.appointments.get(id)).toEqual(before);
    expect(await head.db.appointments.count()).toBe(1);
    expect(await head.db.appointmentVersions.count()).toBe(0);
    expect(await head.db.outbox.count()).toBe(0);
  });
});
