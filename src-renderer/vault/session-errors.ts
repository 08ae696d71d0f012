/** Why a vault action failed, as codes the lock screen translates (vault.* in the catalogs). */
import { RecoveryKeyTextError } from '../../src-shared/security/vault/recovery-key';
import { VaultError } from '../../src-shared/security/vault/vault-record';

export type SessionErrorCode =
  | 'wrong-password'
  | 'corrupt'
  | 'no-recovery-key'
  | 'wrong-recovery-key'
  | 'recovery-text-format'
  | 'recovery-text-checksum'
  | 'office-key-format'
  | 'weak-password'
  | 'bad-label'
  | 'bad-pin'
  | 'wrong-pin'
  | 'no-user'
  | 'not-unlocked';

export class SessionError extends Error {
  constructor(readonly code: SessionErrorCode) {
    super(`session: ${code}`);
    this.name = 'SessionError';
  }
}

/** Vault and recovery-text errors become session codes; anything else is rethrown as is. */
export function asSessionError(e: unknown): SessionError {
  if (e instanceof SessionError) return e;
  if (e instanceof VaultError) return new SessionError(e.code);
  if (e instanceof RecoveryKeyTextError)
    return new SessionError(
      e.problem === 'format' ? 'recovery-text-format' : 'recovery-text-checksum',
    );
  throw e;
}

/** At least 10 characters: a phrase of a few words is easy to remember and slow to guess. */
export const MIN_PASSWORD_LENGTH = 10;

export function checkNewPassword(password: string): void {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH)
    throw new SessionError('weak-password');
}
