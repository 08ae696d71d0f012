/**
 * Restoring a backup as a person of this laptop who is not on it yet: a fresh laptop after the
 * old one was lost, or a colleague's laptop. The backup's vault record becomes the directory
 * entry's, so the same password (as at the time of the backup) or the office recovery key
 * opens it; the session is then unlocked as after any sign-in.
 */
import { BackupError } from '../../src-shared/backup/backup-errors';
import { openBackupPayload, type ParsedBackupFile } from '../../src-shared/backup/backup-file';
import type { BackupTables } from '../../src-shared/backup/backup-payload';
import { lockVault } from '../../src-shared/security/vault/vault';
import { DEFAULT_IDLE_MINUTES, type UserEntry } from '../vault/user-entry';
import {
  asBackupError,
  deleteDbWith,
  openBackupVault,
  restoreDbName,
  writeFreshStore,
  type BackupSecret,
  type RestoreResult,
  type StoreOps,
} from './restore-common';

export interface NewUserDeps extends StoreOps {
  directory: {
    get(storeId: string): Promise<UserEntry | undefined>;
    add(entry: UserEntry): Promise<void>;
    remove(storeId: string): Promise<void>;
  };
  /** The app's VaultSession (appSession): opens the restored user as after a normal unlock. */
  session: {
    unlockWithPassword(storeId: string, password: string): Promise<void>;
    recover(storeId: string, recoveryText: string, newPassword: string): Promise<void>;
  };
  now: () => string;
}

/**
 * Throws BackupError; on any failure nothing is left: no database, no directory entry. On
 * success the session is unlocked on the restored store.
 */
export async function restoreAsNewUser(input: {
  file: ParsedBackupFile;
  secret: BackupSecret;
  deps: NewUserDeps;
}): Promise<RestoreResult> {
  const { file, secret, deps } = input;
  const { header } = file;
  // Already here: restoring over that person's store is done from their Settings, unlocked.
  if (await deps.directory.get(header.storeId)) throw new BackupError('already-here');

  const vault = await openBackupVault(header, secret);
  let tables: BackupTables;
  try {
    tables = await openBackupPayload(file, vault.dataKey);
  } finally {
    lockVault(vault); // the session opens its own from the directory entry below
  }

  const dbName = restoreDbName(header.storeId, deps.now());
  const result = await writeFreshStore(deps, dbName, header, tables, 'new-user');
  const entry: UserEntry = {
    storeId: header.storeId,
    label: header.label,
    dbName,
    createdAt: deps.now(),
    record: header.vault,
    storeState: 'encrypted',
    idleMinutes: DEFAULT_IDLE_MINUTES,
    ...(header.keys?.officeKey ? { officeKey: header.keys.officeKey } : {}),
    ...(header.keys?.signingKey ? { signingKey: header.keys.signingKey } : {}),
  };
  try {
    await deps.directory.add(entry);
    if (secret.kind === 'password')
      await deps.session.unlockWithPassword(header.storeId, secret.password);
    else await deps.session.recover(header.storeId, secret.recoveryText, secret.newPassword);
  } catch (e) {
    await deps.directory.remove(header.storeId).catch(() => undefined);
    await deleteDbWith(deps)(dbName).catch(() => undefined);
    throw asBackupError(e);
  }
  return result;
}
