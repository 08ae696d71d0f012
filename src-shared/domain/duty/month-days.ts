/**
 * The days of one month as the duty schedule sees them: every calendar day, in order, and
 * whether the calendar pack makes it a working day. The generator covers working days only
 * (unless the office keeps weekend duty), so which days are working is law-as-data: holidays,
 * transfers and Government swaps come from the pack through `WorkingCalendar`, never from here.
 */
import { fromDayNumber, parseMonth, toDayNumber, isoDate } from '../calendar/calendar-days';
import type { WorkingCalendar } from '../calendar/working-days';
import type { CalendarDay } from './types';

/** Every day of `month` ('YYYY-MM'), first to last; throws on a malformed month. */
export function monthDays(cal: WorkingCalendar, month: string): CalendarDay[] {
  const { year, month: m } = parseMonth(month);
  const first = toDayNumber(isoDate(year, m, 1));
  // Day numbers, not local Date arithmetic: the month's end never meets a time zone shift.
  const next = toDayNumber(m === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, m + 1, 1));
  const days: CalendarDay[] = [];
  for (let day = first; day < next; day++) {
    const date = fromDayNumber(day);
    days.push({ date, working: cal.isWorkingDay(date) });
  }
  return days;
}
