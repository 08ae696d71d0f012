import { describe, expect, it } from 'vitest';
import { areaFromHash, hashParams } from './use-hash-route';

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

describe('hashParams', () => {
  it('reads parameters after the area', () => {
    expect(hashParams('#/consultations?check=abc&x=1').get('check')).toBe('abc');
    expect(hashParams('#/consultations').get('check')).toBeNull();
  });
});
