import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src-shared/contracts/sync/account';
import { isOfficeHead } from './office-access';

const account = (role: 'advocate' | 'head' | 'staff'): Account => ({
  signedIn: true,
  deviceId: 'device-1',
  user: { id: 'user-1', fullName: 'Ахметов Болат', role, collegiumId: 'c1', officeId: 'o1' },
});

describe('isOfficeHead', () => {
  it("is true only while the device is signed in with a head's account", () => {
    expect(isOfficeHead({ phase: 'signedIn', account: account('head') })).toBe(true);
    expect(isOfficeHead({ phase: 'signedIn', account: account('advocate') })).toBe(false);
    expect(isOfficeHead({ phase: 'signedIn', account: account('staff') })).toBe(false);
    // A head whose register could not be bound to the account is not signed in for sync.
    expect(isOfficeHead({ phase: 'identityRefused', account: account('head') })).toBe(false);
    expect(isOfficeHead({ phase: 'signedOut', account: null })).toBe(false);
    expect(isOfficeHead({ phase: 'loading', account: null })).toBe(false);
  });
});
