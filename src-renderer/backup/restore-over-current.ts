/**
 * Restoring a backup over the open user's own registers: everything entered since the backup
 * is replaced by the backup. Same vault only — another vault's ciphertext could not be read
 * with this user's keys — and the current password again: the unlocked app alone is not proof
 * enough to throw away work.
 *
 * The rows go into a new database (restore-common.ts says why not the one in use); only once
 * it is written and proved identical does the directory entry switch to it, in one put. Until
 * then the old store is untouched, so a failure anywhere leaves the user exactly as before.
 * After the switch the old database is deleted and the app must restart (the page holds the
 * old store open): the caller closes it and reloads through the session's lock.
 */
import { BackupError } from '../../src-shared/backup/backup-errors';
import { openBackupPayload, type ParsedBackupFile } from '../../src-shared/backup/backup-file';
import { lockVault, unlockWithPassword } from '../../src-shared/security/vault/vault';
import type { UserEntry } from '../vault/user-entry';
import type { BackupSource } from './make-backup';
import {
  asBackupError,
  deleteDbWith,
  restoreDbName,
  writeFreshStore,
  type RestoreResult,
  type StoreOps,
} from './restore-common';

export interface OverCurrentDeps extends StoreOps {
  /** VaultSession.save: stores the open user's changed entry. */
  save: (entry: UserEntry) => Promise<void>;
  /** Closes the store the app has open (appDb), so that it can be deleted. */
  closeCurrent: () => void;
  now: () => string;
}

export async function restoreOverCurrent(input: {
  source: BackupSource;
  file: ParsedBackupFile;
  password: string;
  deps: OverCurrentDeps;
}): Promise<RestoreResult> {
  const { source, file, deps } = input;
  if (file.header.vault.id !== source.vault.vaultId) throw new BackupError('other-vault');
  try {
    lockVault(await unlockWithPassword(source.entry.record, input.password));
  } catch (e) {
    throw asBackupError(e);
  }
  const tables = await openBackupPayload(file, source.vault.dataKey);
  const oldName = source.entry.dbName;
  const dbName = restoreDbName(source.entry.storeId, deps.now(), oldName);
  const result = await writeFreshStore(deps, dbName, file.header, tables, 'over-current');
  const deleteDb = deleteDbWith(deps);
  try {
    // The one step that switches: before it the old store is in use, after it the new one.
    await deps.save({ ...source.entry, dbName });
  } catch (e) {
    await deleteDb(dbName).catch(() => undefined);
    throw e;
  }
  deps.closeCurrent();
  // Left behind only if this fails; it holds nothing the user wanted to keep.
  await deleteDb(oldName).catch((e: unknown) =>
    console.warn('backup: the replaced store could not be deleted', e),
  );
  return result;
}
