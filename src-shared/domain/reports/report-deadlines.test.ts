import { describe, expect, it } from 'vitest';
import type { CalendarPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { WorkingCalendar } from '../calendar/working-days';
import {
  participantListDeadline,
  semiannualDeadline,
  upcomingCollegiumDeadlines,
} from './report-deadlines';

const pack = loadShippedPacks().find((p): p is CalendarPack => p.kind === 'calendar')!;
const cal = new WorkingCalendar(pack);

describe('semiannualDeadline (cl. 5.4)', () => {
  it('is 5 July for the first half and 5 January of the next year for the second', () => {
    expect(semiannualDeadline(cal, 2024, 1)).toBe('2024-07-05'); // a Friday
    expect(semiannualDeadline(cal, 2025, 2)).toBe('2026-01-05'); // a Monday
  });

  it('moves past the weekend and the Capital Day that follows it', () => {
    // 5 July 2026 is a Sunday and 6 July (Capital Day) a holiday: Tuesday the 7th.
    expect(cal.dayInfo('2026-07-06').reason).toBe('holiday');
    expect(semiannualDeadline(cal, 2026, 1)).toBe('2026-07-07');
    // 2025: Saturday the 5th, Capital Day on Sunday the 6th moved to Monday the 7th.
    expect(semiannualDeadline(cal, 2025, 1)).toBe('2025-07-08');
  });

  it('keeps a Sunday the Government made a working day (5 January 2025)', () => {
    expect(cal.dayInfo('2025-01-05').reason).toBe('working-weekend');
    expect(semiannualDeadline(cal, 2024, 2)).toBe('2025-01-05');
  });
});

describe('participantListDeadline (cl. 5.2)', () => {
  it('is 1 December, or the next working day', () => {
    expect(participantListDeadline(cal, 2026)).toBe('2026-12-01');
    expect(participantListDeadline(cal, 2024)).toBe('2024-12-02'); // a Sunday
  });

  it("moves off 1 December in the years it was First President's Day", () => {
    expect(cal.dayInfo('2021-12-01')).toMatchObject({ working: false, reason: 'holiday' });
    expect(participantListDeadline(cal, 2021)).toBe('2021-12-02');
    expect(participantListDeadline(cal, 2023)).toBe('2023-12-01');
  });
});

describe('upcomingCollegiumDeadlines', () => {
  it("in early January the last year's second half is still due", () => {
    expect(upcomingCollegiumDeadlines(cal, '2026-01-05').semiannual).toEqual({
      year: 2025,
      half: 2,
      month: '2025-12',
      due: '2026-01-05',
      workingDaysLeft: 0,
      estimated: false,
    });
    expect(upcomingCollegiumDeadlines(cal, '2026-01-06').semiannual).toMatchObject({
      year: 2026,
      half: 1,
      month: '2026-06',
      due: '2026-07-07',
    });
  });

  it('counts working days left, the holiday not among them', () => {
    const d = upcomingCollegiumDeadlines(cal, '2026-07-03');
    // Saturday 4, Sunday 5 and Capital Day 6 are off: only Tuesday the 7th is left.
    expect(d.semiannual).toMatchObject({ due: '2026-07-07', workingDaysLeft: 1 });
    expect(d.participantList).toEqual({
      year: 2027,
      month: '2027-01',
      due: '2026-12-01',
      workingDaysLeft: cal.workingDaysBetween('2026-07-04', '2026-12-01'),
      estimated: false,
    });
  });

  it('after 1 December the next list is next year, on a calendar not yet listed', () => {
    const d = upcomingCollegiumDeadlines(cal, '2026-12-02');
    expect(d.participantList).toMatchObject({
      year: 2028,
      due: '2027-12-01',
      estimated: true,
    });
    expect(d.semiannual).toMatchObject({ year: 2026, half: 2, due: '2027-01-05', estimated: true });
  });
});
