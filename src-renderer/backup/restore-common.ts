/**
 * What both ways of restoring share: opening the vault record carried in the backup, turning
 * vault and session refusals into backup codes, and the final proof — the store read back
 * after writing has the header's counts per table and its audit-chain head.
 */
import { BackupError } from '../../src-shared/backup/backup-errors';
import { totalRecords, type BackupHeader } from '../../src-shared/backup/backup-header';
import { sameAuditHead, type BackupAuditHead } from '../../src-shared/backup/backup-payload';
import {
  importRecoveryPrivateKeyText,
  RecoveryKeyTextError,
} from '../../src-shared/security/vault/recovery-key';
import {
  unlockWithPassword,
  unlockWithRecovery,
  type UnlockedVault,
} from '../../src-shared/security/vault/vault';
import { VaultError } from '../../src-shared/security/vault/vault-record';
import Dexie from 'dexie';
import type { BackupTables } from '../../src-shared/backup/backup-payload';
import { AppDb, DB_NAME } from '../db/app-db';
import { checkNewPassword, SessionError } from '../vault/session-errors';
import { summarizeStore, writeSnapshot } from './snapshot';

export type BackupSecret =
  | { kind: 'password'; password: string }
  /** The office recovery key text, and the new password the person sets at once. */
  | { kind: 'recovery'; recoveryText: string; newPassword: string };

export interface RestoreResult {
  mode: 'over-current' | 'new-user';
  storeId: string;
  label: string;
  /** When the backup was made. */
  createdAt: string;
  records: number;
  /** Tables that hold at least one row. */
  tables: number;
  counts: Record<string, number>;
  auditHead: BackupAuditHead;
  /** Always true: a restore that is not identical throws `not-identical` instead. */
  identical: true;
}

const SESSION_CODES: Partial<Record<string, BackupError['code']>> = {
  'wrong-password': 'wrong-password',
  corrupt: 'vault-corrupt',
  'no-recovery-key': 'no-recovery-key',
  'wrong-recovery-key': 'wrong-recovery-key',
  'recovery-text-format': 'recovery-text',
  'recovery-text-checksum': 'recovery-text',
  'weak-password': 'weak-password',
  'not-unlocked': 'not-unlocked',
};

/** Vault, recovery-text and session refusals as backup codes; anything else is rethrown. */
export function asBackupError(e: unknown): BackupError {
  if (e instanceof BackupError) return e;
  if (e instanceof VaultError)
    return new BackupError(e.code === 'corrupt' ? 'vault-corrupt' : e.code);
  if (e instanceof RecoveryKeyTextError) return new BackupError('recovery-text');
  if (e instanceof SessionError) {
    const code = SESSION_CODES[e.code];
    if (code) return new BackupError(code);
  }
  throw e;
}

/** Opens the vault record carried in the backup with the password or the recovery key. */
export async function openBackupVault(
  header: BackupHeader,
  secret: BackupSecret,
): Promise<UnlockedVault> {
  try {
    if (secret.kind === 'password') return await unlockWithPassword(header.vault, secret.password);
    // Checked first: a recovery that would fail at the last step should fail before any work.
    checkNewPassword(secret.newPassword);
    const key = await importRecoveryPrivateKeyText(secret.recoveryText);
    return await unlockWithRecovery(header.vault, key);
  } catch (e) {
    throw asBackupError(e);
  }
}

/**
 * The register database a restore writes: always a new one. Why not the store in use, cleared:
 * IndexedDB's key generators never go back, so after a restore over a longer log the next
 * audit entry would skip numbers — which the chain check rightly reads as deleted entries —
 * and why not the pre-encryption 'qorgau' that UserDirectory gives a laptop's first user: it
 * may still hold a register waiting to be adopted by the next new user.
 */
export function restoreDbName(storeId: string, now: string, avoid?: string): string {
  const name = `${DB_NAME}-u-${storeId}-r${now.replace(/\D/g, '').slice(0, 14)}`;
  return name === avoid ? `${name}-2` : name;
}

/** Reads the store back and compares it with the header; throws `not-identical`. */
export async function verifiedResult(
  db: AppDb,
  header: BackupHeader,
  mode: RestoreResult['mode'],
): Promise<RestoreResult> {
  const now = await summarizeStore(db);
  // A table newer than the backup exists here and is empty after the restore: count it as 0.
  const sameCounts =
    Object.keys(header.counts).every((name) => name in now.counts) &&
    Object.entries(now.counts).every(([name, n]) => n === (header.counts[name] ?? 0));
  if (!sameCounts) throw new BackupError('not-identical', 'counts');
  if (!sameAuditHead(now.auditHead, header.auditHead))
    throw new BackupError('not-identical', 'audit head');
  return {
    mode,
    storeId: header.storeId,
    label: header.label,
    createdAt: header.createdAt,
    records: totalRecords(header),
    tables: Object.values(now.counts).filter((n) => n > 0).length,
    counts: now.counts,
    auditHead: now.auditHead,
    identical: true,
  };
}

/** How a restore reaches IndexedDB databases (tests may watch or fail them). */
export interface StoreOps {
  openDb?: (name: string) => AppDb;
  deleteDb?: (name: string) => Promise<void>;
}

export const deleteDbWith = (ops: StoreOps) => ops.deleteDb ?? ((name) => Dexie.delete(name));

/**
 * Writes the backup's tables into the database `dbName`, new for this restore, and proves it
 * identical; on any failure the database is deleted again, so nothing is left behind.
 */
export async function writeFreshStore(
  ops: StoreOps,
  dbName: string,
  header: BackupHeader,
  tables: BackupTables,
  mode: RestoreResult['mode'],
): Promise<RestoreResult> {
  const deleteDb = deleteDbWith(ops);
  // No directory entry names this database: anything there is an interrupted attempt.
  await deleteDb(dbName);
  const db = (ops.openDb ?? ((name) => new AppDb(name)))(dbName);
  try {
    await writeSnapshot(db, tables);
    return await verifiedResult(db, header, mode);
  } catch (e) {
    db.close();
    await deleteDb(dbName);
    throw e;
  } finally {
    db.close();
  }
}
