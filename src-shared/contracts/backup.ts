/**
 * Backups across IPC (docs/security.md "Backups"): the renderer makes the encrypted file (it
 * alone holds the keys), the main process keeps it — in a folder the person chose in the OS
 * dialog, e.g. a USB stick — and hands files back for a restore. Main never sees a key or a
 * plaintext row: to it a backup is opaque bytes with a name.
 *
 * Expected failures (no folder set, the stick was pulled, the disk is full) are results with a
 * `reason`, not errors: the scheduler retries them and Settings explains them in kk/ru.
 */
import { z } from 'zod';
import { MAX_BACKUP_BYTES } from '../backup/backup-file';
import { BACKUP_NAME_PATTERN, isBackupOf } from '../backup/backup-name';

export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 60;

export const backupSettingsSchema = z.object({
  /** Absolute path of the folder, chosen in the OS dialog; null: none chosen yet. */
  folder: z.string().min(1).max(4096).nullable(),
  /** How many of each user's newest backups the folder keeps. */
  keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX),
  /** Back up automatically once a day while the app is open and unlocked. */
  daily: z.boolean(),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, keep: 14, daily: true };

const backupBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected a Uint8Array')
  .refine((v) => v.byteLength > 0, 'empty file')
  .refine((v) => v.byteLength <= MAX_BACKUP_BYTES, 'file too large');

/**
 * Any .qbak file name, as it may have been renamed or copied by hand: one name in the folder,
 * never a path (no separators, no "..", no leading dot, no control characters).
 */
export const qbakFileName = z
  .string()
  .min(6)
  .max(180)
  .refine(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    (s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && !s.startsWith('.') && !s.includes('..'),
    'not a plain file name',
  )
  .refine((s) => s.toLowerCase().endsWith('.qbak'), 'not a .qbak file');

const storeId = z.string().min(1).max(100);

export const backupFileInfoSchema = z.object({
  name: z.string(),
  size: z.number().int().min(0),
  /** ISO instant: the file's modification time. */
  modified: z.string(),
});
export type BackupFileInfo = z.infer<typeof backupFileInfoSchema>;

const failed = <const R extends readonly [string, ...string[]]>(reasons: R) =>
  z.object({
    status: z.literal('failed'),
    reason: z.enum(reasons),
    /** An OS error code (ENOSPC, EACCES…), for support; never a path or content. */
    detail: z.string().max(100).optional(),
  });

export const backupWriteResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('written'),
    file: backupFileInfoSchema,
    /** Older backups of this store deleted to keep the newest N. */
    removed: z.array(z.string()),
  }),
  failed(['no-folder', 'folder-missing', 'write-failed']),
]);
export type BackupWriteResult = z.infer<typeof backupWriteResultSchema>;

export const backupListSchema = z.object({
  folder: z.string().nullable(),
  /** False when no folder is set, or it is not there (the USB stick was pulled). */
  reachable: z.boolean(),
  /** This store's backups in the folder, newest first. */
  files: z.array(backupFileInfoSchema),
  /** When main last wrote a backup of this store, wherever the folder is now. */
  lastWrittenAt: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupListSchema>;

const fileBytes = z.object({ status: z.literal('ok'), name: z.string(), bytes: backupBytes });

export const backupReadResultSchema = z.discriminatedUnion('status', [
  fileBytes,
  failed(['no-folder', 'folder-missing', 'not-found', 'too-large', 'read-failed']),
]);
export type BackupReadResult = z.infer<typeof backupReadResultSchema>;

export const backupOpenResultSchema = z.discriminatedUnion('status', [
  fileBytes,
  z.object({ status: z.literal('cancelled') }),
  failed(['too-large', 'read-failed']),
]);
export type BackupOpenResult = z.infer<typeof backupOpenResultSchema>;

export const backupIpc = {
  'backup.getSettings': { args: z.undefined(), result: backupSettingsSchema },
  'backup.setSettings': {
    // The folder is set only through backup.chooseFolder — the person's own pick in the OS
    // dialog — so a compromised renderer cannot point writes at a folder of its choosing.
    // Here it can only be forgotten (null).
    args: z.object({
      keep: backupSettingsSchema.shape.keep,
      daily: z.boolean(),
      folder: z.null().optional(),
    }),
    result: backupSettingsSchema,
  },
  'backup.chooseFolder': {
    args: z.undefined(),
    result: z.object({ chosen: z.boolean(), settings: backupSettingsSchema }),
  },
  'backup.write': {
    args: z
      .object({
        storeId,
        fileName: z.string().regex(BACKUP_NAME_PATTERN),
        bytes: backupBytes,
      })
      .refine((a) => isBackupOf(a.storeId, a.fileName), 'the file name is not of this store'),
    result: backupWriteResultSchema,
  },
  'backup.list': { args: z.object({ storeId }), result: backupListSchema },
  'backup.read': { args: z.object({ fileName: qbakFileName }), result: backupReadResultSchema },
  'backup.openFile': { args: z.undefined(), result: backupOpenResultSchema },
} as const;
