/**
 * Periods the reports count over: a calendar month (the advocate's monthly report, Rules cl. 33)
 * and a half-year (the collegium's summary, cl. 5.4). Records carry dates as the advocate read
 * them on the office clock ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"), so a period is a pair of ISO
 * dates and membership is a string comparison of the date part: 23:30 on the 31st belongs to
 * its month whatever the device's time zone, which `Date` arithmetic would not guarantee.
 */
import { isoDate, parseMonth } from '../calendar/calendar-days';

export interface Period {
  /** First and last day, both included. */
  from: string;
  to: string;
}

export type Half = 1 | 2;

/** The date part of a date or a local date-time. */
export const dayOf = (dateOrDateTime: string) => dateOrDateTime.slice(0, 10);

/** A date (or local date-time) inside the period, both ends included. */
export function inPeriod(dateOrDateTime: string, period: Period): boolean {
  const day = dayOf(dateOrDateTime);
  return day >= period.from && day <= period.to;
}

/** The day is on or before the period's last day (what has happened by the period's end). */
export const byEndOf = (dateOrDateTime: string, period: Period) =>
  dayOf(dateOrDateTime) <= period.to;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM' → its first and last day; throws on anything else. */
export function monthPeriod(month: string): Period {
  const { year, month: m } = parseMonth(month);
  return { from: isoDate(year, m, 1), to: isoDate(year, m, daysInMonth(year, m)) };
}

/** January–June is the first half, July–December the second (cl. 5.4: due 5 July, 5 January). */
export function halfOf(date: string): { year: number; half: Half } {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 };
}

/** The six months of a half-year as 'YYYY-MM', in order. */
export function halfMonths(year: number, half: Half): string[] {
  const first = half === 1 ? 1 : 7;
  return Array.from({ length: 6 }, (_, i) => isoDate(year, first + i, 1).slice(0, 7));
}

export function halfPeriod(year: number, half: Half): Period {
  return half === 1
    ? { from: isoDate(year, 1, 1), to: isoDate(year, 6, 30) }
    : { from: isoDate(year, 7, 1), to: isoDate(year, 12, 31) };
}
