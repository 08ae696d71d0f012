import { describe, expect, it } from 'vitest';

import { iinCheckDigit, isValidIin, maskIin, parseIin } from './iin';
import type { IinInfo } from './iin';

// Golden values: check digits computed with an independent scratch implementation,
// not with the module under test.
const VALID: ReadonlyArray<[string, Omit<IinInfo, 'iin'>]> = [
  ['850315100016', { birthDate: '1885-03-15', sex: 'male', century: 19 }],
  ['991231200027', { birthDate: '1899-12-31', sex: 'female', century: 19 }],
  ['900101300057', { birthDate: '1990-01-01', sex: 'male', century: 20 }],
  ['751120400126', { birthDate: '1975-11-20', sex: 'female', century: 20 }],
  ['480701301235', { birthDate: '1948-07-01', sex: 'male', century: 20 }],
  ['630528405673', { birthDate: '1963-05-28', sex: 'female', century: 20 }],
  ['050607500031', { birthDate: '2005-06-07', sex: 'male', century: 21 }],
  ['200229600046', { birthDate: '2020-02-29', sex: 'female', century: 21 }],
  ['000229500018', { birthDate: '2000-02-29', sex: 'male', century: 21 }],
  ['000229600074', { birthDate: '2000-02-29', sex: 'female', century: 21 }],
  // First weighted sum mod 11 is 10: the check digit comes from the second weight sequence.
  ['900101300811', { birthDate: '1990-01-01', sex: 'male', century: 20 }],
  ['900101300860', { birthDate: '1990-01-01', sex: 'male', century: 20 }],
];

/** Replaces the last digit with (d + k) mod 10. */
const withLastDigitShifted = (iin: string, k: number): string =>
  iin.slice(0, 11) + String((Number(iin.slice(11)) + k) % 10);

describe('parseIin: valid IINs', () => {
  it.each(VALID)('%s decodes correctly', (iin, expected) => {
    expect(parseIin(iin)).toEqual({ ok: true, info: { iin, ...expected } });
    expect(isValidIin(iin)).toBe(true);
  });

  it.each(VALID)('%s: every other last digit fails with checksum', (iin) => {
    for (let k = 1; k <= 9; k++) {
      expect(parseIin(withLastDigitShifted(iin, k))).toEqual({ ok: false, code: 'checksum' });
    }
    expect(isValidIin(withLastDigitShifted(iin, 1))).toBe(false);
  });

  it('accepts surrounding whitespace and returns the trimmed IIN', () => {
    const result = parseIin('  \t900101300057\n ');
    expect(result).toEqual({
      ok: true,
      info: { iin: '900101300057', birthDate: '1990-01-01', sex: 'male', century: 20 },
    });
  });
});

describe('iinCheckDigit', () => {
  it.each(VALID)('%s: computes the 12th digit', (iin) => {
    expect(iinCheckDigit(iin.slice(0, 11))).toBe(Number(iin.slice(11)));
  });

  it.each([
    // first sum (weights 1..11) mod 11 = 10, second (3..11,1,2) mod 11 = 1 / 0
    ['90010130081', 1],
    ['90010130082', 3],
    ['90010130086', 0],
  ])('%s needs the second weight sequence → %i', (first11, digit) => {
    expect(iinCheckDigit(first11)).toBe(digit);
  });

  it.each(['90010130080', '88051240104', '01020350092', '15061760043'])(
    '%s: both sums are 10 → not issuable (null)',
    (first11) => {
      expect(iinCheckDigit(first11)).toBeNull();
    },
  );

  it.each(['', '9001013000', '900101300000', '9001013000a'])(
    'returns null for malformed input %j',
    (input) => {
      expect(iinCheckDigit(input)).toBeNull();
    },
  );
});

describe('parseIin: not issuable', () => {
  it('rejects every 12th digit when both weighted sums are 10', () => {
    for (let d = 0; d <= 9; d++) {
      expect(parseIin(`90010130080${d}`)).toEqual({ ok: false, code: 'checksum' });
      expect(parseIin(`88051240104${d}`)).toEqual({ ok: false, code: 'checksum' });
    }
  });
});

describe('parseIin: date errors', () => {
  // The date is checked before the checksum, so the serial/check digits are irrelevant here.
  it.each([
    ['901301300000', 'month 13'],
    ['900001300000', 'month 00'],
    ['900100300000', 'day 00'],
    ['900132300000', 'day 32'],
    ['900431300000', '31 April'],
    ['900230300000', '30 February'],
    ['010229500000', '29 Feb 2001 (non-leap)'],
    ['990229400000', '29 Feb 1999 (non-leap)'],
    ['000229300000', '29 Feb 1900, digit 3'],
    ['000229400000', '29 Feb 1900, digit 4'],
    ['000229100000', '29 Feb 1800, digit 1'],
    ['000229200000', '29 Feb 1800, digit 2'],
  ])('%s (%s) → date', (iin) => {
    expect(parseIin(iin)).toEqual({ ok: false, code: 'date' });
  });

  it('29 Feb 2000 is valid with digit 5 and 6 but not 3 (same YYMMDD)', () => {
    expect(parseIin('000229500018').ok).toBe(true);
    expect(parseIin('000229600074').ok).toBe(true);
    expect(parseIin('000229300000')).toEqual({ ok: false, code: 'date' });
  });

  it('checks the date before the checksum', () => {
    // 30 Feb 1988: whatever the 12th digit, the error is 'date'.
    for (let d = 0; d <= 9; d++) {
      expect(parseIin(`88023030000${d}`)).toEqual({ ok: false, code: 'date' });
    }
  });
});

describe('parseIin: century digit', () => {
  it.each(['0', '7', '8', '9'])('digit %s → centuryDigit', (digit) => {
    expect(parseIin(`900101${digit}00005`)).toEqual({ ok: false, code: 'centuryDigit' });
  });

  it('checks the century digit before the date', () => {
    expect(parseIin('901399000000')).toEqual({ ok: false, code: 'centuryDigit' });
  });
});

describe('parseIin: format', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'whitespace only'],
    ['90010130005', '11 digits'],
    ['9001013000570', '13 digits'],
    ['90010130005a', 'a letter'],
    ['9001O1300057', 'letter O instead of zero'],
    ['900101 300057', 'inner space'],
    ['9001 0130 0057', 'grouped with spaces'],
    ['900101-300057', 'hyphen'],
    ['９００１０１３０００５７', 'full-width digits'],
    ['+90010130005', 'sign'],
  ])('%j (%s) → format', (input) => {
    expect(parseIin(input)).toEqual({ ok: false, code: 'format' });
    expect(isValidIin(input)).toBe(false);
  });

  it('checks the format before the century digit', () => {
    expect(parseIin('9001019 0000')).toEqual({ ok: false, code: 'format' });
  });
});

describe('maskIin', () => {
  it.each([
    ['900101300057', '9001••••••57'],
    ['000229600074', '0002••••••74'],
  ])('%s → %s', (iin, masked) => {
    expect(maskIin(iin)).toBe(masked);
  });

  it.each(['', '90010130005', '9001013000570'])('returns %j unchanged (not 12 chars)', (input) => {
    expect(maskIin(input)).toBe(input);
  });
});
