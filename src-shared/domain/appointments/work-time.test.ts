import { describe, expect, it } from 'vitest';
import { calendarPackSchema } from '../../rules/pack-schema';
import calendarJson from '../../rules/packs/kz-calendar.json';
import { workItemInputSchema } from '../../contracts/entities/appointment';
import { WorkingCalendar } from '../calendar/working-days';
import { deriveWorkItem, nightMinutes, workMinutes, workOverlaps, workSpan } from './work-time';

const NIGHT = { from: '22:00', to: '06:00' };

describe('workMinutes', () => {
  it('counts minutes on the same day', () => {
    expect(workMinutes('09:40', '10:25')).toBe(45);
    expect(workMinutes('00:00', '23:59')).toBe(1439);
  });

  it('runs past midnight when the end is before the start', () => {
    expect(workMinutes('23:30', '01:15')).toBe(105);
    expect(workMinutes('22:00', '00:00')).toBe(120);
  });

  it('is 0 for an empty period', () => {
    expect(workMinutes('10:00', '10:00')).toBe(0);
  });
});

describe('nightMinutes', () => {
  it('is 0 for a day-time item', () => {
    expect(nightMinutes('09:00', '18:00', NIGHT)).toBe(0);
  });

  it('counts the evening part and the morning part', () => {
    expect(nightMinutes('21:00', '23:00', NIGHT)).toBe(60);
    expect(nightMinutes('05:00', '07:30', NIGHT)).toBe(60);
    expect(nightMinutes('04:00', '05:00', NIGHT)).toBe(60);
  });

  it('follows an item past midnight', () => {
    expect(nightMinutes('21:00', '02:00', NIGHT)).toBe(240);
    expect(nightMinutes('20:00', '07:00', NIGHT)).toBe(480);
    expect(nightMinutes('23:30', '00:30', NIGHT)).toBe(60);
  });

  it('counts a day-long item that ends in the next morning night', () => {
    // 05:00 → 04:00 next day: 1h of morning night, 6h of evening night after 22:00.
    expect(nightMinutes('05:00', '04:00', NIGHT)).toBe(60 + 360);
  });

  it('handles a night period that does not wrap, and an empty one', () => {
    expect(nightMinutes('23:00', '03:00', { from: '00:00', to: '06:00' })).toBe(180);
    expect(nightMinutes('23:00', '03:00', { from: '06:00', to: '06:00' })).toBe(0);
  });
});

describe('deriveWorkItem', () => {
  const calendar = new WorkingCalendar(calendarPackSchema.parse(calendarJson));
  const calendarPack = { id: 'kz-calendar', version: 1 };
  const item = (date: string, startedAt = '21:30', endedAt = '00:15') =>
    workItemInputSchema.parse({ date, actionId: 'interrogation', startedAt, endedAt });

  it('computes minutes, night minutes and the working-day flag, recording the calendar', () => {
    const w = deriveWorkItem(
      item('2026-11-24'),
      { calendar, calendarPack, nightTime: NIGHT },
      'w1',
      '2026-11-25T10:00:00.000Z',
    );
    expect(w).toMatchObject({
      id: 'w1',
      date: '2026-11-24',
      actionId: 'interrogation',
      minutes: 165,
      nightMinutes: 135,
      nonWorkingDay: false,
      calendarPack,
      loggedAt: '2026-11-25T10:00:00.000Z',
      note: '',
    });
    expect(w.withdrawn).toBeUndefined();
  });

  it('flags weekends and holidays as non-working days', () => {
    const ctx = { calendar, calendarPack, nightTime: NIGHT };
    expect(calendar.dayInfo('2026-11-28').reason).toBe('weekend');
    expect(deriveWorkItem(item('2026-11-28'), ctx, 'w', 'now').nonWorkingDay).toBe(true);
    expect(calendar.dayInfo('2026-12-16').reason).toBe('holiday');
    expect(deriveWorkItem(item('2026-12-16'), ctx, 'w', 'now').nonWorkingDay).toBe(true);
  });

  it('flags nothing without a calendar, and records no calendar pack', () => {
    const w = deriveWorkItem(
      item('2026-11-28'),
      { calendar: null, calendarPack, nightTime: NIGHT },
      'w',
      'now',
    );
    expect(w).toMatchObject({ nonWorkingDay: false, calendarPack: null });
  });
});

describe('workOverlaps', () => {
  const w = (date: string, startedAt: string, endedAt: string) => ({ date, startedAt, endedAt });

  it('finds overlapping items on the same date; touching ends do not overlap', () => {
    expect(workOverlaps(w('2026-11-24', '10:00', '11:00'), w('2026-11-24', '10:30', '12:00'))).toBe(
      true,
    );
    expect(workOverlaps(w('2026-11-24', '10:00', '11:00'), w('2026-11-24', '11:00', '12:00'))).toBe(
      false,
    );
    expect(workOverlaps(w('2026-11-24', '10:00', '11:00'), w('2026-11-25', '10:00', '11:00'))).toBe(
      false,
    );
  });

  it('follows an item past midnight into the next morning', () => {
    expect(workOverlaps(w('2026-11-24', '23:00', '02:00'), w('2026-11-25', '01:00', '03:00'))).toBe(
      true,
    );
    expect(workOverlaps(w('2026-11-24', '23:00', '02:00'), w('2026-11-24', '09:00', '10:00'))).toBe(
      false,
    );
    expect(workSpan(w('2026-12-31', '23:00', '01:00')).end).toBe(
      workSpan(w('2027-01-01', '01:00', '02:00')).start,
    );
  });
});
