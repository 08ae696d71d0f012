import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+7 701 123 45 67', '+77011234567'],
    ['8 (701) 123-45-67', '+77011234567'],
    ['87011234567', '+77011234567'],
    ['77011234567', '+77011234567'],
    ['7011234567', '+77011234567'],
    ['  +7 7172 55 66 77 ', '+77172556677'],
  ])('accepts %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    [''],
    ['12345'],
    ['+7 901 123 45 67'], // Russian mobile: not a Kazakhstan number
    ['+1 701 123 45 67'],
    ['+7 701 123 45 678'],
    ['8 701 abc 45 67'],
    ['+77011234567; DROP'],
  ])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('groups a canonical number', () => {
    expect(formatPhone('+77011234567')).toBe('+7 701 123 45 67');
  });
  it('leaves anything else as it is', () => {
    expect(formatPhone('112')).toBe('112');
  });
});
