/**
 * What a lock-screen form shows under a field: a session error code, or a check the form makes
 * itself before asking the session (two passwords that differ, an empty field). Kept as codes,
 * not text, so that switching the language on the lock screen re-translates the message.
 */
import type { MessageKey } from '../../i18n/translate';
import { SessionError, type SessionErrorCode } from '../../vault/session-errors';

export type FormProblem = SessionErrorCode | 'mismatch' | 'pinMismatch' | 'required' | 'unexpected';

export const problemKey = (p: FormProblem): MessageKey => `vault.errors.${p}`;

/** A session's refusal as a form problem; anything else is not the form's to explain. */
export function problemOf(e: unknown): FormProblem {
  if (e instanceof SessionError) return e.code;
  console.error('lock: unexpected failure', e);
  return 'unexpected';
}

/** Which field a problem belongs under (the rest go under the form's main field). */
export type ProblemField = 'label' | 'password' | 'confirm' | 'recovery' | 'officeKey' | 'pin';

const FIELD: Partial<Record<FormProblem, ProblemField>> = {
  'bad-label': 'label',
  'weak-password': 'password',
  'wrong-password': 'password',
  mismatch: 'confirm',
  pinMismatch: 'confirm',
  'recovery-text-format': 'recovery',
  'recovery-text-checksum': 'recovery',
  'wrong-recovery-key': 'recovery',
  'no-recovery-key': 'recovery',
  'office-key-format': 'officeKey',
  'bad-pin': 'pin',
  'wrong-pin': 'pin',
};

/** `null` for 'unexpected': it is not about any field, so the form shows it on its own. */
export function problemField(p: FormProblem, fallback: ProblemField): ProblemField | null {
  if (p === 'unexpected') return null;
  return FIELD[p] ?? fallback;
}
