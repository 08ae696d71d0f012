import { describe, expect, it } from 'vitest';
import pack from '../../rules/packs/kz-calendar.json';
import { calendarPackSchema } from '../../rules/pack-schema';
import { upcomingDeadlines } from './upcoming-deadlines';
import { WorkingCalendar } from './working-days';

const cal = new WorkingCalendar(calendarPackSchema.parse(pack));

describe('upcomingDeadlines', () => {
  it('on 2026-11-25: November report due Mon 2026-12-07 (5 Dec is a Saturday); December schedules due today', () => {
    const d = upcomingDeadlines(cal, '2026-11-25');
    expect(d.report).toEqual({
      month: '2026-11',
      due: '2026-12-07',
      workingDaysLeft: 8,
      estimated: false,
    });
    expect(d.schedule).toEqual({
      month: '2026-12',
      due: '2026-11-25',
      workingDaysLeft: 0,
      estimated: false,
    });
  });

  it('on 2026-11-26 the December schedules are past, so January 2027 is next (25 Dec is a Friday)', () => {
    const d = upcomingDeadlines(cal, '2026-11-26');
    expect(d.schedule).toMatchObject({ month: '2027-01', due: '2026-12-25' });
  });

  it("in the first days of a month the previous month's report is still the one due", () => {
    expect(upcomingDeadlines(cal, '2026-03-03').report).toMatchObject({
      month: '2026-02',
      due: '2026-03-05',
    });
    expect(upcomingDeadlines(cal, '2026-03-06').report).toMatchObject({
      month: '2026-03',
      due: '2026-04-06',
    });
  });

  it('schedules due on a holiday move to the working day before (25 Oct 2026 is a Sunday)', () => {
    expect(upcomingDeadlines(cal, '2026-10-20').schedule).toMatchObject({
      month: '2026-11',
      due: '2026-10-23',
    });
  });

  it('flags a deadline in a year the calendar does not list', () => {
    expect(upcomingDeadlines(cal, '2026-12-20').report).toMatchObject({
      month: '2026-12',
      due: '2027-01-05',
      estimated: true,
    });
  });
});
