/**
 * Day arithmetic and per-year day tables for the working-day calendar.
 *
 * Dates are ISO strings outside and whole day numbers (days since 1970-01-01) inside: integer
 * arithmetic on day numbers never meets a time zone or a daylight-saving shift, which local
 * `Date` arithmetic would.
 */
import { type CalendarPack, type Localized } from '../../rules/pack-schema';
import { isIsoDate } from '../dates/iso-date';

const MS_PER_DAY = 86_400_000;

/** No real calendar has 400 days off in a row: the bound turns a broken pack into an error. */
export const SEARCH_LIMIT = 400;

/** Days since 1970-01-01 for an ISO date; throws on anything that is not a real YYYY-MM-DD date. */
export function toDayNumber(date: string): number {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new Error(`Invalid date ${JSON.stringify(date)}: expected a real date as YYYY-MM-DD`);
  }
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    MS_PER_DAY
  );
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses 'YYYY-MM'; throws a clear Error otherwise. */
export function parseMonth(month: string): { year: number; month: number } {
  const m = typeof month === 'string' ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  const parsed = m ? { year: Number(m[1]), month: Number(m[2]) } : null;
  if (!parsed || parsed.month < 1 || parsed.month > 12) {
    throw new Error(`Invalid month ${JSON.stringify(month)}: expected YYYY-MM`);
  }
  return parsed;
}

/** A dated fact about one day from the pack: a holiday, a decreed day off or a decreed working day. */
export interface DayEntry {
  kind: 'holiday' | 'day-off' | 'working-day';
  label: Localized;
  religious: boolean;
  verified: boolean;
}

/**
 * Holidays and decrees of one year, before transfers: fixed holidays valid that year plus the
 * pack's dated entries. A decreed working day wins over anything else on its date, because the
 * decree is the later, more specific act.
 */
export function baseEntries(pack: CalendarPack, year: number): Map<string, DayEntry> {
  const entries = new Map<string, DayEntry>();
  const addHoliday = (date: string, label: Localized, religious: boolean, verified: boolean) => {
    const prev = entries.get(date);
    if (prev?.kind === 'working-day') return;
    if (prev?.kind !== 'holiday') {
      entries.set(date, { kind: 'holiday', label, religious, verified });
      return;
    }
    // Two holidays on one date give one day off; it is transferable if either one is.
    entries.set(date, {
      kind: 'holiday',
      label: prev.religious && !religious ? label : prev.label,
      religious: prev.religious && religious,
      verified: prev.verified && verified,
    });
  };
  for (const h of pack.fixedHolidays) {
    if ((h.fromYear ?? -Infinity) > year || (h.toYear ?? Infinity) < year) continue;
    const date = `${String(year).padStart(4, '0')}-${h.monthDay}`;
    // 29 February in a common year simply does not occur.
    if (isIsoDate(date)) addHoliday(date, h.label, h.religious, h.verified);
  }
  const own = pack.days.filter((d) => d.date.startsWith(`${String(year).padStart(4, '0')}-`));
  for (const d of own.filter((e) => e.kind === 'holiday')) {
    addHoliday(d.date, d.label, d.religious, d.verified);
  }
  for (const d of own.filter((e) => e.kind !== 'holiday')) {
    const prev = entries.get(d.date);
    if (d.kind === 'day-off' && prev) continue; // already off (a holiday) or decreed working
    entries.set(d.date, { kind: d.kind, label: d.label, religious: false, verified: d.verified });
  }
  return entries;
}

/** A holiday's day off moved to a later working day. */
export interface Transfer {
  label: Localized;
  verified: boolean;
}

/**
 * Transferred days off that land in `year`: each non-religious holiday on a rest day moves to
 * the next day that is neither off nor already taken by an earlier transfer. Holidays are
 * processed in date order so that a run of holidays on a weekend (Nauryz 2026: Sat 21, Sun 22,
 * Mon 23) gives consecutive days off (24 and 25 March). The previous year's holidays are
 * included because a late-December holiday may move into January.
 */
export function transfersInto(
  pack: CalendarPack,
  year: number,
  base: (year: number) => Map<string, DayEntry>,
): Map<string, Transfer> {
  const result = new Map<string, Transfer>();
  if (!pack.transferRule.enabled) return result;
  const weekend = new Set(pack.weekend);
  const offBeforeTransfers = (day: number) => {
    const date = fromDayNumber(day);
    const entry = base(Number(date.slice(0, 4))).get(date);
    return entry ? entry.kind !== 'working-day' : weekend.has(isoWeekday(day));
  };
  const taken = new Set<number>();
  for (const y of [year - 1, year]) {
    const holidays = [...base(y)].filter(([, e]) => e.kind === 'holiday' && !e.religious);
    for (const [date, holiday] of holidays.sort(([a], [b]) => (a < b ? -1 : 1))) {
      const day = toDayNumber(date);
      if (!weekend.has(isoWeekday(day))) continue;
      let target = day + 1;
      while (offBeforeTransfers(target) || taken.has(target)) {
        if (++target - day > SEARCH_LIMIT) throw new Error(`Cannot transfer the ${date} holiday`);
      }
      taken.add(target);
      const targetDate = fromDayNumber(target);
      if (Number(targetDate.slice(0, 4)) !== year) continue;
      const verified = holiday.verified && pack.transferRule.verified;
      result.set(targetDate, { label: holiday.label, verified });
    }
  }
  return result;
}
