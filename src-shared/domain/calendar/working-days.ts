/**
 * Working days under the Kazakh calendar, computed from a calendar rule pack: weekends,
 * holidays, Government swaps and the transfer of a state holiday that falls on a rest day to
 * the next working day (Labour Code art. 85, Law 267-II). Religious days off (7 January,
 * Kurban ait) are never transferred. Nothing about specific dates lives here.
 */
import { type CalendarPack, type Localized } from '../../rules/pack-schema';
import {
  baseEntries,
  fromDayNumber,
  isoDate,
  isoWeekday,
  parseMonth,
  SEARCH_LIMIT,
  toDayNumber,
  transfersInto,
  type DayEntry,
  type Transfer,
} from './calendar-days';

export type DayReason =
  'weekend' | 'holiday' | 'transfer' | 'day-off' | 'working-weekend' | 'workday';

export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** The holiday, transferred holiday or decree that made the day what it is. */
  label?: Localized;
  /** False when the year is not listed (or listed unverified) or the entry is unverified. */
  verified: boolean;
}

export interface YearCoverage {
  year: number;
  /** The pack lists this year's floating holidays and decrees. */
  listed: boolean;
  verified: boolean;
}

/**
 * How the schedule deadline ("no later than the 25th", Rules cl. 21) is moved when the 25th is
 * not a working day. Default 'previous-working-day': "no later than" is a limit the head of the
 * collegium must meet before the date, and nobody is at work on the 25th to receive the schedule,
 * so the last working day before it is the safe reading. 'next-working-day' would be the general
 * rule for the end of a term (UPK art. 48(4)); 'exact' keeps the 25th as written. Our policy
 * until the Rules are read in full.
 */
export type ScheduleDeadlinePolicy = 'exact' | 'previous-working-day' | 'next-working-day';

export interface WorkingCalendarOptions {
  scheduleDeadlinePolicy?: ScheduleDeadlinePolicy;
}

export class WorkingCalendar {
  private readonly weekend: ReadonlySet<number>;
  private readonly scheduleDeadlinePolicy: ScheduleDeadlinePolicy;
  private readonly bases = new Map<number, Map<string, DayEntry>>();
  private readonly transfers = new Map<number, Map<string, Transfer>>();

  constructor(
    private readonly pack: CalendarPack,
    options: WorkingCalendarOptions = {},
  ) {
    this.weekend = new Set(pack.weekend);
    this.scheduleDeadlinePolicy = options.scheduleDeadlinePolicy ?? 'previous-working-day';
  }

  coverage(year: number): YearCoverage {
    const item = this.pack.years.find((y) => y.year === year);
    return { year, listed: item !== undefined, verified: item?.verified ?? false };
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  dayInfo(date: string): DayInfo {
    return this.infoAt(toDayNumber(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return fromDayNumber(this.seek(toDayNumber(date) + 1, 1));
  }

  onOrNextWorkingDay(date: string): string {
    return fromDayNumber(this.seek(toDayNumber(date), 1));
  }

  onOrPreviousWorkingDay(date: string): string {
    return fromDayNumber(this.seek(toDayNumber(date), -1));
  }

  /** `n` working days after `date` (the day of `date` itself is not counted; n = 0 is `date`). */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) {
      throw new Error(`Invalid number of working days ${n}: expected an integer ≥ 0`);
    }
    let day = toDayNumber(date);
    for (let left = n; left > 0; left--) day = this.seek(day + 1, 1);
    return fromDayNumber(day);
  }

  /** Working days from `from` to `to`, both included. */
  workingDaysBetween(from: string, to: string): number {
    const [start, end] = [toDayNumber(from), toDayNumber(to)];
    if (start > end) throw new Error(`Invalid range: ${from} is after ${to}`);
    let count = 0;
    for (let day = start; day <= end; day++) if (this.infoAt(day).working) count++;
    return count;
  }

  /** Monthly report for `month` is due by the 5th of the next month, or the next working day. */
  reportDeadline(month: string): string {
    const { year, month: m } = parseMonth(month);
    const next = m === 12 ? { y: year + 1, m: 1 } : { y: year, m: m + 1 };
    return this.onOrNextWorkingDay(isoDate(next.y, next.m, 5));
  }

  /** The duty schedule for `month` is due by the 25th of the month before (see the policy type). */
  scheduleDeadline(month: string): string {
    const { year, month: m } = parseMonth(month);
    const prev = m === 1 ? { y: year - 1, m: 12 } : { y: year, m: m - 1 };
    const the25th = isoDate(prev.y, prev.m, 25);
    switch (this.scheduleDeadlinePolicy) {
      case 'exact':
        return the25th;
      case 'next-working-day':
        return this.onOrNextWorkingDay(the25th);
      case 'previous-working-day':
        return this.onOrPreviousWorkingDay(the25th);
    }
  }

  private infoAt(day: number): DayInfo {
    const date = fromDayNumber(day);
    const year = Number(date.slice(0, 4));
    const yearVerified = this.coverage(year).verified;
    const entry = this.base(year).get(date);
    if (entry?.kind === 'working-day') {
      const { label, verified } = entry;
      return {
        date,
        working: true,
        reason: 'working-weekend',
        label,
        verified: yearVerified && verified,
      };
    }
    if (entry) {
      const { kind: reason, label, verified } = entry;
      return { date, working: false, reason, label, verified: yearVerified && verified };
    }
    const transfer = this.transfersIn(year).get(date);
    if (transfer) {
      const { label, verified } = transfer;
      return {
        date,
        working: false,
        reason: 'transfer',
        label,
        verified: yearVerified && verified,
      };
    }
    const weekend = this.weekend.has(isoWeekday(day));
    return {
      date,
      working: !weekend,
      reason: weekend ? 'weekend' : 'workday',
      verified: yearVerified,
    };
  }

  private seek(from: number, step: 1 | -1): number {
    for (let day = from, i = 0; i < SEARCH_LIMIT; day += step, i++) {
      if (this.infoAt(day).working) return day;
    }
    throw new Error(`No working day within ${SEARCH_LIMIT} days of ${fromDayNumber(from)}`);
  }

  private base(year: number): Map<string, DayEntry> {
    let entries = this.bases.get(year);
    if (!entries) this.bases.set(year, (entries = baseEntries(this.pack, year)));
    return entries;
  }

  private transfersIn(year: number): Map<string, Transfer> {
    let transfers = this.transfers.get(year);
    if (!transfers) {
      transfers = transfersInto(this.pack, year, (y) => this.base(y));
      this.transfers.set(year, transfers);
    }
    return transfers;
  }
}
