/**
 * Why a backup could not be made, read or restored, as codes the screens translate
 * (`backup.errors.*` in the catalogs). A restore that fails with any of these has written
 * nothing: every check runs before the first write, and the write itself is one transaction.
 */
export const backupErrorCodes = [
  /** Not a Qorgau backup, or its readable part (first lines) is damaged. */
  'file-format',
  /** Larger than any backup this app makes (MAX_BACKUP_BYTES). */
  'too-large',
  /** Made by a newer version of the app (format, schema or tables this version does not know). */
  'newer-version',
  'wrong-password',
  /** The vault in the file was never sealed for an office recovery key. */
  'no-recovery-key',
  /** Sealed for another office key than the one typed in. */
  'wrong-recovery-key',
  /** The typed recovery key text has a typo (format or checksum). */
  'recovery-text',
  /** The new password (recovery path) is too short. */
  'weak-password',
  /** The vault record in the file is damaged. */
  'vault-corrupt',
  /** The encrypted part, or the header it is bound to, was changed or cut short. */
  'tampered',
  /** The backup belongs to another person's vault than the one open here. */
  'other-vault',
  /** As a new user: this person's store is already on this laptop (restore from Settings). */
  'already-here',
  /** The decrypted records do not match the counts in the header. */
  'counts-mismatch',
  /** The decrypted audit log does not match the header's chain head, or does not verify. */
  'audit-mismatch',
  /** After writing, the store read back differs from the backup (nothing is kept). */
  'not-identical',
  /** Backing up or restoring over the current store needs the app unlocked. */
  'not-unlocked',
] as const;
export type BackupErrorCode = (typeof backupErrorCodes)[number];

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    /** English, for logs; never personal data. */
    detail?: string,
  ) {
    super(detail ? `backup: ${code} (${detail})` : `backup: ${code}`);
    this.name = 'BackupError';
  }
}

export function isBackupError(e: unknown): e is BackupError {
  return e instanceof BackupError;
}
