/**
 * The two monthly deadlines an office lives by, as of a given day:
 * - the advocate's monthly report for a month, by the 5th of the next (Rules cl. 33);
 * - the head's three duty schedules for a month, by the 25th of the month before (cl. 21).
 * The month shown is the one whose deadline is still ahead (or today).
 */
import type { WorkingCalendar } from './working-days';

export interface Deadline {
  /** The month the report or schedule is for, as YYYY-MM. */
  month: string;
  due: string;
  /** Working days from tomorrow up to and including the due date (0 when due today). */
  workingDaysLeft: number;
  /** True when this year's calendar is not fully loaded (computed from fixed holidays). */
  estimated: boolean;
}

const monthOf = (date: string) => date.slice(0, 7);

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function deadline(cal: WorkingCalendar, month: string, due: string, today: string): Deadline {
  const left = due > today ? cal.workingDaysBetween(addDay(today), due) : 0;
  const years = [Number(today.slice(0, 4)), Number(due.slice(0, 4))];
  return {
    month,
    due,
    workingDaysLeft: left,
    estimated: years.some((y) => !cal.coverage(y).listed),
  };
}

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function upcomingDeadlines(cal: WorkingCalendar, today: string) {
  const current = monthOf(today);
  const previous = addMonths(current, -1);
  const reportMonth = cal.reportDeadline(previous) >= today ? previous : current;
  let scheduleMonth = addMonths(current, 1);
  if (cal.scheduleDeadline(scheduleMonth) < today) scheduleMonth = addMonths(current, 2);
  return {
    report: deadline(cal, reportMonth, cal.reportDeadline(reportMonth), today),
    schedule: deadline(cal, scheduleMonth, cal.scheduleDeadline(scheduleMonth), today),
  };
}
