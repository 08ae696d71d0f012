/**
 * The Reports page's address: `#/reports?tab=<tab>&month=YYYY-MM`. The tab and the month live in
 * the hash, so the dashboard's links ("claim it" → the claims tab), a reminder or a reload land
 * on the same screen. The claims tab adds its own parameters (claims/claim-links.ts).
 */
import { upcomingDeadlines } from '../../../src-shared/domain/calendar/upcoming-deadlines';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';

export const reportTabs = ['month', 'report', 'claims', 'office'] as const;
export type ReportTab = (typeof reportTabs)[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The month a screen opens on: the one whose monthly report is due next (the report card's
 * month) — last month until its report is due (Rules cl. 33: by the 5th, moved to a working
 * day), this month after. Without a calendar pack, this month.
 */
export function defaultReportMonth(cal: WorkingCalendar | null, today: string): string {
  return cal ? upcomingDeadlines(cal, today).report.month : today.slice(0, 7);
}

/** What the hash asks for; an unknown tab, or the office tab for an advocate, opens the month. */
export function reportsRoute(
  params: URLSearchParams,
  opts: { head: boolean; defaultMonth: string },
): { tab: ReportTab; month: string } {
  const tab = params.get('tab');
  const month = params.get('month');
  const known = (reportTabs as readonly string[]).includes(tab ?? '');
  return {
    tab: known && (tab !== 'office' || opts.head) ? (tab as ReportTab) : 'month',
    month: month && MONTH.test(month) ? month : opts.defaultMonth,
  };
}

/** The hash of a tab and month (the claims tab's own parameters are dropped). */
export function reportsHash(tab: ReportTab, month: string): string {
  return `#/reports?tab=${tab}&month=${month}`;
}
