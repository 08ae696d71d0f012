import { describe, expect, it } from 'vitest';
import { formatLastUnlock } from './last-unlock';

describe('formatLastUnlock', () => {
  it('prints the local date and time the way kk and ru readers expect', () => {
    const local = new Date(2026, 10, 25, 9, 5); // 25 Nov 2026, 09:05 here
    expect(formatLastUnlock(local.toISOString(), 'kk')).toBe('25.11.2026, 09:05');
    expect(formatLastUnlock(local.toISOString(), 'ru')).toBe('25.11.2026, 09:05');
    expect(formatLastUnlock(local.toISOString(), 'en')).toBe('25/11/2026, 09:05');
  });

  it('leaves a value it cannot read as it is', () => {
    expect(formatLastUnlock('yesterday', 'kk')).toBe('yesterday');
  });
});
