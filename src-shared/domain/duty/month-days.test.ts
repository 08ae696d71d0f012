import { describe, expect, it } from 'vitest';
import { calendarPackSchema } from '../../rules/pack-schema';
import pack from '../../rules/packs/kz-calendar.json';
import { WorkingCalendar } from '../calendar/working-days';
import { monthDays } from './month-days';

const cal = new WorkingCalendar(calendarPackSchema.parse(pack));

describe('monthDays', () => {
  it.each([
    ['2026-02', 28],
    ['2024-02', 29],
    ['2026-04', 30],
    ['2026-12', 31],
  ])('lists every day of %s in order (%i days)', (month, length) => {
    const days = monthDays(cal, month);
    expect(days).toHaveLength(length);
    expect(days.map((d) => d.date)).toEqual(
      Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('takes `working` from the calendar pack, holidays and weekends included', () => {
    const days = monthDays(cal, '2026-12');
    for (const d of days) expect(d.working).toBe(cal.isWorkingDay(d.date));
    // Independence Day (a Wednesday in 2026) and a Sunday are days off; a Monday is not.
    expect(days.find((d) => d.date === '2026-12-16')?.working).toBe(false);
    expect(days.find((d) => d.date === '2026-12-06')?.working).toBe(false);
    expect(days.find((d) => d.date === '2026-12-07')?.working).toBe(true);
  });

  it('crosses the year end without spilling into January', () => {
    const days = monthDays(cal, '2025-12');
    expect(days.at(-1)?.date).toBe('2025-12-31');
  });

  it.each(['2026-13', '2026-1', 'December'])('refuses the malformed month %j', (month) => {
    expect(() => monthDays(cal, month)).toThrow(/Invalid month/);
  });
});
