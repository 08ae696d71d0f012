/**
 * Backup file names: `qorgau-<short store id>-<YYYYMMDD-HHmmss>.qbak`, the time in UTC.
 *
 * Why no person's name: the folder is often a USB stick that travels and is left on desks; the
 * name must not say whose register it holds. The short store id is a hash of the store id (not
 * the id itself, which is a UUIDv7 whose first characters are only its creation time and would
 * be the same for two users created in the same minute), enough for the main process to keep
 * the newest N files of *this* store and never touch another user's or anyone else's files.
 *
 * Why UTC: the name is what orders the files (keep N, "newest backup"), and a copy onto a stick
 * changes its modification time but not its name; UTC gives one order on every laptop.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const BACKUP_EXTENSION = '.qbak';
const SHORT_ID_CHARS = 10;

/** 10 hex characters (40 bits) of SHA-256 of the store id: collisions on one stick are moot. */
export function shortStoreId(storeId: string): string {
  return bytesToHex(sha256(utf8ToBytes(storeId))).slice(0, SHORT_ID_CHARS);
}

export const BACKUP_NAME_PATTERN = /^qorgau-([0-9a-f]{10})-(\d{8})-(\d{6})\.qbak$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The file name for a backup of `storeId` made at `at` (an ISO instant). */
export function backupFileName(storeId: string, at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${at}`);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return `qorgau-${shortStoreId(storeId)}-${date}-${time}${BACKUP_EXTENSION}`;
}

export interface ParsedBackupName {
  shortId: string;
  /** ISO instant (UTC, whole seconds) from the name. */
  at: string;
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, shortId, date, time] = m as unknown as [string, string, string, string];
  const at = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.000Z`;
  const d = new Date(at);
  // "20261345-…" matches the pattern but is no date: not ours, so never pruned as ours.
  if (Number.isNaN(d.getTime()) || d.toISOString() !== at) return null;
  return { shortId, at };
}

/** Is `name` one of this store's backup files (never another user's or a foreign file)? */
export function isBackupOf(storeId: string, name: string): boolean {
  return parseBackupFileName(name)?.shortId === shortStoreId(storeId);
}

/** This store's backup names, newest first (the name's time; equal times by name). */
export function backupsOfStore(storeId: string, names: readonly string[]): string[] {
  return names.filter((n) => isBackupOf(storeId, n)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** The names to delete so that only the newest `keep` of this store's backups remain. */
export function backupsToPrune(storeId: string, names: readonly string[], keep: number): string[] {
  return backupsOfStore(storeId, names).slice(Math.max(1, keep));
}
