/**
 * The filing deadline of a fee claim: so many calendar months from the basis document's date
 * (`tariff.claimDeadline.months`; order 1462 as amended 15.09.2025: one month).
 *
 * A term counted in months ends on the same day number of the last month; when that month has
 * no such day (31 January + 1 month), on its last day (UPK art. 48(4), the rule the Civil Code
 * gives for terms too). The move to the next working day when the last day is a day off is NOT
 * applied: whether it holds for this administrative deadline was not seen (legal-facts §10.1), and
 * the earlier date is the safe one to show the advocate.
 */
import { isoDate } from '../calendar/calendar-days';
import { isIsoDate } from '../dates/iso-date';

/** `date` plus `months` calendar months, clamped to the last day of the target month. */
export function addCalendarMonths(date: string, months: number): string {
  if (!isIsoDate(date))
    throw new Error(`Invalid date ${JSON.stringify(date)}: expected YYYY-MM-DD`);
  if (!Number.isInteger(months)) throw new Error(`Invalid number of months ${months}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, Math.min(d, lastDay));
}

/** The last day a claim may be filed on time (inclusive), `months` after the basis document. */
export function claimDueDate(basisDate: string, months: number): string {
  return addCalendarMonths(basisDate, months);
}

/** Filing on the due date itself is on time; the day after is late. */
export function isLate(filingDate: string, dueDate: string): boolean {
  return filingDate > dueDate;
}
