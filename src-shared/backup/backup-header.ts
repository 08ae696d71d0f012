/**
 * A backup's header: the part readable without any key, shown before a password is asked
 * ("Backup of Арман, 25.11.2026, 1 234 records") and bound into the encryption as associated
 * data (backup-file.ts), so none of it can be edited without the file failing to open.
 *
 * Why the vault record travels in the header: a backup must open on a *new laptop* — after the
 * old one was stolen or its disk died — where no directory entry exists. The record holds the
 * master secret wrapped by the password (as it was when the backup was made) and for the
 * office recovery key; without one of those the file is ciphertext and nothing else.
 * What it reveals in clear: the label the person chose for the lock screen, when, how many
 * rows each table has, and the audit head — the same as the laptop's directory and a monthly
 * report already show; no client's name, IIN or advice.
 */
import { z } from 'zod';
import { vaultRecordSchema } from '../security/vault/vault-record';
import { auditHeadSchema } from './backup-payload';

export const BACKUP_FORMAT = 'qorgau-backup';
export const BACKUP_VERSION = 1;

/** A public key, with its private half sealed by the vault's data key (user-entry.ts). */
const carriedKeySchema = z.object({
  keyId: z.string().min(1).max(200),
  publicSpki: z.string().min(1).max(4000),
  privateSealed: z.string().max(20_000).optional(),
});

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  v: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  appVersion: z.string().min(1).max(40),
  /** The register database's schema version (Dexie verno) the rows were read with. */
  schema: z.number().int().min(1),
  storeId: z.string().min(1).max(100),
  label: z.string().min(1).max(80),
  vault: vaultRecordSchema,
  counts: z.record(z.string().min(1).max(64), z.number().int().min(0)),
  auditHead: auditHeadSchema,
  /**
   * The office key and the bundle signing key of the user's directory entry, so that a head
   * restored on a new laptop still holds the office key. Public, or sealed by the data key.
   */
  keys: z
    .object({ officeKey: carriedKeySchema.optional(), signingKey: carriedKeySchema.optional() })
    .optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export function totalRecords(header: Pick<BackupHeader, 'counts'>): number {
  return Object.values(header.counts).reduce((n, c) => n + c, 0);
}
