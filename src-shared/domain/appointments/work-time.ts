/**
 * Time arithmetic for the work log (issue 5; fee claims in issue 8 are built from it). Clock
 * times are "HH:mm" on the office's clock; an end before the start means the action ran past
 * midnight (a night interrogation), never a negative duration. Night time is the rule pack's
 * period (Labour Code: 22:00–06:00), which itself usually wraps midnight.
 */
import type { z } from 'zod';
import type { WorkItem, workItemInputSchema } from '../../contracts/entities/appointment';
import type { WorkingCalendar } from '../calendar/working-days';

const DAY = 24 * 60;

function toMinutes(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** Minutes from `start` to `end`; past midnight when end < start; 0 when they are equal. */
export function workMinutes(start: string, end: string): number {
  const s = toMinutes(start);
  const e = toMinutes(end);
  return e >= s ? e - s : e + DAY - s;
}

/** [from, to) intervals of night time on the day starting at `dayStart` (minutes). */
function nightIntervals(dayStart: number, from: number, to: number): [number, number][] {
  if (from === to) return [];
  if (from < to) return [[dayStart + from, dayStart + to]];
  // Wraps midnight: the morning part of this day and the evening part.
  return [
    [dayStart, dayStart + to],
    [dayStart + from, dayStart + DAY],
  ];
}

/**
 * Minutes of the item that fall in the night period. The item starts on day 0 and may run into
 * day 1 (past midnight), so night intervals of both days are counted.
 */
export function nightMinutes(
  start: string,
  end: string,
  night: { from: string; to: string },
): number {
  const s = toMinutes(start);
  const e = s + workMinutes(start, end);
  const from = toMinutes(night.from);
  const to = toMinutes(night.to);
  let total = 0;
  for (const dayStart of [0, DAY]) {
    for (const [a, b] of nightIntervals(dayStart, from, to)) {
      total += Math.max(0, Math.min(b, e) - Math.max(a, s));
    }
  }
  return total;
}

export interface WorkItemContext {
  /** The calendar pack in force, or null when none is installed (no non-working-day flag). */
  calendar: WorkingCalendar | null;
  calendarPack: { id: string; version: number } | null;
  /** The defence-register pack's night period. */
  nightTime: { from: string; to: string };
}

/**
 * A logged work item with everything fee claims need computed once, when it is logged, and the
 * calendar pack recorded so the flags can be replayed. The non-working-day flag is for the
 * item's date (the day it started), whether the day is a weekend, a holiday or a day off.
 */
export function deriveWorkItem(
  input: z.output<typeof workItemInputSchema>,
  ctx: WorkItemContext,
  id: string,
  loggedAt: string,
): WorkItem {
  return {
    ...input,
    id,
    minutes: workMinutes(input.startedAt, input.endedAt),
    nightMinutes: nightMinutes(input.startedAt, input.endedAt, ctx.nightTime),
    nonWorkingDay: ctx.calendar ? !ctx.calendar.isWorkingDay(input.date) : false,
    calendarPack: ctx.calendar ? ctx.calendarPack : null,
    loggedAt,
  };
}

/** An item's [start, end) in absolute minutes (day number × 1440 + clock), past midnight too. */
export function workSpan(item: { date: string; startedAt: string; endedAt: string }): {
  start: number;
  end: number;
} {
  const [y, m, d] = item.date.split('-').map(Number) as [number, number, number];
  const start = (Date.UTC(y, m - 1, d) / 86_400_000) * DAY + toMinutes(item.startedAt);
  return { start, end: start + workMinutes(item.startedAt, item.endedAt) };
}

/**
 * Two items overlap in time (an advocate cannot be at two actions at once); an item past
 * midnight overlaps the next morning's items too. Touching ends (10:00–11:00, 11:00–12:00) do not.
 */
export function workOverlaps(
  a: { date: string; startedAt: string; endedAt: string },
  b: { date: string; startedAt: string; endedAt: string },
): boolean {
  const x = workSpan(a);
  const y = workSpan(b);
  return x.start < y.end && y.start < x.end;
}
