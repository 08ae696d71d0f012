import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src-shared/i18n/en';
import { SessionError, type SessionErrorCode } from '../../vault/session-errors';
import { problemField, problemKey, problemOf, type FormProblem } from './lock-errors';

const CODES: SessionErrorCode[] = [
  'wrong-password',
  'corrupt',
  'no-recovery-key',
  'wrong-recovery-key',
  'recovery-text-format',
  'recovery-text-checksum',
  'office-key-format',
  'weak-password',
  'bad-label',
  'bad-pin',
  'wrong-pin',
  'no-user',
  'not-unlocked',
];

describe('lock form problems', () => {
  it('every session error code and every form check has a message in the catalog', () => {
    const problems: FormProblem[] = [...CODES, 'mismatch', 'pinMismatch', 'required', 'unexpected'];
    for (const p of problems) {
      const [, , leaf] = problemKey(p).split('.');
      expect(en.vault.errors[leaf as keyof typeof en.vault.errors], p).toBeTruthy();
    }
  });

  it('a session refusal keeps its code; anything else is "unexpected" and logged', () => {
    expect(problemOf(new SessionError('wrong-pin'))).toBe('wrong-pin');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(problemOf(new Error('IndexedDB is gone'))).toBe('unexpected');
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it('puts each problem under the field it is about', () => {
    expect(problemField('bad-label', 'password')).toBe('label');
    expect(problemField('weak-password', 'label')).toBe('password');
    expect(problemField('mismatch', 'label')).toBe('confirm');
    expect(problemField('recovery-text-checksum', 'password')).toBe('recovery');
    expect(problemField('office-key-format', 'label')).toBe('officeKey');
    expect(problemField('corrupt', 'recovery')).toBe('recovery');
    expect(problemField('unexpected', 'label')).toBeNull();
  });
});
