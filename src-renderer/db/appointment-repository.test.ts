import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  appointmentIntakeSchema,
  type AppointmentIntakeInput,
  type ConflictCheck,
  type WorkItemInput,
} from '../../src-shared/contracts/entities/appointment';
import type { ConsultationInput } from '../../src-shared/contracts/entities/consultation';
import { AppointmentStateError } from '../../src-shared/domain/appointments/lifecycle';
import { AppDb } from './app-db';
import {
  APPOINTMENT_ENTITY,
  AppointmentRepository,
  noticeKey,
  type AppointmentFilter,
} from './appointment-repository';
import { verifyAuditLog } from './audit-log';
import type { RepoDeps } from './commit-change';
import { ConsultationRepository } from './consultation-repository';
import { identityCodec, type FieldCodec } from './field-codec';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(codec: FieldCodec = identityCodec) {
  const db = new AppDb(`appointments-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  const deps: RepoDeps = {
    db,
    codec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  };
  const consultations = new ConsultationRepository(deps);
  return { db, repo: new AppointmentRepository(deps, consultations), consultations };
}

// "now" is 2026-11-25T10:00Z; records are dated the day before so that no time zone makes them
// future (the future check uses the device's local clock).
const intake = (over: Partial<AppointmentIntakeInput> = {}): AppointmentIntakeInput => ({
  source: 'ezk',
  receivedAt: '2026-11-24T09:00',
  language: 'ru',
  ezkNumber: 'EZK-1001',
  decree: {
    number: '12/345',
    date: '2026-11-23',
    body: 'СУ ДП г. Алматы',
    official: 'следователь Касымов Б.',
  },
  caseKind: 'criminal',
  caseNumber: '241500031000123',
  client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
  statusId: 'suspect',
  categoryId: 'def.26-3-1',
  stageId: 'pre-trial',
  opposingParties: [{ fullName: 'Омаров Ерлан', iin: '630528405673', statusId: 'victim' }],
  ...over,
});

const cleanCheck: ConflictCheck = {
  at: '2026-11-24T09:30',
  compared: { appointments: 0, consultations: 0 },
  findings: [],
  decision: 'no-conflict',
  explanation: '',
};
const GROUNDS = ['decline.conflict', 'decline.exclusion'] as const;
const ctx = { calendar: null, calendarPack: null, nightTime: { from: '22:00', to: '06:00' } };
const work = (over: Partial<WorkItemInput> = {}): WorkItemInput => ({
  date: '2026-11-24',
  actionId: 'interrogation',
  startedAt: '10:00',
  endedAt: '11:30',
  ...over,
});

async function accepted(repo: AppointmentRepository, over: Partial<AppointmentIntakeInput> = {}) {
  const a = await repo.create(intake(over), 'adv-A');
  await repo.recordConflictCheck(a.id, cleanCheck, 'adv-A');
  return repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A');
}

async function counts(db: AppDb) {
  return [
    await db.appointments.count(),
    await db.appointmentVersions.count(),
    await db.outbox.count(),
    await db.audit.count(),
  ];
}

async function refusal(p: Promise<unknown>) {
  return p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
}

describe('AppointmentRepository: intake', () => {
  it('writes row, outbox op and audit entry together; invalid input writes nothing', async () => {
    const { db, repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    expect(a).toMatchObject({
      version: 1,
      number: 1,
      year: 2026,
      state: 'received',
      caseGroupId: a.id,
      notices: [],
      notifications: [],
      work: [],
    });
    expect(await counts(db)).toEqual([1, 0, 1, 1]);
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({ entity: APPOINTMENT_ENTITY, entityId: a.id, baseVersion: 0 });
    const [audit] = await db.audit.toArray();
    expect(audit).toMatchObject({ action: 'create', entity: APPOINTMENT_ENTITY, version: 1 });
    expect(audit?.fields).toEqual(expect.arrayContaining(['client', 'caseNumber', 'decree']));
    expect(await repo.get(a.id)).toEqual(a);

    const err = await refusal(repo.create(intake({ caseNumber: ' ' }), 'adv-A'));
    expect(err).toBeInstanceOf(ZodError);
    expect(await counts(db)).toEqual([1, 0, 1, 1]);
  });

  it("refuses a receiving time in the future (the clock is the device's)", async () => {
    const { db, repo } = setup();
    const err = await refusal(repo.create(intake({ receivedAt: '2026-11-26T10:01' }), 'adv-A'));
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues[0]).toMatchObject({
      path: ['receivedAt'],
      message: 'validation.future',
    });
    expect(await db.appointments.count()).toBe(0);
  });

  it('numbers appointments continuously per advocate per year, starting again in January', async () => {
    const { repo } = setup();
    const at = (receivedAt: string) =>
      intake({ receivedAt, decree: { number: '1', date: '2025-11-01', body: 'Суд' } });
    const a1 = await repo.create(at('2025-11-25T09:40'), 'adv-A');
    const a2 = await repo.create(at('2025-12-31T17:00'), 'adv-A');
    const b1 = await repo.create(at('2025-11-25T09:40'), 'adv-B');
    const a2026 = await repo.create(at('2026-01-05T09:00'), 'adv-A');
    const a3 = await repo.create(at('2025-12-01T10:00'), 'adv-A');
    expect([a1.number, a2.number, b1.number, a2026.number, a3.number]).toEqual([1, 2, 1, 1, 3]);
    expect(a2026.year).toBe(2026);
  });

  it('links a next stage to the case group of the previous one (cl. 4.3)', async () => {
    const { repo } = setup();
    const first = await repo.create(intake(), 'adv-A');
    const second = await repo.create(intake({ stageId: 'first-instance' }), 'adv-A', {
      previousStageId: first.id,
    });
    const third = await repo.create(intake({ stageId: 'appeal' }), 'adv-A', {
      previousStageId: second.id,
    });
    expect(second).toMatchObject({ caseGroupId: first.id, previousStageId: first.id });
    expect(third).toMatchObject({ caseGroupId: first.id, previousStageId: second.id });
    expect((await repo.stagesOf('adv-A', first.id)).map((s) => s.stageId)).toEqual([
      'pre-trial',
      'first-instance',
      'appeal',
    ]);
    const err = await refusal(repo.create(intake(), 'adv-A', { previousStageId: 'nope' }));
    expect(err).toMatchObject({ code: 'appointment.notFound' });
  });

  it('corrects the intake with a reason: new version, same number, the old one archived', async () => {
    const { db, repo } = setup();
    const first = await repo.create(intake(), 'adv-A');
    await repo.recordConflictCheck(first.id, cleanCheck, 'adv-A');
    const fixed = await repo.correctIntake(
      first.id,
      intake({ qualification: 'ч. 1 ст. 188 УК', note: 'Ескерту' }),
      'Квалификация уточнена',
      'adv-A',
    );
    expect(fixed).toMatchObject({
      id: first.id,
      number: 1,
      version: 3,
      qualification: 'ч. 1 ст. 188 УК',
      changeReason: 'Квалификация уточнена',
    });
    // Unrelated fields keep the conflict check.
    expect(fixed.conflictCheck).toEqual(cleanCheck);
    expect((await repo.history(first.id)).map((h) => [h.version, h.qualification])).toEqual([
      [1, ''],
      [2, ''],
      [3, 'ч. 1 ст. 188 УК'],
    ]);
    const audit = await db.audit.toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'correct',
      reason: 'Квалификация уточнена',
      version: 3,
    });
    expect(audit.at(-1)?.fields.sort()).toEqual(['note', 'qualification']);
    await expect(repo.correctIntake(first.id, intake(), '  ', 'adv-A')).rejects.toThrow(/reason/);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 3 });
  });

  it('voids the conflict check when a correction before the decision changes who is compared', async () => {
    const { db, repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    await repo.recordConflictCheck(a.id, cleanCheck, 'adv-A');
    const fixed = await repo.correctIntake(
      a.id,
      intake({ opposingParties: [{ fullName: 'Жандосова Гүл', iin: '' }] }),
      'Потерпевшая уточнена',
      'adv-A',
    );
    expect(fixed.conflictCheck).toBeUndefined();
    expect((await db.audit.toArray()).at(-1)?.fields.sort()).toEqual([
      'conflictCheck',
      'opposingParties',
    ]);
    await expect(repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A')).rejects.toMatchObject({
      code: 'appointment.noConflictCheck',
    });
  });
});

describe('AppointmentRepository: lifecycle', () => {
  it('appends every step as a version with its name, archiving the previous one', async () => {
    const { db, repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    await repo.recordConflictCheck(a.id, cleanCheck, 'adv-A');
    await repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A');
    const { notice } = await repo.issueNotice(
      a.id,
      { date: '2026-11-24', addressee: 'СУ ДП г. Алматы' },
      'adv-A',
    );
    await repo.addNotification(
      a.id,
      {
        kind: 'body-notified',
        at: '2026-11-24T11:00',
        method: 'in-person',
        recipient: 'Касымов Б.',
        noticeId: notice.id,
      },
      'adv-A',
    );
    const { item } = await repo.logWork(a.id, work(), ctx, 'adv-A');
    await repo.withdrawWork(a.id, item.id, 'Қате енгізілді', 'adv-A');
    await repo.recordPaidAdvocate(
      a.id,
      { fullName: 'Ахметов Т.', learnedAt: '2026-11-24T12:00' },
      'adv-A',
    );
    await repo.recordClientRefusal(
      a.id,
      { at: '2026-11-24T13:00', form: 'written', outcome: 'pending' },
      ['refusal.minor'],
      'adv-A',
    );
    const done = await repo.complete(
      a.id,
      { date: '2026-11-24', finalDocument: 'Постановление о прекращении' },
      'adv-A',
    );

    const steps = [
      'conflict-check',
      'accept',
      'notice',
      'notify',
      'work',
      'withdraw-work',
      'paid-advocate',
      'refusal',
      'complete',
    ];
    expect(done).toMatchObject({ version: 10, state: 'completed', changeReason: 'complete' });
    expect(done.clientRefusal).toMatchObject({ outcome: 'pending', warnings: ['refusal.minor'] });
    const history = await repo.history(a.id);
    expect(history.map((h) => h.changeReason)).toEqual([undefined, ...steps]);
    expect(history.map((h) => h.state)).toEqual([
      'received',
      'received',
      ...Array<string>(7).fill('accepted'),
      'completed',
    ]);
    expect(history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await counts(db)).toEqual([1, 9, 10, 10]);
    const audit = await db.audit.toArray();
    expect(audit.slice(1).map((e) => [e.action, e.reason])).toEqual(
      steps.map((s) => ['update', s]),
    );
    expect(audit.find((e) => e.reason === 'accept')?.fields.sort()).toEqual(['decision', 'state']);
    expect(audit.find((e) => e.reason === 'work')?.fields).toEqual(['work']);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, count: 10 });
    // The outbox carries every version for sync.
    expect((await db.outbox.toArray()).map((o) => o.baseVersion)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('refuses each step from the wrong state with its code, writing nothing', async () => {
    const { db, repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    const before = await counts(db);
    const code = async (p: Promise<unknown>) => {
      const err = await refusal(p);
      expect(err).toBeInstanceOf(AppointmentStateError);
      return (err as AppointmentStateError).code;
    };
    const notAccepted = [
      () => repo.issueNotice(a.id, { date: '2026-11-24', addressee: 'СУ' }, 'adv-A'),
      () =>
        repo.addNotification(
          a.id,
          { kind: 'body-notified', at: '2026-11-24T11:00', method: 'fax', recipient: 'СУ' },
          'adv-A',
        ),
      () => repo.logWork(a.id, work(), ctx, 'adv-A'),
      () => repo.withdrawWork(a.id, 'w', 'қате', 'adv-A'),
      () =>
        repo.recordPaidAdvocate(
          a.id,
          { fullName: 'Ахметов', learnedAt: '2026-11-24T12:00' },
          'adv-A',
        ),
      () =>
        repo.recordClientRefusal(
          a.id,
          { at: '2026-11-24T12:00', form: 'written', outcome: 'accepted' },
          [],
          'adv-A',
        ),
      () =>
        repo.transfer(
          a.id,
          {
            toAdvocate: 'Иванов',
            reasonId: 'illness',
            permittedBy: 'Төраға',
            permittedAt: '2026-11-24T12:00',
            permission: '№ 5',
          },
          'adv-A',
        ),
      () => repo.complete(a.id, { date: '2026-11-24', finalDocument: 'Приговор' }, 'adv-A'),
    ];
    for (const step of notAccepted) expect(await code(step())).toBe('appointment.notAccepted');
    expect(
      await code(
        repo.recordAssignment(
          a.id,
          { assignedBy: 'Төраға', assignedAt: '2026-11-24T08:00' },
          'adv-A',
        ),
      ),
    ).toBe('appointment.notPaper');
    expect(await code(repo.accept('missing', { at: '2026-11-24T10:00' }, 'adv-A'))).toBe(
      'appointment.notFound',
    );
    expect(await counts(db)).toEqual(before);

    await repo.recordConflictCheck(a.id, cleanCheck, 'adv-A');
    await repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A');
    expect(await code(repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A'))).toBe(
      'appointment.notReceived',
    );
    await repo.complete(a.id, { date: '2026-11-24', finalDocument: 'Приговор' }, 'adv-A');
    const closed = await counts(db);
    expect(await code(repo.logWork(a.id, work(), ctx, 'adv-A'))).toBe('appointment.closed');
    expect(
      await code(
        repo.decline(
          a.id,
          { at: '2026-11-24T12:00', groundId: GROUNDS[0], details: 'x' },
          GROUNDS,
          'adv-A',
        ),
      ),
    ).toBe('appointment.closed');
    expect(await code(repo.recordConflictCheck(a.id, cleanCheck, 'adv-A'))).toBe(
      'appointment.closed',
    );
    expect(await counts(db)).toEqual(closed);
  });

  it('accepts a paper decree only after the head assigned it (cl. 10, 17)', async () => {
    const { repo } = setup();
    const a = await repo.create(intake({ source: 'paper', ezkNumber: '' }), 'adv-A');
    await repo.recordConflictCheck(a.id, cleanCheck, 'adv-A');
    const err = await refusal(repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A'));
    expect(err).toMatchObject({
      code: 'appointment.paperNotAssigned',
      blockers: ['paper-not-assigned'],
    });
    const early = await refusal(
      repo.recordAssignment(
        a.id,
        { assignedBy: 'Төраға', assignedAt: '2026-11-22T08:00' },
        'adv-A',
      ),
    );
    expect((early as ZodError).issues[0]).toMatchObject({
      path: ['assignedAt'],
      message: 'validation.beforeDecree',
    });
    const assigned = await repo.recordAssignment(
      a.id,
      { assignedBy: 'Төраға', assignedAt: '2026-11-24T08:00', number: '17' },
      'adv-A',
    );
    expect(assigned.paperAssignment).toEqual({
      assignedBy: 'Төраға',
      assignedAt: '2026-11-24T08:00',
      number: '17',
    });
    expect((await repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A')).state).toBe('accepted');
  });

  it('refuses to accept without a conflict check, with a conflict, or with an unexplained one', async () => {
    const { repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    const accept = () => refusal(repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A'));
    expect(await accept()).toMatchObject({ code: 'appointment.noConflictCheck' });
    const finding: ConflictCheck['findings'][number] = {
      kind: 'opposing-was-client',
      severity: 'conflict',
      recordType: 'consultation',
      recordId: 'c1',
      recordLabel: '№ 3/2026',
      person: 'Омаров Ерлан',
      matchedBy: 'iin',
      caseNumber: '',
    };
    await repo.recordConflictCheck(
      a.id,
      { ...cleanCheck, findings: [finding], decision: 'conflict' },
      'adv-A',
    );
    expect(await accept()).toMatchObject({ code: 'appointment.conflictFound' });
    await repo.recordConflictCheck(a.id, { ...cleanCheck, findings: [finding] }, 'adv-A');
    expect(await accept()).toMatchObject({ code: 'appointment.conflictUnexplained' });
    await repo.recordConflictCheck(
      a.id,
      { ...cleanCheck, findings: [finding], explanation: 'Кеңес басқа іс бойынша' },
      'adv-A',
    );
    const before = await refusal(repo.accept(a.id, { at: '2026-11-24T08:59' }, 'adv-A'));
    expect((before as ZodError).issues[0]?.message).toBe('validation.beforeReceived');
    expect((await repo.accept(a.id, { at: '2026-11-24T10:00' }, 'adv-A')).decision).toEqual({
      kind: 'accepted',
      at: '2026-11-24T10:00',
    });
  });

  it('declines only on a cl. 36 ground from the list, from received or accepted', async () => {
    const { db, repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    const input = { at: '2026-11-24T10:00', groundId: 'too-busy', details: 'Бос емеспін' };
    const err = await refusal(repo.decline(a.id, input, GROUNDS, 'adv-A'));
    expect(err).toBeInstanceOf(ZodError);
    expect((err as ZodError).issues[0]).toMatchObject({
      path: ['groundId'],
      message: 'validation.declineGround',
    });
    expect(await db.appointmentVersions.count()).toBe(0);
    const declined = await repo.decline(
      a.id,
      { ...input, groundId: 'decline.conflict' },
      GROUNDS,
      'adv-A',
    );
    expect(declined).toMatchObject({
      state: 'declined',
      decision: { kind: 'declined', groundId: 'decline.conflict', details: 'Бос емеспін' },
    });

    // A ground that comes to light after acceptance (UPK 94) still removes the advocate.
    const b = await accepted(repo);
    const later = await repo.decline(
      b.id,
      { at: '2026-11-24T15:00', groundId: 'decline.exclusion', details: 'Туыстық' },
      GROUNDS,
      'adv-A',
    );
    expect(later.state).toBe('declined');
    expect((await repo.history(b.id)).map((h) => h.decision?.kind)).toEqual([
      undefined,
      undefined,
      'accepted',
      'declined',
    ]);
  });

  it('numbers notices continuously per advocate across appointments, again in each year', async () => {
    const { db, repo } = setup();
    const december = {
      receivedAt: '2025-12-22T09:00',
      decree: { number: '1', date: '2025-12-20', body: 'Суд' },
    };
    const a = await accepted(repo, december);
    const b = await accepted(repo);
    const other = await repo.create(intake(), 'adv-B');
    await repo.recordConflictCheck(other.id, cleanCheck, 'adv-B');
    await repo.accept(other.id, { at: '2026-11-24T10:00' }, 'adv-B');

    const issue = async (id: string, date: string, actor = 'adv-A') =>
      (await repo.issueNotice(id, { date, addressee: 'Суд' }, actor)).notice;
    const n1 = await issue(a.id, '2025-12-30');
    const n2 = await issue(a.id, '2026-01-05');
    const n3 = await issue(b.id, '2026-11-24');
    const n4 = await issue(a.id, '2026-11-24');
    const nb = await issue(other.id, '2026-11-24', 'adv-B');
    expect([n1, n2, n3, n4, nb].map((n) => [n.year, n.number])).toEqual([
      [2025, 1],
      [2026, 1],
      [2026, 2],
      [2026, 3],
      [2026, 1],
    ]);
    const row = await db.appointments.get(a.id);
    expect(row?.noticeKeys).toEqual([
      noticeKey('adv-A', 2025, 1),
      noticeKey('adv-A', 2026, 1),
      noticeKey('adv-A', 2026, 3),
    ]);
    expect((await repo.get(a.id))?.notices.map((n) => n.number)).toEqual([1, 1, 3]);

    const early = await refusal(
      repo.issueNotice(b.id, { date: '2026-11-22', addressee: 'Суд' }, 'adv-A'),
    );
    expect((early as ZodError).issues[0]?.message).toBe('validation.beforeDecree');
    const future = await refusal(
      repo.issueNotice(b.id, { date: '2026-11-27', addressee: 'Суд' }, 'adv-A'),
    );
    expect((future as ZodError).issues[0]?.message).toBe('validation.future');
  });

  it('gives notices issued at the same moment different numbers', async () => {
    const { repo } = setup();
    const a = await accepted(repo);
    const b = await accepted(repo);
    const [x, y] = await Promise.all([
      repo.issueNotice(a.id, { date: '2026-11-24', addressee: 'СУ' }, 'adv-A'),
      repo.issueNotice(b.id, { date: '2026-11-24', addressee: 'СУ' }, 'adv-A'),
    ]);
    expect([x.notice.number, y.notice.number].sort()).toEqual([1, 2]);
  });

  it('refuses overlapping, premature or future work; a withdrawn item is kept and frees its time', async () => {
    const { repo } = setup();
    const a = await accepted(repo);
    const { item } = await repo.logWork(
      a.id,
      work({ startedAt: '22:30', endedAt: '01:00' }),
      ctx,
      'adv-A',
    );
    expect(item).toMatchObject({ minutes: 150, nightMinutes: 150, nonWorkingDay: false });

    const overlap = await refusal(
      repo.logWork(a.id, work({ startedAt: '23:00', endedAt: '23:30' }), ctx, 'adv-A'),
    );
    expect(overlap).toBeInstanceOf(ZodError);
    expect((overlap as ZodError).issues[0]).toMatchObject({
      path: ['startedAt'],
      message: 'validation.workOverlap',
    });
    // Past midnight: the next morning is taken too.
    const nextMorning = await refusal(
      repo.logWork(
        a.id,
        work({ date: '2026-11-25', startedAt: '00:30', endedAt: '02:00' }),
        ctx,
        'adv-A',
      ),
    );
    expect((nextMorning as ZodError).issues[0]?.message).toBe('validation.workOverlap');
    // Touching ends are fine.
    await repo.logWork(a.id, work({ startedAt: '21:00', endedAt: '22:30' }), ctx, 'adv-A');

    const early = await refusal(repo.logWork(a.id, work({ date: '2026-11-22' }), ctx, 'adv-A'));
    expect((early as ZodError).issues[0]).toMatchObject({
      path: ['date'],
      message: 'validation.beforeDecree',
    });
    const future = await refusal(repo.logWork(a.id, work({ date: '2026-11-27' }), ctx, 'adv-A'));
    expect((future as ZodError).issues[0]?.message).toBe('validation.future');

    const withdrawn = await repo.withdrawWork(a.id, item.id, 'Уақыты қате', 'adv-A');
    expect(withdrawn.work).toHaveLength(2);
    expect(withdrawn.work[0]).toMatchObject({
      id: item.id,
      withdrawn: { at: '2026-11-25T10:00:00.000Z', reason: 'Уақыты қате' },
    });
    const again = await refusal(repo.withdrawWork(a.id, item.id, 'тағы', 'adv-A'));
    expect(again).toMatchObject({ code: 'appointment.workWithdrawn' });
    expect(await refusal(repo.withdrawWork(a.id, 'nope', 'x', 'adv-A'))).toMatchObject({
      code: 'appointment.workNotFound',
    });
    const noReason = await refusal(repo.withdrawWork(a.id, item.id, ' ', 'adv-A'));
    expect((noReason as ZodError).issues[0]?.message).toBe('validation.required');
    // The withdrawn item's time can be logged again.
    const { appointment } = await repo.logWork(
      a.id,
      work({ startedAt: '23:00', endedAt: '00:30' }),
      ctx,
      'adv-A',
    );
    expect(appointment.work.map((w) => [w.startedAt, !!w.withdrawn])).toEqual([
      ['22:30', true],
      ['21:00', false],
      ['23:00', false],
    ]);
  });

  it('ends the defence by an accepted refusal or a transfer; a pending refusal does not', async () => {
    const { repo } = setup();
    const a = await accepted(repo);
    const refusalInput = { at: '2026-11-24T12:00', form: 'protocol' as const };
    const pending = await repo.recordClientRefusal(
      a.id,
      { ...refusalInput, outcome: 'not-accepted' },
      ['refusal.minor'],
      'adv-A',
    );
    expect(pending.state).toBe('accepted');
    const refused = await repo.recordClientRefusal(
      a.id,
      { ...refusalInput, outcome: 'accepted' },
      [],
      'adv-A',
    );
    expect(refused).toMatchObject({ state: 'refused', clientRefusal: { outcome: 'accepted' } });

    const b = await accepted(repo);
    const transferred = await repo.transfer(
      b.id,
      {
        toAdvocate: 'Иванов И.',
        reasonId: 'illness',
        permittedBy: 'Төраға',
        permittedAt: '2026-11-24T12:00',
        permission: 'Рұқсат № 5',
      },
      'adv-A',
    );
    expect(transferred).toMatchObject({
      state: 'transferred',
      transfer: { toAdvocate: 'Иванов И.' },
    });
    const c = await accepted(repo);
    const early = await refusal(
      repo.complete(c.id, { date: '2026-11-22', finalDocument: 'Приговор' }, 'adv-A'),
    );
    expect((early as ZodError).issues[0]?.message).toBe('validation.beforeDecree');
  });
});

describe('AppointmentRepository: reads', () => {
  it('keeps names, IINs and case numbers out of clear text when the codec encrypts', async () => {
    const sealing: FieldCodec = {
      id: 'test-seal',
      encode: async (_e, _f, p) => `sealed:${Buffer.from(p).toString('base64')}`,
      decode: async (_e, _f, s) => Buffer.from(s.slice(7), 'base64').toString(),
      lookupKey: async (_e, kind, p) =>
        `${kind}#${[...p].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36)}`,
    };
    const { db, repo } = setup(sealing);
    const a = await accepted(repo, {
      opposingParties: [
        { fullName: 'Омаров Ерлан', iin: '630528405673' },
        { fullName: 'Жандосова Гүл', iin: '' },
      ],
    });
    await repo.issueNotice(a.id, { date: '2026-11-24', addressee: 'Касымов Б.' }, 'adv-A');
    const raw = JSON.stringify([
      await db.appointments.toArray(),
      await db.appointmentVersions.toArray(),
      await db.outbox.toArray(),
      await db.audit.toArray(),
    ]);
    for (const secret of [
      'Серікбаев',
      'серікбае',
      'арман',
      '900101300057',
      '900101',
      'Омаров',
      'омаров',
      '630528405673',
      'Жандосова',
      'жандосова',
      '241500031000123',
      '12/345',
      'Касымов',
      'ДП г. Алматы',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect((await repo.search('adv-A', 'серікбаев'))[0]?.client.iin).toBe('900101300057');
    expect(await repo.search('adv-A', '2415 0003 1000 123')).toHaveLength(1);
    expect((await repo.forCase('adv-A', '241500031000123')).map((x) => x.id)).toEqual([a.id]);
    const found = await repo.conflictCandidates(
      'adv-A',
      appointmentIntakeSchema.parse(
        intake({ client: { fullName: 'Гүл Жандосова', iin: '' }, opposingParties: [] }),
      ),
    );
    expect(found.appointments.map((x) => x.id)).toEqual([a.id]);
  });

  it('finds by client name words, IIN, or the case number however written', async () => {
    const { repo } = setup();
    const a = await repo.create(intake(), 'adv-A');
    const b = await repo.create(
      intake({
        client: { fullName: 'Серікова Айгүл', iin: '751120400126' },
        caseNumber: '2-1234/2026',
        opposingParties: [],
      }),
      'adv-A',
    );
    const ids = async (q: string) => (await repo.search('adv-A', q)).map((x) => x.id);
    expect(await ids('сер')).toEqual([b.id, a.id]);
    expect(await ids('серікбаев арман')).toEqual([a.id]);
    expect(await ids('751120400126')).toEqual([b.id]);
    expect(await ids('900101')).toEqual([a.id]);
    expect(await ids('2415 0003 1000 123')).toEqual([a.id]);
    expect(await ids('2–1234 / 2026')).toEqual([b.id]);
    expect(await ids('омаров')).toEqual([]); // the other side is not searched by name
    expect(await ids('ар')).toEqual([]);
    expect(await repo.search('adv-A', 'сер', { state: 'accepted' })).toEqual([]);
    expect(
      (await repo.search('adv-A', 'сер', { state: 'received', month: '2026-11' })).length,
    ).toBe(2);
    expect(await repo.search('adv-A', 'сер', {}, 1)).toHaveLength(1);
  });

  it('lists by month and state in register order', async () => {
    const { repo } = setup();
    const decree = { number: '1', date: '2026-10-29', body: 'Суд' };
    await repo.create(intake({ receivedAt: '2026-11-03T10:00', decree }), 'adv-A');
    await repo.create(
      intake({
        receivedAt: '2026-10-30T10:00',
        decree,
      }),
      'adv-A',
    );
    const third = await accepted(repo, { receivedAt: '2026-11-20T10:00', decree });
    const list = async (filter?: AppointmentFilter) => repo.list('adv-A', filter);
    expect((await list({ month: '2026-11' })).map((r) => r.number)).toEqual([1, 3]);
    expect((await list({ state: 'accepted' })).map((r) => r.id)).toEqual([third.id]);
    expect((await list({ month: '2026-11', state: 'received' })).map((r) => r.number)).toEqual([1]);
    expect((await list()).map((r) => r.number)).toEqual([1, 2, 3]);
  });

  it('gathers conflict candidates: same case written differently, either side by IIN or name', async () => {
    const { repo, consultations } = setup();
    // The advocate defended Омаров in this case; the victim was Серікбаев.
    const sameCase = await repo.create(
      intake({
        caseNumber: '2415 0003 1000 123',
        client: { fullName: 'Омаров Ерлан', iin: '630528405673' },
        opposingParties: [{ fullName: 'Серікбаев Арман', iin: '900101300057' }],
      }),
      'adv-A',
    );
    // Another case: the new opposing party's IIN is on the other side there.
    const byIin = await repo.create(
      intake({
        caseNumber: '251500011000777',
        client: { fullName: 'Бекова Сәуле', iin: '751120400126' },
        opposingParties: [{ fullName: 'Омаров Е.', iin: '630528405673' }],
      }),
      'adv-A',
    );
    // Another case: a person without an IIN, matched by name written in another order.
    const byName = await repo.create(
      intake({
        caseNumber: '2-99/2026',
        client: { fullName: 'Нұрлан Жақсыбеков', iin: '' },
        opposingParties: [],
      }),
      'adv-A',
    );
    // Unrelated.
    await repo.create(
      intake({
        caseNumber: '2-100/2026',
        client: { fullName: 'Ахметова Дана', iin: '050607500031' },
        opposingParties: [],
      }),
      'adv-A',
    );
    const consultation = (fullName: string, iin: string): ConsultationInput => ({
      appliedAt: '2026-11-20T09:40',
      language: 'kk',
      applicant: { fullName, iin, identityDocument: { type: 'Жеке куәлік' } },
      categoryId: null,
      issue: { areaId: 'alimony', subject: 'Алимент' },
      form: 'oral',
      content: 'Түсіндірілді.',
      startedAt: '09:45',
      endedAt: '10:30',
      place: { kind: 'office' },
      status: 'given',
    });
    const cByIin = await consultations.create(
      consultation('Омаров Ерлан', '630528405673'),
      'adv-A',
    );
    const cByName = await consultations.create(
      consultation('Жақсыбеков Нұрлан', '050607500031'),
      'adv-A',
    );
    await consultations.create(consultation('Серікова Айгүл', '751120400126'), 'adv-A');

    const newOne = await repo.create(
      intake({
        caseNumber: '№ 2415-0003-1000-123',
        opposingParties: [
          { fullName: 'Омаров Ерлан', iin: '630528405673' },
          { fullName: 'Жақсыбеков  Нұрлан', iin: '' },
        ],
      }),
      'adv-A',
    );
    const found = await repo.conflictCandidates('adv-A', newOne);
    expect(found.appointments.map((x) => x.id)).toEqual([sameCase.id, byIin.id, byName.id]);
    expect(found.consultations.map((x) => x.id).sort()).toEqual([cByIin.id, cByName.id].sort());
    expect(found.counts).toEqual({ appointments: 3, consultations: 2 });

    // Without an id the record itself is not left out.
    const { id: _id, ...fresh } = newOne;
    void _id;
    expect((await repo.conflictCandidates('adv-A', fresh)).appointments).toHaveLength(4);
    expect((await repo.forCase('adv-A', '2415/0003/1000/123')).map((x) => x.id)).toEqual([
      sameCase.id,
      newOne.id,
    ]);
  });
});
