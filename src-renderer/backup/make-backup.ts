/**
 * Making one backup of the open user's register database: a consistent snapshot of every
 * table, sealed with the vault's data key under a header that carries the vault record (so the
 * file opens on a new laptop with the password or the office recovery key).
 */
import { backupFileName } from '../../src-shared/backup/backup-name';
import { sealBackupFile } from '../../src-shared/backup/backup-file';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
} from '../../src-shared/backup/backup-header';
import { AUDIT_TABLE, auditHeadOfRows, countsOf } from '../../src-shared/backup/backup-payload';
import type { UnlockedVault } from '../../src-shared/security/vault/vault';
import type { AppDb } from '../db/app-db';
import type { UserEntry } from '../vault/user-entry';
import { readSnapshot } from './snapshot';

/** What a backup needs of the open session (VaultSession.current()). */
export interface BackupSource {
  entry: UserEntry;
  vault: UnlockedVault;
}

export interface MadeBackup {
  fileName: string;
  bytes: Uint8Array;
  header: BackupHeader;
}

export async function makeBackup(
  db: AppDb,
  source: BackupSource,
  appVersion: string,
  now: string,
): Promise<MadeBackup> {
  const { entry, vault } = source;
  // The entry's record must be this vault's: a header naming another vault would make a file
  // that no password opens (the payload is sealed with this vault's key).
  if (entry.record.id !== vault.vaultId) throw new Error('backup: the entry is not this vault');
  const { schema, tables } = await readSnapshot(db);
  const keys = {
    ...(entry.officeKey ? { officeKey: entry.officeKey } : {}),
    ...(entry.signingKey ? { signingKey: entry.signingKey } : {}),
  };
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    v: BACKUP_VERSION,
    createdAt: now,
    appVersion,
    schema,
    storeId: entry.storeId,
    label: entry.label,
    vault: entry.record,
    counts: countsOf(tables),
    auditHead: auditHeadOfRows(tables[AUDIT_TABLE] ?? []),
    ...(Object.keys(keys).length > 0 ? { keys } : {}),
  };
  const bytes = await sealBackupFile(header, tables, vault.dataKey);
  return { fileName: backupFileName(entry.storeId, now), bytes, header };
}
