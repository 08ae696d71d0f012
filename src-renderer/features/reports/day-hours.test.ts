import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthFigures } from '../../../src-shared/domain/reports/monthly-report';
import {
  reportAppointment,
  reportConsultation,
} from '../../../src-shared/domain/reports/report-inputs';
import {
  testAppointment,
  testConsultation,
  testWork,
} from '../../../src-shared/domain/reports/reports.fixture';
import { chartTopHours, hoursByDay, type DayHours } from './day-hours';

const accepted = { kind: 'accepted' as const, at: '2026-11-02T10:00', groundId: undefined };

describe('hoursByDay', () => {
  const consultations = [
    testConsultation('c1', '2026-11-03T10:00', { minutes: 40 }),
    testConsultation('c2', '2026-11-03T15:00', { minutes: 25 }),
    // Not given: no time on the chart (the report counts none either).
    testConsultation('c3', '2026-11-04T09:00', { status: 'deferred' }),
    // Another month.
    testConsultation('c4', '2026-10-31T23:00', { minutes: 30 }),
  ].map((e) => reportConsultation(e));
  const appointments = [
    testAppointment('a1', '2026-11-02T09:00', {
      state: 'accepted',
      decision: accepted,
      work: [
        testWork('w1', '2026-11-03', 60),
        // Past midnight: stays on the 30th, its first day.
        testWork('w2', '2026-11-30', 150, {
          startedAt: '23:00',
          endedAt: '01:30',
          nightMinutes: 150,
        }),
        testWork('w3', '2026-11-05', 90, { withdrawn: { at: '2026-11-06T10:00', reason: 'x' } }),
        testWork('w4', '2026-12-01', 45),
      ],
    }),
  ].map(reportAppointment);

  it('has every day of the month, in order, and puts each record on its day', () => {
    const days = hoursByDay('2026-11', { consultations, appointments });
    expect(days.map((d) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(days[0]!.date).toBe('2026-11-01');
    const on = (day: number) => days[day - 1]!;
    expect(on(3)).toMatchObject({ consultationMinutes: 65, defenceMinutes: 60 });
    expect(on(4)).toMatchObject({ consultationMinutes: 0, defenceMinutes: 0 });
    expect(on(5).defenceMinutes).toBe(0);
    expect(on(30).defenceMinutes).toBe(150);
  });

  it('knows February of a leap year', () => {
    expect(hoursByDay('2028-02', { consultations: [], appointments: [] })).toHaveLength(29);
    expect(hoursByDay('2027-02', { consultations: [], appointments: [] })).toHaveLength(28);
  });

  it('adds up to the monthly report’s consultation and work times, whatever the records', () => {
    const minute = fc.integer({ min: 1, max: 300 });
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.constantFrom('2026-10', '2026-11', '2026-12');
    const iso = (m: string, d: number) => `${m}-${String(d).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        month,
        fc.array(fc.tuple(month, day, minute, fc.boolean()), { maxLength: 12 }),
        fc.array(fc.tuple(month, day, minute, fc.boolean()), { maxLength: 12 }),
        (shown, cs, ws) => {
          const consultations = cs.map(([m, d, minutes, given], i) =>
            reportConsultation(
              testConsultation(`c${i + 1}`, `${iso(m, d)}T08:00`, {
                minutes,
                status: given ? 'given' : 'refused',
              }),
            ),
          );
          const work = ws.map(([m, d, minutes, withdrawn], i) =>
            testWork(`w${i}`, iso(m, d), minutes, {
              ...(withdrawn ? { withdrawn: { at: '2026-12-31T10:00', reason: 'x' } } : {}),
            }),
          );
          const appointments = [
            reportAppointment(
              testAppointment('a1', '2026-10-01T09:00', {
                state: 'accepted',
                decision: accepted,
                work,
              }),
            ),
          ];
          const days = hoursByDay(shown, { consultations, appointments });
          const f = monthFigures(shown, { consultations, appointments, claims: [] });
          const sum = (k: keyof Pick<DayHours, 'consultationMinutes' | 'defenceMinutes'>) =>
            days.reduce((s, d) => s + d[k], 0);
          expect(sum('consultationMinutes')).toBe(f.consultations.given.minutes);
          expect(sum('defenceMinutes')).toBe(f.defence.work.minutes);
        },
      ),
    );
  });
});

describe('chartTopHours', () => {
  const withBusiest = (minutes: number): DayHours[] => [
    { date: '2026-11-01', day: 1, consultationMinutes: 0, defenceMinutes: 0 },
    { date: '2026-11-02', day: 2, consultationMinutes: minutes, defenceMinutes: 0 },
  ];

  it('is at least 4 hours, so an empty month still has a scale', () => {
    expect(chartTopHours([])).toBe(4);
    expect(chartTopHours(withBusiest(0))).toBe(4);
    expect(chartTopHours(withBusiest(239))).toBe(4);
  });

  it('rounds the busiest day up to an even number of hours', () => {
    expect(chartTopHours(withBusiest(241))).toBe(6);
    expect(chartTopHours(withBusiest(360))).toBe(6);
    expect(chartTopHours(withBusiest(361))).toBe(8);
    expect(chartTopHours(withBusiest(13 * 60))).toBe(14);
  });

  it('counts both kinds of work of the day together', () => {
    expect(
      chartTopHours([
        { date: '2026-11-01', day: 1, consultationMinutes: 200, defenceMinutes: 200 },
      ]),
    ).toBe(8);
  });
});
