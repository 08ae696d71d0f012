import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type {
  Distribution,
  DistributionRound,
  ProcedureDocumentInput,
} from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import { createRepositories, type Repositories } from '../../db';
import { AppDb } from '../../db/app-db';
import { DistributionStateError } from '../../db/distribution-repository';
import { identityCodec } from '../../db/field-codec';
import { acceptHandOver, handOverIntake } from './accept-hand-over';
import { localStamp } from './my-duty';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

// Instants built from local wall-clock times, so the expected local stamps hold in any zone.
const NOW = new Date(2026, 10, 25, 10, 5);
const HANDED = new Date(2026, 10, 25, 9, 40);

function office() {
  const db = new AppDb(`accept-hand-over-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  return createRepositories({
    db,
    codec: identityCodec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => NOW.toISOString(),
  });
}

const doc = (over: Partial<ProcedureDocumentInput> = {}): ProcedureDocumentInput => ({
  receivedAt: '2026-11-25T09:30',
  decree: {
    number: '7/1201',
    date: '2026-11-24',
    body: 'СУ ДП г. Алматы',
    official: 'следователь Касымов Б.',
  },
  caseKind: 'criminal',
  caseNumber: '241500031000777',
  client: { fullName: 'Серікбаев Арман', iin: '900101300057' },
  statusId: 'status.suspect',
  stageId: 'stage.pre-trial',
  note: 'Задержан 24.11',
  ...over,
});

const round = (
  member: RosterMember,
  at = HANDED.toISOString(),
): Omit<DistributionRound, 'round'> => ({
  at,
  by: 'Ахметова Г.',
  dutyDate: '2026-11-25',
  kind: 'pretrial',
  scheduleId: 'sched-1',
  scheduleEdition: 1,
  queue: [{ memberId: member.id, outcome: 'chosen', note: '' }],
  chosenMemberId: member.id,
});

async function handedTo(repos: Repositories, over: Partial<ProcedureDocumentInput> = {}) {
  const member = await repos.roster.save(
    { fullName: 'Жанна Омарова', phone: '+7 701 111 22 33', userId: 'zhanna' },
    'head',
  );
  const d = await repos.distributions.handOver(doc(over), round(member), member, 'head');
  return { member, d };
}

const profile = { id: 'zhanna' };

describe('acceptHandOver', () => {
  it('answers accepted, enters the document in my register and links the entry', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);

    const id = await acceptHandOver(repos, d, member, profile, 'kk', NOW);

    const [answer] = await repos.distributions.answersOf(d.id);
    expect(answer).toMatchObject({ answer: 'accepted', memberId: member.id, appointmentId: id });
    const a = (await repos.appointments.get(id))!;
    expect(a.advocateId).toBe('zhanna');
    expect(a).toMatchObject({
      source: 'paper',
      language: 'kk',
      receivedAt: localStamp(NOW),
      decree: doc().decree,
      caseKind: 'criminal',
      caseNumber: doc().caseNumber,
      client: doc().client,
      statusId: 'status.suspect',
      stageId: 'stage.pre-trial',
      categoryId: null,
      note: 'Задержан 24.11',
      paperAssignment: {
        assignedBy: 'Ахметова Г.',
        assignedAt: localStamp(HANDED),
        number: `${d.number}/${d.year}`,
      },
    });
  });

  it('is idempotent: a second call returns the same entry and writes nothing more', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);
    const first = await acceptHandOver(repos, d, member, profile, 'ru', NOW);
    const second = await acceptHandOver(repos, d, member, profile, 'ru', NOW);
    expect(second).toBe(first);
    expect(await repos.appointments.list('zhanna')).toHaveLength(1);
    expect(await repos.distributions.answersOf(d.id)).toHaveLength(1);
  });

  it('finishes an acceptance whose register entry was never made (crash after the answer)', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);
    const answer = await repos.distributions.answer(
      d,
      member.id,
      { answer: 'accepted' },
      'zhanna',
      [],
    );
    expect(answer.appointmentId).toBeUndefined();

    const id = await acceptHandOver(repos, d, member, profile, 'ru', NOW);

    const answers = await repos.distributions.answersOf(d.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ id: answer.id, appointmentId: id });
    expect((await repos.appointments.get(id))?.language).toBe('ru');
  });

  it('links the entry made before a crash instead of entering the document twice', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);
    await repos.distributions.answer(d, member.id, { answer: 'accepted' }, 'zhanna', []);
    const made = await repos.appointments.create(handOverIntake(d, 'kk', NOW), 'zhanna');

    const id = await acceptHandOver(repos, d, member, profile, 'kk', NOW);

    expect(id).toBe(made.id);
    expect(await repos.appointments.list('zhanna')).toHaveLength(1);
    expect((await repos.distributions.answersOf(d.id))[0]?.appointmentId).toBe(made.id);
  });

  it('does not take another paper entry of the same case for this hand-over', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);
    const other = { ...handOverIntake(d, 'kk', NOW) };
    other.paperAssignment = { ...other.paperAssignment!, number: '99/2026' };
    const unrelated = await repos.appointments.create(other, 'zhanna');

    const id = await acceptHandOver(repos, d, member, profile, 'kk', NOW);

    expect(id).not.toBe(unrelated.id);
    expect(await repos.appointments.list('zhanna')).toHaveLength(2);
  });

  it('refuses a hand-over I have declined, and one handed to someone else', async () => {
    const repos = office();
    const { member, d } = await handedTo(repos);
    await repos.distributions.answer(
      d,
      member.id,
      {
        answer: 'declined',
        groundId: 'decline.36-1.conflict-of-interest',
        note: 'защищаю потерпевшего',
      },
      'zhanna',
      ['decline.36-1.conflict-of-interest'],
    );
    await expect(acceptHandOver(repos, d, member, profile, 'kk', NOW)).rejects.toMatchObject({
      code: 'duty.errors.alreadyAnswered',
    });

    const other = await repos.roster.save(
      { fullName: 'Ерлан Ким', phone: '+7 702 333 44 55' },
      'head',
    );
    await expect(
      acceptHandOver(repos, d, other, { id: 'erlan' }, 'kk', NOW),
    ).rejects.toBeInstanceOf(DistributionStateError);
    expect(await repos.appointments.list('zhanna')).toHaveLength(0);
    expect(await repos.appointments.list('erlan')).toHaveLength(0);
  });

  it('leaves the acceptance visible when the register refuses the entry', async () => {
    const repos = office();
    // A decree dated after today: the register refuses receiving it in the future.
    const { member, d } = await handedTo(repos, {
      decree: { ...doc().decree, date: '2026-11-27' },
    });
    await expect(acceptHandOver(repos, d, member, profile, 'kk', NOW)).rejects.toBeInstanceOf(
      ZodError,
    );
    const [answer] = await repos.distributions.answersOf(d.id);
    expect(answer).toMatchObject({ answer: 'accepted' });
    expect(answer?.appointmentId).toBeUndefined();
  });
});

describe('handOverIntake', () => {
  const base = (over: Partial<Distribution> = {}, at = HANDED.toISOString()): Distribution => ({
    id: 'd1',
    version: 1,
    createdAt: at,
    updatedAt: at,
    headId: 'head',
    year: 2026,
    number: 14,
    document: {
      receivedAt: '2026-11-25T09:30',
      decree: { number: '7/1201', date: '2026-11-24', body: 'Суд', official: '' },
      caseKind: 'criminal',
      caseNumber: '1',
      client: { fullName: 'А', iin: '' },
      statusId: 's',
      stageId: 'st',
      note: '',
    },
    rounds: [
      {
        round: 1,
        at,
        by: 'Head',
        dutyDate: '2026-11-25',
        kind: 'court',
        scheduleId: 's',
        scheduleEdition: 1,
        queue: [],
        chosenMemberId: 'm',
      },
    ],
    assigneeUserId: 'zhanna',
    ...over,
  });

  it('numbers the assignment "<number>/<year>" and takes the last round', () => {
    const d = base();
    const later = new Date(2026, 10, 25, 9, 55);
    d.rounds.push({ ...d.rounds[0]!, round: 2, at: later.toISOString(), by: 'Deputy' });
    const intake = handOverIntake(d, 'ru', NOW);
    expect(intake.paperAssignment).toEqual({
      assignedBy: 'Deputy',
      assignedAt: localStamp(later),
      number: '14/2026',
    });
  });

  it('keeps the assignment no later than receiving, when the head’s clock ran ahead', () => {
    const ahead = new Date(2026, 10, 25, 10, 20);
    const intake = handOverIntake(base({}, ahead.toISOString()), 'kk', NOW);
    expect(intake.receivedAt).toBe(localStamp(NOW));
    expect(intake.paperAssignment?.assignedAt).toBe(localStamp(NOW));
  });

  it('never receives or assigns before the decree date', () => {
    const d = base();
    d.document = { ...d.document, decree: { ...d.document.decree, date: '2026-11-26' } };
    const intake = handOverIntake(d, 'kk', NOW);
    expect(intake.receivedAt).toBe('2026-11-26T00:00');
    expect(intake.paperAssignment?.assignedAt).toBe('2026-11-26T00:00');
  });

  it('reads a round time already written as local time as it is', () => {
    const intake = handOverIntake(base({}, '2026-11-25T08:15'), 'kk', NOW);
    expect(intake.paperAssignment?.assignedAt).toBe('2026-11-25T08:15');
  });
});
