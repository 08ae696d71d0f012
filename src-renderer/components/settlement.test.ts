import { describe, expect, it } from 'vitest';
import { en } from '../../src-shared/i18n/en';
import type { MessageKey, TFunction } from '../i18n/translate';
import { settlementError, settlementOnOpen, settlementText } from './settlement';

/** Looks keys up in the English catalog, so a missing key fails the test. */
const t: TFunction = (key: MessageKey) => {
  const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en);
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value;
};

describe('settlement on the register forms', () => {
  it("a new record starts with the advocate's latest one, else with nothing chosen", () => {
    expect(settlementOnOpen('', true, 'rural')).toBe('rural');
    expect(settlementOnOpen('', true, 'urban')).toBe('urban');
    expect(settlementOnOpen('', true, undefined)).toBe('');
  });

  it('never replaces a choice, nor guesses for a correction of a record stating nothing', () => {
    expect(settlementOnOpen('urban', true, 'rural')).toBe('urban');
    expect(settlementOnOpen('', false, 'rural')).toBe('');
    expect(settlementOnOpen('rural', false, 'urban')).toBe('rural');
  });

  it('is required for new records only', () => {
    expect(settlementError('', true)).toBe('fees.settlement.required');
    expect(settlementError('rural', true)).toBeNull();
    expect(settlementError('', false)).toBeNull();
    expect(t(settlementError('', true)!)).toBe(en.fees.settlement.required);
  });

  it('reads back the stored value, and "not stated" when there is none', () => {
    expect(settlementText(t, 'rural')).toBe(en.fees.settlement.rural);
    expect(settlementText(t, 'urban')).toBe(en.fees.settlement.urban);
    expect(settlementText(t, undefined)).toBe(en.fees.settlement.notStated);
  });
});
