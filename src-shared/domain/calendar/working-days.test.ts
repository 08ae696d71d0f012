import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import golden from '../../../test/fixtures/working-days.golden.json';
import { calendarPackSchema, mrpPackSchema, type CalendarPack } from '../../rules/pack-schema';
import mrpJson from '../../rules/packs/kz-mrp.json';
import pack from '../../rules/packs/kz-calendar.json';
import { mrpOn } from './mrp';
import { WorkingCalendar } from './working-days';

const calendarPack = calendarPackSchema.parse(pack);
const mrpPack = mrpPackSchema.parse(mrpJson);

const policy = z.enum(['exact', 'previous-working-day', 'next-working-day']);
const goldenCase = z.discriminatedUnion('op', [
  z.object({ op: z.literal('isWorkingDay'), args: z.tuple([z.string()]), expected: z.boolean() }),
  z.object({ op: z.literal('nextWorkingDay'), args: z.tuple([z.string()]), expected: z.string() }),
  z.object({
    op: z.literal('addWorkingDays'),
    args: z.tuple([z.string(), z.number()]),
    expected: z.string(),
  }),
  z.object({ op: z.literal('reportDeadline'), args: z.tuple([z.string()]), expected: z.string() }),
  z.object({
    op: z.literal('scheduleDeadline'),
    args: z.tuple([z.string()]).or(z.tuple([z.string(), policy])),
    expected: z.string(),
  }),
  z.object({
    op: z.literal('workingDaysBetween'),
    args: z.tuple([z.string(), z.string()]),
    expected: z.number(),
  }),
]);
const cases = z
  .array(z.intersection(z.object({ name: z.string(), source: z.string() }), goldenCase))
  .parse(golden);

function run(c: (typeof cases)[number]): unknown {
  const cal = new WorkingCalendar(calendarPack);
  switch (c.op) {
    case 'isWorkingDay':
      return cal.isWorkingDay(c.args[0]);
    case 'nextWorkingDay':
      return cal.nextWorkingDay(c.args[0]);
    case 'addWorkingDays':
      return cal.addWorkingDays(c.args[0], c.args[1]);
    case 'reportDeadline':
      return cal.reportDeadline(c.args[0]);
    case 'scheduleDeadline':
      return new WorkingCalendar(calendarPack, {
        scheduleDeadlinePolicy: c.args[1],
      }).scheduleDeadline(c.args[0]);
    case 'workingDaysBetween':
      return cal.workingDaysBetween(c.args[0], c.args[1]);
  }
}

describe('working-day golden cases (published 2024–2026 calendars)', () => {
  it('has enough cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe('WorkingCalendar', () => {
  const cal = new WorkingCalendar(calendarPack);

  it('does not transfer religious days off that fall on a rest day', () => {
    expect(cal.dayInfo('2024-01-07')).toMatchObject({ working: false, reason: 'holiday' });
    expect(cal.dayInfo('2024-01-08')).toMatchObject({ working: true, reason: 'workday' });
    expect(cal.dayInfo('2024-06-16')).toMatchObject({ working: false, reason: 'holiday' });
    expect(cal.dayInfo('2024-06-17')).toMatchObject({ working: true, reason: 'workday' });
  });

  it('transfers a run of weekend holidays to consecutive days off, in date order', () => {
    expect(cal.dayInfo('2026-03-23')).toMatchObject({ reason: 'holiday', working: false });
    for (const date of ['2026-03-24', '2026-03-25']) {
      expect(cal.dayInfo(date)).toEqual({
        date,
        working: false,
        reason: 'transfer',
        label: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' },
        verified: true,
      });
    }
  });

  it('applies a Government swap both ways', () => {
    expect(cal.dayInfo('2025-01-03')).toMatchObject({ working: false, reason: 'day-off' });
    expect(cal.dayInfo('2025-01-05')).toMatchObject({
      working: true,
      reason: 'working-weekend',
      verified: true,
    });
  });

  it('computes a year not listed from fixed holidays and transfers, unverified', () => {
    expect(cal.coverage(2027)).toEqual({ year: 2027, listed: false, verified: false });
    // 2027-03-21 is a Sunday: Nauryz 21 moves past 22–23 March to Wednesday 24 March.
    expect(cal.dayInfo('2027-03-22')).toMatchObject({ working: false, reason: 'holiday' });
    expect(cal.dayInfo('2027-03-24')).toMatchObject({
      working: false,
      reason: 'transfer',
      verified: false,
    });
    expect(cal.dayInfo('2027-03-25')).toMatchObject({ working: true, verified: false });
  });

  it('marks an unverified listed year and its entries as unverified', () => {
    expect(cal.coverage(2023)).toEqual({ year: 2023, listed: true, verified: false });
    expect(cal.dayInfo('2023-06-28')).toMatchObject({ working: false, verified: false });
    expect(cal.dayInfo('2023-01-03')).toMatchObject({ reason: 'transfer', verified: false });
    expect(cal.coverage(2025)).toEqual({ year: 2025, listed: true, verified: true });
  });

  it('returns the date itself for zero working days', () => {
    expect(cal.addWorkingDays('2026-03-22', 0)).toBe('2026-03-22');
  });

  it('rejects invalid input with a clear error', () => {
    expect(() => cal.isWorkingDay('2025-02-29')).toThrow(/Invalid date "2025-02-29"/);
    expect(() => cal.dayInfo('25.11.2026')).toThrow(/expected a real date as YYYY-MM-DD/);
    expect(() => cal.nextWorkingDay('')).toThrow(Error);
    expect(() => cal.addWorkingDays('2026-03-20', -1)).toThrow(/Invalid number of working days/);
    expect(() => cal.addWorkingDays('2026-03-20', 1.5)).toThrow(/Invalid number of working days/);
    expect(() => cal.workingDaysBetween('2026-03-02', '2026-03-01')).toThrow(/Invalid range/);
    expect(() => cal.reportDeadline('2026-13')).toThrow(/Invalid month "2026-13"/);
    expect(() => cal.scheduleDeadline('2026-4')).toThrow(/Invalid month/);
  });

  it('computes nothing but weekends when the transfer rule is disabled', () => {
    const off: CalendarPack = {
      ...calendarPack,
      transferRule: { ...calendarPack.transferRule, enabled: false },
    };
    expect(new WorkingCalendar(off).isWorkingDay('2026-03-24')).toBe(true);
  });
});

describe('МРП pack', () => {
  it('parses and lists values in effective-date order', () => {
    const dates = mrpPack.values.map((v) => v.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds the value in force on a date', () => {
    expect(mrpOn(mrpPack, '2026-11-25')).toEqual({
      amount: 4325,
      itemId: 'mrp.2026',
      verified: true,
    });
    expect(mrpOn(mrpPack, '2026-01-01').amount).toBe(4325);
    expect(mrpOn(mrpPack, '2025-12-31').amount).toBe(3932);
    expect(mrpOn(mrpPack, '2022-05-01')).toEqual({
      amount: 3180,
      itemId: 'mrp.2022-04',
      verified: false,
    });
    expect(mrpOn(mrpPack, '2022-03-31').amount).toBe(3063);
  });

  it('throws before the first value and on a bad date', () => {
    expect(() => mrpOn(mrpPack, '2018-12-31')).toThrow(/No МРП value/);
    expect(() => mrpOn(mrpPack, '2026-02-30')).toThrow(/Invalid date/);
  });
});
