/**
 * A small office for the duty documents' tests: five advocates (one suspended for part of
 * December, one solo practitioner attached under cl. 13) and one who left, the December 2026
 * schedules over the shipped calendar pack (16 December is Independence Day), and a fairness
 * report counted from that schedule. Built through the contracts' schemas, so the documents
 * are tested on data the app could really hold. Names carry every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), so a font or encoding slip shows in the read-back text.
 */
import {
  dutyKinds,
  rosterMemberInputSchema,
  type DutyKind,
  type RosterMember,
  type RosterMemberInput,
} from '../../src-shared/contracts/entities/duty-roster';
import {
  dutyScheduleRecordSchema,
  type DutySchedule,
  type ScheduleChange,
  type ScheduleDay,
  type ScheduleSettings,
} from '../../src-shared/contracts/entities/duty-schedule';
import { WorkingCalendar, type DayInfo } from '../../src-shared/domain/calendar/working-days';
import type { FairnessReport, FairnessRow, Spread } from '../../src-shared/domain/duty/types';
import { calendarPackSchema, type DefenceRegisterPack } from '../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../src-shared/rules/shipped-packs';
import calendarJson from '../../src-shared/rules/packs/kz-calendar.json';

export const MONTH = '2026-12';
export const COLLEGIUM = 'Алматы қалалық адвокаттар алқасы';
export const OFFICE = '№ 5 заң консультациясы';
export const HEAD = { name: 'Ахметов Болат Серікұлы', phone: '+77012223344' };
const STAMP = '2026-11-10T09:00:00+05:00';

function member(id: string, input: RosterMemberInput): RosterMember {
  return {
    ...rosterMemberInputSchema.parse(input),
    id,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    headId: 'head-1',
  };
}

/** The five who take part, in the order the head entered them (not alphabetical). */
export const roster: RosterMember[] = [
  member('m-sarsenbayev', {
    fullName: 'Сәрсенбаев Нұрлан Қайратұлы',
    phone: '8 701 123 45 67',
    licenceNumber: '0001234',
    specialisations: ['criminal', 'juvenile'],
    territory: 'Алмалы ауданы',
  }),
  member('m-zhumabayeva', {
    fullName: 'Жұмабаева Гүлнәр Әбілқызы',
    phone: '+7 (707) 234-56-78',
    licenceNumber: '0002456',
    specialisations: ['civil', 'administrative'],
    territory: 'Әуезов ауданы',
    absences: [
      {
        id: 'abs-1',
        type: 'suspension',
        from: '2026-12-07',
        to: '2026-12-18',
        ground: 'illness',
        reason: 'Ауруына байланысты 18.11.2026 өтініші',
      },
    ],
  }),
  member('m-omirzakov', {
    fullName: 'Өмірзақов Ерғали Серікұлы',
    phone: '87753456789',
    licenceNumber: '0003789',
    specialisations: ['criminal', 'administrative-offence'],
    territory: 'Іле ауданы, Өтеген батыр кенті',
    kinds: ['pretrial', 'court'],
    soloPractitioner: true,
  }),
  member('m-hashimova', {
    fullName: 'Һашимова Іңкәр Өмірзаққызы',
    phone: '+77474567890',
    licenceNumber: '0004012',
    specialisations: ['civil', 'juvenile'],
    territory: 'Медеу ауданы',
  }),
  member('m-usenov', {
    fullName: 'Үсенов Ғабит Ұланұлы',
    phone: '+77015678901',
    licenceNumber: '0005345',
    specialisations: ['criminal'],
    territory: 'Бостандық ауданы',
  }),
];

/** Left the office in November: old schedules still name him, new lists do not. */
export const leftMember: RosterMember = member('m-kim', {
  fullName: 'Ким Виктор Сергеевич',
  phone: '+77019876543',
  licenceNumber: '0000987',
  specialisations: ['criminal'],
  status: 'left',
});

const calendar = new WorkingCalendar(calendarPackSchema.parse(calendarJson));

/** Every day of December 2026 as the shipped calendar pack sees it. */
export function decemberDays(): DayInfo[] {
  return Array.from({ length: 31 }, (_, i) =>
    calendar.dayInfo(`${MONTH}-${String(i + 1).padStart(2, '0')}`),
  );
}

/**
 * A plain rotation per schedule — not the app's generator, just a believable month: each
 * day takes the next advocates in turn who are on that schedule and not away.
 */
function rotate(settings: ScheduleSettings, members: RosterMember[]): ScheduleDay[] {
  const days = decemberDays().filter((d) => settings.weekendDuty || d.working);
  const out: ScheduleDay[] = [];
  for (const kind of dutyKinds) {
    const eligible = members.filter((m) => m.status === 'active' && m.kinds.includes(kind));
    let next = 0;
    for (const { date } of days) {
      const memberIds: string[] = [];
      for (
        let tries = 0;
        tries < eligible.length && memberIds.length < settings.perDay[kind];
        tries += 1
      ) {
        const m = eligible[next % eligible.length]!;
        next += 1;
        if (!m.absences.some((a) => a.from <= date && date <= a.to)) memberIds.push(m.id);
      }
      out.push({ date, kind, memberIds });
    }
  }
  return out;
}

export interface ScheduleOptions {
  status?: 'draft' | 'published';
  weekendDuty?: boolean;
}

/**
 * December 2026, published on 24 November and changed once on 3 December (edition 2): the
 * court duty of 10 December handed to another advocate on request (cl. 24). A draft has no
 * publication and no substitution.
 */
export function dutySchedule({ status = 'published', weekendDuty = true }: ScheduleOptions = {}) {
  const settings: ScheduleSettings = {
    weekendDuty,
    perDay: { pretrial: 2, court: 1, consultation: 1 },
  };
  const days = rotate(settings, roster);
  const log: ScheduleChange[] = [
    {
      id: 'log-1',
      at: '2026-11-20T09:00:00+05:00',
      by: HEAD.name,
      type: 'generated',
      edition: 0,
      reason: '',
    },
  ];
  if (status === 'published') {
    log.push({
      id: 'log-2',
      at: '2026-11-24T10:00:00+05:00',
      by: HEAD.name,
      type: 'published',
      edition: 1,
      reason: '',
    });
    const day = days.find((d) => d.kind === 'court' && d.date === '2026-12-10')!;
    const from = day.memberIds[0]!;
    const to = roster.find(
      (m) => m.id !== from && m.kinds.includes('court') && m.absences.length === 0,
    )!.id;
    day.memberIds = [to];
    log.push({
      id: 'log-3',
      at: '2026-12-03T11:20:00+05:00',
      by: HEAD.name,
      type: 'substitution',
      edition: 2,
      date: '2026-12-10',
      kind: 'court',
      fromMemberId: from,
      toMemberId: to,
      reason: 'Алматы облыстық сотындағы басқа іс бойынша процеске қатысады',
      requestedBy: from,
      requestDate: '2026-12-02',
    });
  }
  return dutyScheduleRecordSchema.parse({
    id: 'schedule-2026-12',
    version: log.length,
    createdAt: '2026-11-20T09:00:00+05:00',
    updatedAt: log[log.length - 1]!.at,
    headId: 'head-1',
    month: MONTH,
    officeName: OFFICE,
    responsibleName: HEAD.name,
    responsiblePhone: HEAD.phone,
    settings,
    days,
    status,
    edition: status === 'published' ? 2 : 0,
    publishedAt: status === 'published' ? '2026-11-24T10:00:00+05:00' : null,
    calendarPack: { id: 'kz-calendar', version: 1 },
    log,
  }) satisfies DutySchedule;
}

/** Gini over the values: mean absolute difference of all pairs over twice the mean. */
function spreadOf(values: number[]): Spread {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const sum = values.reduce((a, b) => a + b, 0);
  let diff = 0;
  for (const a of values) for (const b of values) diff += Math.abs(a - b);
  return { min, max, spread: max - min, gini: sum === 0 ? 0 : diff / (2 * values.length * sum) };
}

/** Appointments as the month's distribution log could have left them (per member id). */
const handed: Record<string, Partial<FairnessRow>> = {
  'm-sarsenbayev': {
    received: 4,
    accepted: 3,
    declined: 1,
    pending: 0,
    declineGrounds: { 'decline.36-1.conflict-of-interest': 1 },
  },
  'm-zhumabayeva': { received: 1, accepted: 1, declined: 0, pending: 0, skipped: { suspended: 3 } },
  'm-omirzakov': { received: 3, accepted: 2, declined: 0, pending: 1, skipped: { unreachable: 1 } },
  'm-hashimova': {
    received: 3,
    accepted: 2,
    declined: 1,
    pending: 0,
    declineGrounds: { 'decline.36-2.procedural-exclusion': 1 },
    skipped: { declined: 1, conflict: 1 },
  },
  'm-usenov': { received: 4, accepted: 4, declined: 0, pending: 0 },
};

/** The December report: duty days counted from the schedule, the left member last with zeros. */
export function fairnessReport(schedule: DutySchedule = dutySchedule()): FairnessReport {
  const rows = [...roster, leftMember].map((m): FairnessRow => {
    const dutyDays = Object.fromEntries(
      dutyKinds.map((k) => [
        k,
        schedule.days.filter((d) => d.kind === k && d.memberIds.includes(m.id)).length,
      ]),
    ) as Record<DutyKind, number>;
    return {
      memberId: m.id,
      fullName: m.fullName,
      dutyDays,
      dutyTotal: dutyKinds.reduce((sum, k) => sum + dutyDays[k], 0),
      received: 0,
      accepted: 0,
      declined: 0,
      pending: 0,
      declineGrounds: {},
      skipped: {},
      ...handed[m.id],
    };
  });
  const counted = rows.filter((r) => r.memberId !== leftMember.id);
  return {
    month: MONTH,
    officeName: OFFICE,
    rows,
    dutyDays: spreadOf(counted.map((r) => r.dutyTotal)),
    received: spreadOf(counted.map((r) => r.received)),
    scheduleEdition: schedule.status === 'published' ? schedule.edition : null,
  };
}

/** The shipped defence-register pack's decline grounds, as the report's caller passes them. */
export const declineGroundLabels: Record<string, { kk: string; ru: string }> = Object.fromEntries(
  loadShippedPacks()
    .filter((p): p is DefenceRegisterPack => p.kind === 'defence-register')
    .flatMap((p) => p.declineGrounds.map((g) => [g.id, g.label])),
);
