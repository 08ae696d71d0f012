import { describe, expect, it } from 'vitest';
import { isIsoDate, todayIso } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2026-11-25', '2024-02-29', '2000-02-29'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '26-11-25', '2026-1-5', ''])(
    'rejects %j',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
    },
  );
});

describe('todayIso', () => {
  it('uses the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
