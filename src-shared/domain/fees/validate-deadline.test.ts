import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, claimDueDate, isLate } from './validate-deadline';

describe('addCalendarMonths', () => {
  it('keeps the day number when the target month has it', () => {
    expect(addCalendarMonths('2026-11-10', 1)).toBe('2026-12-10');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-03-31', 12)).toBe('2027-03-31');
  });

  it('ends on the last day of a shorter month (31 January + 1 month)', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('goes back across a year too', () => {
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('refuses what is not a date', () => {
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow();
    expect(() => addCalendarMonths('2026-01-01', 1.5)).toThrow();
  });

  it('lands in the right month, on the same day or the month-end before it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 36 }),
        (d, months) => {
          const iso = d.toISOString().slice(0, 10);
          const out = addCalendarMonths(iso, months);
          const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
          const [oy, om, oday] = out.split('-').map(Number) as [number, number, number];
          expect(oy * 12 + om - (y * 12 + m)).toBe(months);
          if (oday !== day) {
            expect(oday).toBeLessThan(day);
            // Clamped: the next day is in the month after.
            expect(new Date(Date.UTC(oy, om - 1, oday + 1)).getUTCMonth()).not.toBe(om - 1);
          }
        },
      ),
    );
  });
});

describe('claimDueDate and isLate', () => {
  it('is due on the same day a month later, and filing that day is on time', () => {
    const due = claimDueDate('2026-11-10', 1);
    expect(due).toBe('2026-12-10');
    expect(isLate('2026-12-10', due)).toBe(false);
    expect(isLate('2026-12-11', due)).toBe(true);
  });
});
