import { describe, expect, it } from 'vitest';
import { areaFromHash } from './use-hash-route';

describe('areaFromHash', () => {
  it.each([
    ['#/settings', 'settings'],
    ['#settings', 'settings'],
    ['#/reports/2026-11', 'reports'],
    ['#/sync?x=1', 'sync'],
    ['', 'eligibility'],
    ['#/nowhere', 'eligibility'],
    ['#/__proto__', 'eligibility'],
  ])('%j → %s', (hash, area) => {
    expect(areaFromHash(hash)).toBe(area);
  });
});
