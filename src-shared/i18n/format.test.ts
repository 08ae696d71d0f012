import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatTengeAmount } from './format';

const nb = (s: string) => s.replaceAll(' ', '\u00a0');

describe('formatDate', () => {
  it.each([
    ['kk', '25.11.2026'],
    ['ru', '25.11.2026'],
    ['en', '25/11/2026'],
  ] as const)('%s', (locale, expected) => {
    expect(formatDate('2026-11-25', locale)).toBe(expected);
  });
  it('returns anything that is not an ISO date unchanged', () => {
    expect(formatDate('2026-02-30', 'kk')).toBe('2026-02-30');
  });
});

describe('formatNumber', () => {
  it.each([
    [1234567.5, 'kk', undefined, nb('1 234 567,5')],
    [1234567.5, 'ru', undefined, nb('1 234 567,5')],
    [1234567.5, 'en', undefined, '1,234,567.5'],
    [999, 'kk', undefined, '999'],
    [1000, 'ru', undefined, nb('1 000')],
    [0.1 + 0.2, 'kk', undefined, '0,3'],
    [-4250.456, 'ru', undefined, nb('-4 250,46')],
    [12, 'kk', 2, '12,00'],
    [-0.001, 'kk', 2, '0,00'],
  ] as const)('%d in %s', (n, locale, digits, expected) => {
    expect(formatNumber(n, locale, digits)).toBe(expected);
  });
});

describe('formatTengeAmount', () => {
  it('puts ₸ after the amount with two decimals', () => {
    expect(formatTengeAmount(38920, 'kk')).toBe(nb('38 920,00 ₸'));
    expect(formatTengeAmount(38920, 'en')).toBe(nb('38,920.00 ₸'));
  });
});
