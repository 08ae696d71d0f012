/**
 * Duty schedules across the office (issue 7, Rules cl. 16–17, 21–24) through the real server:
 * the head's published schedule and roster reach the office's advocates (and nobody else), an
 * advocate's «Қабылданды» reaches the head, a paper hand-over reaches only the advocate the
 * queue chose, whose acceptance puts it in their own register and reaches the head.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DistributionRepository } from '../../src-renderer/db/distribution-repository';
import { RosterRepository } from '../../src-renderer/db/duty-roster-repository';
import { DutyScheduleRepository } from '../../src-renderer/db/duty-schedule-repository';
import type { RosterMember } from '../../src-shared/contracts/entities/duty-roster';
import { WorkingCalendar } from '../../src-shared/domain/calendar/working-days';
import { ackStatusOf } from '../../src-shared/domain/duty/ack-status';
import { generateSchedule } from '../../src-shared/domain/duty/generate';
import { monthDays } from '../../src-shared/domain/duty/month-days';
import { proposeNext } from '../../src-shared/domain/duty/queue';
import { calendarPackSchema } from '../../src-shared/rules/pack-schema';
import calendarJson from '../../src-shared/rules/packs/kz-calendar.json';
import { Laptop, profileInput, TestServer } from './harness';

const cal = new WorkingCalendar(calendarPackSchema.parse(calendarJson));
const MONTH = '2026-11';

let server: TestServer;
const laptops: Laptop[] = [];
const laptop = (deviceId: string, userId: string) => {
  const l = new Laptop(server, deviceId, userId);
  laptops.push(l);
  return l;
};
const duty = (l: Laptop) => ({
  roster: new RosterRepository(l.deps),
  schedules: new DutyScheduleRepository(l.deps),
  distributions: new DistributionRepository(l.deps),
});

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

async function signedIn(deviceId: string, userId: string, role: 'advocate' | 'head') {
  const l = laptop(deviceId, userId);
  await l.profile.save(profileInput(role));
  await l.adopt();
  return l;
}

/** The head's laptop with a roster of adv-a, adv-b and a solo practitioner without an account. */
async function officeWithSchedule() {
  const head = await signedIn('dev-head-1', 'head-1', 'head');
  const d = duty(head);
  const member = (fullName: string, userId: string, phone: string) =>
    d.roster.save({ fullName, phone, userId }, 'head-1');
  const a = await member('Айгерім Сапарова', 'adv-a', '+77011112233');
  const b = await member('Данияр Омаров', 'adv-b', '+77012223344');
  const solo = await member('Ержан Тоқтаров', '', '+77013334455');
  const actor = { id: 'head-1', name: 'Болат Ахметов' };
  const draft = await d.schedules.createDraft(
    {
      month: MONTH,
      responsibleName: 'Болат Ахметов',
      responsiblePhone: '+77019998877',
      settings: { weekendDuty: false, perDay: { pretrial: 1, court: 1, consultation: 1 } },
    },
    { officeName: '№ 5 заң консультациясы', calendarPack: { id: 'kz-calendar', version: 1 } },
    actor,
  );
  const members = await d.roster.list();
  await d.schedules.generate(
    draft.id,
    generateSchedule({
      month: MONTH,
      days: monthDays(cal, MONTH),
      members,
      settings: draft.settings,
    }),
    actor,
  );
  const published = await d.schedules.publish(draft.id, actor);
  return { head, d, a, b, solo, actor, published };
}

describe('duty schedules across the office', () => {
  it('a published schedule reaches the office advocates and not another office; acks reach the head', async () => {
    const { head, published, a: memberA, b: memberB } = await officeWithSchedule();
    expect(published).toMatchObject({ status: 'published', edition: 1 });
    const rh = await head.sync();
    expect(rh).toMatchObject({ rejected: 0, conflicts: 0 });
    expect(rh.accepted).toBeGreaterThanOrEqual(5); // profile, 3 members, schedule

    const advA = await signedIn('dev-adv-a', 'adv-a', 'advocate');
    const advB = await signedIn('dev-adv-b', 'adv-b', 'advocate');
    const other = await signedIn('dev-adv-x', 'adv-x', 'advocate');
    for (const l of [advA, advB, other]) await l.sync();

    const gotA = await duty(advA).schedules.forMonth(MONTH);
    expect(gotA).toMatchObject({ id: published.id, status: 'published', edition: 1 });
    expect(gotA!.days).toEqual(published.days);
    expect((await duty(advA).roster.list()).map((m) => m.fullName).sort()).toHaveLength(3);
    expect(await duty(advB).schedules.forMonth(MONTH)).toBeDefined();
    expect(await duty(other).schedules.forMonth(MONTH)).toBeUndefined();
    expect(await other.db.rosterMembers.count()).toBe(0);

    // cl. 22: Aigerim answers «Қабылданды»; the head sees it, and that Daniyar has not.
    await duty(advA).schedules.acknowledge(gotA!, memberA.id, 'adv-a', 'kk');
    expect(await advA.sync()).toMatchObject({ accepted: 1, rejected: 0 });
    await head.sync();
    const acks = await duty(head).schedules.acks(published.id);
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ word: 'Қабылданды', edition: 1, advocateId: 'adv-a' });
    expect(ackStatusOf(published, memberA.id, acks)!.state).toBe('current');
    expect(ackStatusOf(published, memberB.id, acks)!.state).toBe('never');
    // Advocate B does not receive A's acknowledgment (own-register: owner and head only).
    await advB.sync();
    expect(await advB.db.scheduleAcks.count()).toBe(0);
  });

  it('a substitution after publication is a new edition the affected advocate must acknowledge again', async () => {
    const { head, d, actor, published, a: memberA, b: memberB } = await officeWithSchedule();
    await head.sync();
    const advA = await signedIn('dev-adv-a', 'adv-a', 'advocate');
    await advA.sync();
    await duty(advA).schedules.acknowledge(published, memberA.id, 'adv-a', 'ru');
    await advA.sync();

    const aDay = published.days.find(
      (x) => x.memberIds.includes(memberA.id) && !x.memberIds.includes(memberB.id),
    )!;
    const changed = await d.schedules.substitute(
      published.id,
      {
        date: aDay.date,
        kind: aDay.kind,
        fromMemberId: memberA.id,
        toMemberId: memberB.id,
        reason: 'Болезнь, справка',
        requestDate: '2026-11-25',
      },
      actor,
    );
    expect(changed.edition).toBe(2);
    expect(await head.sync()).toMatchObject({ rejected: 0, conflicts: 0 });
    await advA.sync();
    const now = (await duty(advA).schedules.forMonth(MONTH))!;
    expect(now.edition).toBe(2);
    const acks = await duty(advA).schedules.acks(published.id);
    expect(ackStatusOf(now, memberA.id, acks)!.state).toBe('needs-again');
    expect(now.log.at(-1)).toMatchObject({ type: 'substitution', reason: 'Болезнь, справка' });
  });

  it('a paper hand-over reaches only the chosen advocate; acceptance enters their register and reaches the head', async () => {
    const { head, d, published } = await officeWithSchedule();
    const members = await d.roster.list();
    // The first working day whose pre-trial duty is one of the two advocates with an account.
    const day = published.days.find(
      (x) =>
        x.kind === 'pretrial' && x.memberIds.some((id) => members.find((m) => m.id === id)?.userId),
    )!;
    const proposal = proposeNext({
      date: day.date,
      kind: 'pretrial',
      schedule: published,
      members,
      distributions: [],
      answers: [],
      headSkips: [],
    });
    const chosen: RosterMember = members.find((m) => m.id === proposal.proposedMemberId)!;
    expect(chosen.userId).not.toBe('');
    const handed = await d.distributions.handOver(
      {
        receivedAt: `${day.date}T09:30`,
        decree: { number: '17', date: day.date, body: 'Алматы қ. ПД тергеу басқармасы' },
        caseKind: 'criminal',
        caseNumber: '267500031000123',
        client: { fullName: 'Серікбаев Арман', iin: '' },
        statusId: 'status.suspect',
        stageId: 'stage.pre-trial',
      },
      {
        at: `${day.date}T09:35:00.000Z`,
        by: 'Болат Ахметов',
        dutyDate: day.date,
        kind: 'pretrial',
        scheduleId: published.id,
        scheduleEdition: published.edition,
        queue: proposal.queue,
        chosenMemberId: chosen.id,
      },
      chosen,
      'head-1',
    );
    expect(handed).toMatchObject({ number: 1, assigneeUserId: chosen.userId });
    expect(await head.sync()).toMatchObject({ rejected: 0, conflicts: 0 });

    const otherUser = chosen.userId === 'adv-a' ? 'adv-b' : 'adv-a';
    const mine = await signedIn(`dev-${chosen.userId}`, chosen.userId, 'advocate');
    const notMine = await signedIn(`dev-${otherUser}`, otherUser, 'advocate');
    await mine.sync();
    await notMine.sync();
    expect(await notMine.db.distributions.count()).toBe(0);
    const got = await duty(mine).distributions.get(handed.id);
    expect(got?.document.client.fullName).toBe('Серікбаев Арман');

    // cl. 17(2): accepted; the register entry is made from the document and linked.
    const answer = await duty(mine).distributions.answer(
      got!,
      chosen.id,
      { answer: 'accepted' },
      chosen.userId,
      [],
    );
    const appt = await mine.appointments.create(
      {
        source: 'paper',
        receivedAt: `${day.date}T10:00`,
        language: 'kk',
        decree: got!.document.decree,
        paperAssignment: {
          assignedBy: 'Болат Ахметов',
          assignedAt: `${day.date}T09:35`,
          number: '1/2026',
        },
        caseKind: 'criminal',
        caseNumber: got!.document.caseNumber,
        client: got!.document.client,
        statusId: got!.document.statusId,
        categoryId: null,
        stageId: got!.document.stageId,
      },
      chosen.userId,
    );
    await duty(mine).distributions.linkAppointment(answer.id, appt.id, chosen.userId);
    expect(await mine.sync()).toMatchObject({ rejected: 0, conflicts: 0 });
    await head.sync();
    const answers = await duty(head).distributions.answersOf(handed.id);
    expect(answers).toEqual([
      expect.objectContaining({ answer: 'accepted', appointmentId: appt.id, version: 2 }),
    ]);
    // The appointment is in the advocate's register, which the head reads as the office's.
    expect(await head.db.appointments.get(appt.id)).toMatchObject({ advocateId: chosen.userId });
    // The queue moves on: the day's next hand-over starts after them (one on duty: them again).
    const next = proposeNext({
      date: day.date,
      kind: 'pretrial',
      schedule: published,
      members,
      distributions: await duty(head).distributions.list(),
      answers,
      headSkips: [],
    });
    expect(next.queue.map((q) => q.memberId)).toEqual(day.memberIds);
    expect(next.proposedMemberId).toBe(day.memberIds.length === 1 ? chosen.id : day.memberIds[1]);
  });
});
