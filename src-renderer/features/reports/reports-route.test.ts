import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import type { CalendarPack } from '../../../src-shared/rules/pack-schema';
import { loadShippedPacks } from '../../../src-shared/rules/shipped-packs';
import { defaultReportMonth, reportsHash, reportsRoute } from './reports-route';

const cal = new WorkingCalendar(
  loadShippedPacks().find((p): p is CalendarPack => p.kind === 'calendar')!,
);
const params = (hash: string) => new URLSearchParams(hash);

describe('reportsRoute', () => {
  const opts = { head: false, defaultMonth: '2026-11' };

  it('reads the tab and the month', () => {
    expect(reportsRoute(params('tab=report&month=2026-09'), opts)).toEqual({
      tab: 'report',
      month: '2026-09',
    });
    expect(reportsRoute(params('tab=claims&claim=abc'), opts)).toEqual({
      tab: 'claims',
      month: '2026-11',
    });
  });

  it('opens the month for an unknown tab, and for the office tab unless a head', () => {
    expect(reportsRoute(params('tab=nonsense'), opts).tab).toBe('month');
    expect(reportsRoute(params(''), opts).tab).toBe('month');
    expect(reportsRoute(params('tab=office'), opts).tab).toBe('month');
    expect(reportsRoute(params('tab=office'), { ...opts, head: true }).tab).toBe('office');
  });

  it('ignores a month that is not YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11', 'x'])
      expect(reportsRoute(params(`month=${bad}`), opts).month).toBe('2026-11');
  });

  it('writes what it reads', () => {
    const hash = reportsHash('report', '2026-07');
    expect(reportsRoute(params(hash.slice(hash.indexOf('?') + 1)), opts)).toEqual({
      tab: 'report',
      month: '2026-07',
    });
  });
});

describe('defaultReportMonth', () => {
  it('is last month until its report is due, this month after', () => {
    // The report for October 2026 is due on the 5th of November (a Thursday).
    expect(cal.reportDeadline('2026-10')).toBe('2026-11-05');
    expect(defaultReportMonth(cal, '2026-11-02')).toBe('2026-10');
    expect(defaultReportMonth(cal, '2026-11-05')).toBe('2026-10');
    expect(defaultReportMonth(cal, '2026-11-06')).toBe('2026-11');
  });

  it('follows the calendar when the 5th is a day off', () => {
    const due = cal.reportDeadline('2026-12');
    expect(due > '2027-01-05').toBe(cal.isWorkingDay('2027-01-05') === false);
    expect(defaultReportMonth(cal, due)).toBe('2026-12');
  });

  it('is this month without a calendar', () => {
    expect(defaultReportMonth(null, '2026-11-02')).toBe('2026-11');
  });
});
