/**
 * The collegium's yearly deadlines towards the territorial justice body (Rules cl. 5.2, 5.4):
 * - the list of advocates taking part in SGLA, "no later than 1 December" each year;
 * - the summary on SGLA (with the rural settlements), "no later than 5 July and 5 January":
 *   the first half-year by 5 July of the same year, the second by 5 January of the next.
 *
 * A date that is not a working day moves to the next working day, as the advocate's monthly
 * report does (`WorkingCalendar.reportDeadline`, cl. 33): a term that ends on a day off ends on
 * the next working day (the general rule for terms, cf. UPK art. 48(4)); nobody at the justice
 * body receives a report on a Sunday. Which days are off is the calendar pack's to say — the
 * weekdays, the holidays of the year, their transfers and the Government's swaps. Our reading
 * until the official text says otherwise.
 */
import type { Deadline } from '../calendar/upcoming-deadlines';
import type { WorkingCalendar } from '../calendar/working-days';
import { isoDate } from '../calendar/calendar-days';
import type { Half } from './report-period';

/** The summary for `half` of `year`. */
export function semiannualDeadline(cal: WorkingCalendar, year: number, half: Half): string {
  const due = half === 1 ? isoDate(year, 7, 5) : isoDate(year + 1, 1, 5);
  return cal.onOrNextWorkingDay(due);
}

/**
 * The list of participants sent in `year` (for the year after). 1 December was a public holiday
 * (First President's Day) until it was abolished in 2022 — the calendar pack keeps it for the
 * years before — and in such a year the list is due on the next working day, like any date
 * that falls on a day off; nothing here knows which years those are.
 */
export function participantListDeadline(cal: WorkingCalendar, year: number): string {
  return cal.onOrNextWorkingDay(isoDate(year, 12, 1));
}

export interface CollegiumDeadline extends Deadline {
  /** The year (and for the summary, the half) the document is for. */
  year: number;
}

export interface SemiannualDeadline extends CollegiumDeadline {
  half: Half;
}

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Working days left and whether the calendar for the years involved is only estimated. */
function countdown(cal: WorkingCalendar, due: string, today: string) {
  const years = [Number(today.slice(0, 4)), Number(due.slice(0, 4))];
  return {
    due,
    // From tomorrow to the due date, both included: 0 when due today (as upcoming-deadlines.ts).
    workingDaysLeft: due > today ? cal.workingDaysBetween(addDay(today), due) : 0,
    estimated: years.some((y) => !cal.coverage(y).listed),
  };
}

/**
 * The next summary and the next participant list still due on or after `today`. `month` is
 * the period's last month for the summary ('2026-06' for the first half of 2026) and the first
 * month of the year the list is for ('2027-01' for the list sent in 2026).
 */
export function upcomingCollegiumDeadlines(
  cal: WorkingCalendar,
  today: string,
): { semiannual: SemiannualDeadline; participantList: CollegiumDeadline } {
  const year = Number(today.slice(0, 4));
  // In early January the last year's second half may still be due.
  const halves: { year: number; half: Half }[] = [
    { year: year - 1, half: 2 },
    { year, half: 1 },
    { year, half: 2 },
  ];
  const next = halves.find((h) => semiannualDeadline(cal, h.year, h.half) >= today)!;
  const listYear = participantListDeadline(cal, year) >= today ? year : year + 1;
  return {
    semiannual: {
      ...next,
      month: `${next.year}-${next.half === 1 ? '06' : '12'}`,
      ...countdown(cal, semiannualDeadline(cal, next.year, next.half), today),
    },
    participantList: {
      year: listYear + 1,
      month: `${listYear + 1}-01`,
      ...countdown(cal, participantListDeadline(cal, listYear), today),
    },
  };
}
