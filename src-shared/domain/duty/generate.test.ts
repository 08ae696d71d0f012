import { describe, expect, it } from 'vitest';
import {
  dutyKinds,
  rosterMemberRecordSchema,
  type DutyKind,
  type RosterMemberInput,
} from '../../contracts/entities/duty-roster';
import type { ScheduleSettings } from '../../contracts/entities/duty-schedule';
import { calendarPackSchema } from '../../rules/pack-schema';
import pack from '../../rules/packs/kz-calendar.json';
import { WorkingCalendar } from '../calendar/working-days';
import { generateSchedule } from './generate';
import { monthDays } from './month-days';
import type { GenerateResult } from './types';

const cal = new WorkingCalendar(calendarPackSchema.parse(pack));
const one = { pretrial: 1, court: 1, consultation: 1 };

function member(id: string, over: Partial<RosterMemberInput> = {}) {
  return rosterMemberRecordSchema.parse({
    id,
    version: 1,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    headId: 'head',
    fullName: `Адвокат ${id}`,
    phone: '+7 701 123 45 67',
    ...over,
  });
}

const suspension = {
  id: 's1',
  type: 'suspension' as const,
  from: '2026-12-01',
  to: '2026-12-15',
  ground: 'illness' as const,
  reason: 'Заявление от 20.11.2026',
};
const december = () => [
  member('A'),
  member('B'),
  member('C'),
  member('D', { absences: [suspension] }),
];

function generate(month: string, members = december(), settings?: Partial<ScheduleSettings>) {
  return generateSchedule({
    month,
    days: monthDays(cal, month),
    members,
    settings: { weekendDuty: false, perDay: one, ...settings },
  });
}

const count = (r: GenerateResult, id: string, kind?: DutyKind) =>
  r.days.filter((d) => (kind === undefined || d.kind === kind) && d.memberIds.includes(id)).length;

describe('generateSchedule — December 2026, an office of four, D suspended 1–15 December', () => {
  it('covers exactly the working days, one advocate per schedule, with no gaps', () => {
    const r = generate('2026-12');
    const working = monthDays(cal, '2026-12').filter((d) => d.working);
    expect([...new Set(r.days.map((d) => d.date))]).toEqual(working.map((d) => d.date));
    expect(r.days).toHaveLength(working.length * dutyKinds.length);
    expect(r.days.every((d) => d.memberIds.length === 1)).toBe(true);
    expect(r.gaps).toEqual([]);
    // Independence Day and the weekends are nobody's duty without weekend duty.
    expect(r.days.some((d) => d.date === '2026-12-16' || d.date === '2026-12-19')).toBe(false);
  });

  it('keeps D off duty while suspended and puts them on after', () => {
    const r = generate('2026-12');
    const dDays = r.days.filter((d) => d.memberIds.includes('D')).map((d) => d.date);
    expect(dDays.every((date) => date > '2026-12-15')).toBe(true);
    expect(dDays.length).toBeGreaterThan(0);
  });

  it('gives A, B and C equal participation in every schedule (within one duty)', () => {
    const r = generate('2026-12');
    for (const kind of dutyKinds) {
      const counts = ['A', 'B', 'C'].map((id) => count(r, id, kind));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('lets D back at the office pace: at most two duties a day, about their fair share', () => {
    // Counting whole-month totals gave D all three duties on 17, 18 and 21 December.
    const r = generate('2026-12');
    const working = monthDays(cal, '2026-12').filter((d) => d.working);
    const back = working.filter((d) => d.date > suspension.to);
    for (const { date } of back) {
      const onDuty = r.days.filter((d) => d.date === date && d.memberIds.includes('D'));
      expect(onDuty.length).toBeLessThanOrEqual(2);
    }
    // Share: duties per advocate-day available over the month (A, B, C every working day).
    const dutyDays = 3 * working.length + back.length;
    const fair = (duties: number) => Math.round((duties * back.length) / dutyDays);
    for (const kind of dutyKinds) {
      expect(Math.abs(count(r, 'D', kind) - fair(working.length))).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(count(r, 'D') - fair(3 * working.length))).toBeLessThanOrEqual(1);
  });

  it('with weekend duty covers every day of the month, holidays included', () => {
    const r = generate('2026-12', december(), { weekendDuty: true });
    const all = monthDays(cal, '2026-12').map((d) => d.date);
    expect([...new Set(r.days.map((d) => d.date))]).toEqual(all);
    expect(r.days.filter((d) => d.date === '2026-12-16').map((d) => d.kind)).toEqual([
      ...dutyKinds,
    ]);
    expect(r.gaps).toEqual([]);
  });
});

describe('generateSchedule — gaps and who is never scheduled', () => {
  it('reports a gap and gives who there is when fewer are eligible than needed', () => {
    const r = generate('2026-12', [member('A'), member('B')], {
      perDay: { pretrial: 3, court: 1, consultation: 1 },
    });
    const pretrial = r.days.filter((d) => d.kind === 'pretrial');
    expect(pretrial.every((d) => d.memberIds.length === 2)).toBe(true);
    expect(r.gaps).toEqual(
      pretrial.map((d) => ({ date: d.date, kind: 'pretrial', needed: 3, got: 2 })),
    );
  });

  it('keeps an empty day with a gap when nobody can be on duty', () => {
    const absent = {
      ...suspension,
      id: 'u1',
      type: 'unavailable' as const,
      from: '2026-12-02',
      to: '2026-12-02',
    };
    const r = generate('2026-12', [member('A', { absences: [absent] })]);
    expect(r.days.filter((d) => d.date === '2026-12-02')).toEqual(
      dutyKinds.map((kind) => ({ date: '2026-12-02', kind, memberIds: [] })),
    );
    expect(r.gaps.filter((g) => g.date === '2026-12-02')).toEqual(
      dutyKinds.map((kind) => ({ date: '2026-12-02', kind, needed: 1, got: 0 })),
    );
  });

  it('never schedules a member who left, nor anyone in a schedule they do not take part in', () => {
    const r = generate('2026-12', [
      member('A', { kinds: ['court'] }),
      member('B', { status: 'left' }),
      member('C', { kinds: ['pretrial', 'consultation'] }),
    ]);
    expect(count(r, 'B')).toBe(0);
    expect(r.days.every((d) => d.memberIds.includes(d.kind === 'court' ? 'A' : 'C'))).toBe(true);
  });

  it('counts a repeated roster id once', () => {
    const r = generate('2026-12', [member('A'), member('A'), member('B')], {
      perDay: { pretrial: 3, court: 1, consultation: 1 },
    });
    expect(r.days.filter((d) => d.kind === 'pretrial').every((d) => d.memberIds.length === 2)).toBe(
      true,
    );
  });

  it('refuses days outside the month or out of order', () => {
    const settings = { weekendDuty: false, perDay: one };
    const members = [member('A')];
    const days = [{ date: '2026-11-30', working: true }];
    expect(() => generateSchedule({ month: '2026-12', days, members, settings })).toThrow(
      /not in the month/,
    );
    const twice = [
      { date: '2026-12-02', working: true },
      { date: '2026-12-01', working: true },
    ];
    expect(() => generateSchedule({ month: '2026-12', days: twice, members, settings })).toThrow(
      /in order/,
    );
  });
});

describe('generateSchedule — tie-breaks', () => {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

  it('rotates who comes first, so the same person does not always open the month', () => {
    const firsts = months.map(
      (m) =>
        generate(m, [member('A'), member('B'), member('C'), member('D')]).days[0]!.memberIds[0],
    );
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  it('among advocates equal in a schedule, prefers the one further behind in all schedules', () => {
    // D is away on 1 December, so A takes pre-trial; on the 3rd A and D each owe half a
    // pre-trial duty. Before duties were weighed by availability D got it (fewer duties in
    // all); but A also takes court duty and is owed 2/3 of one there (1/3 a day for two days),
    // so against fair shares A is further behind in all (1/2 + 2/3 against D's 1/2). The
    // court duty then goes to whichever of E, F is owed a whole one, not to A, on duty already.
    const days = [
      { date: '2026-12-01', working: true },
      { date: '2026-12-02', working: false },
      { date: '2026-12-03', working: true },
    ];
    const away = { ...suspension, id: 'u', from: '2026-12-01', to: '2026-12-01' };
    const roster = {
      A: member('A', { kinds: ['pretrial', 'court'] }),
      D: member('D', { kinds: ['pretrial'], absences: [away] }),
      E: member('E', { kinds: ['court'] }),
      F: member('F', { kinds: ['court'] }),
    };
    const orders = [
      ['A', 'D', 'E', 'F'],
      ['F', 'E', 'D', 'A'],
      ['E', 'A', 'F', 'D'],
      ['D', 'F', 'A', 'E'],
    ] as const;
    for (const order of orders) {
      const r = generateSchedule({
        month: '2026-12',
        days,
        members: order.map((id) => roster[id]),
        settings: { weekendDuty: false, perDay: one },
      });
      const on = (date: string, kind: DutyKind) =>
        r.days.find((d) => d.date === date && d.kind === kind)!.memberIds;
      expect(on('2026-12-01', 'pretrial')).toEqual(['A']);
      expect(on('2026-12-03', 'pretrial')).toEqual(['A']);
      const [court1, court3] = [on('2026-12-01', 'court'), on('2026-12-03', 'court')];
      expect([court1, court3].flat().sort()).toEqual(['E', 'F']);
    }
  });

  it('among equals prefers someone not already on duty that day in another schedule', () => {
    // Three advocates, pre-trial and court only, on two consecutive days. On the second day the
    // court candidates are equal on counts: one is on pre-trial that day, the other was on
    // duty the day before. The one free that day must get it, whatever the roster order.
    const days = [
      { date: '2026-12-02', working: true },
      { date: '2026-12-03', working: true },
    ];
    const kinds: DutyKind[] = ['pretrial', 'court'];
    for (const order of [
      ['A', 'B', 'C'],
      ['C', 'B', 'A'],
      ['B', 'A', 'C'],
    ]) {
      const r = generateSchedule({
        month: '2026-12',
        days,
        members: order.map((id) => member(id, { kinds })),
        settings: { weekendDuty: false, perDay: one },
      });
      const on = (date: string, kind: DutyKind) =>
        r.days.find((d) => d.date === date && d.kind === kind)!.memberIds[0];
      expect(on('2026-12-03', 'court')).not.toBe(on('2026-12-03', 'pretrial'));
    }
  });

  it('among equals prefers someone not on duty the day before', () => {
    // Two court advocates. On 1 December one of them is on duty, on the 2nd both are away,
    // on the 3rd the other one catches up; on the 4th they are equal on every count, and the
    // one on duty the day before must not be picked again, whatever the roster order.
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((date) => ({
      date,
      working: true,
    }));
    const away = { ...suspension, id: 'u', type: 'unavailable' as const };
    const absences = [{ ...away, from: '2026-12-02', to: '2026-12-02' }];
    for (const order of [
      ['A', 'B'],
      ['B', 'A'],
    ]) {
      const r = generateSchedule({
        month: '2026-12',
        days,
        members: order.map((id) => member(id, { kinds: ['court'], absences })),
        settings: { weekendDuty: false, perDay: one },
      });
      const court = (date: string) =>
        r.days.find((d) => d.date === date && d.kind === 'court')!.memberIds;
      expect(court('2026-12-02')).toEqual([]);
      expect(court('2026-12-03')).not.toEqual(court('2026-12-01'));
      expect(court('2026-12-04')).not.toEqual(court('2026-12-03'));
    }
  });
});
