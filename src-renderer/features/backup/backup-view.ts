/**
 * What the backup screens say, as message keys and values: the age of the last backup, the
 * warning when it is old or failed, file sizes, and any failure as a `backup.errors.*` key.
 * Pure, so the wording rules are tested without rendering.
 */
import { isBackupError } from '../../../src-shared/backup/backup-errors';
import { formatDate, formatNumber } from '../../../src-shared/i18n/format';
import type { BackupMessages } from '../../../src-shared/i18n/backup/en';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { BackupFailure } from '../../backup/backup-scheduler';
import type { MessageKey, MessageVars } from '../../i18n/translate';

export interface Line {
  key: MessageKey;
  vars?: MessageVars;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Two daily backups missed: time to say so, even without a failure. */
export const OLD_AFTER_MS = 2 * DAY;

export function ageLine(fromIso: string, now: Date): Line {
  const ms = Math.max(0, now.getTime() - new Date(fromIso).getTime());
  if (ms < MINUTE) return { key: 'backup.status.justNow' };
  if (ms < HOUR) return { key: 'backup.status.minutes', vars: { count: Math.floor(ms / MINUTE) } };
  if (ms < DAY) return { key: 'backup.status.hours', vars: { count: Math.floor(ms / HOUR) } };
  return { key: 'backup.status.days', vars: { count: Math.floor(ms / DAY) } };
}

export const failureKey = (f: BackupFailure): MessageKey => `backup.failures.${f}`;

export interface StatusView {
  /** "Last backup: {{when}}" (the caller fills in ageLine) or "No backup yet." */
  last: Line;
  /** When set, shown under it as a warning: the last attempt failed. */
  failure: BackupFailure | null;
  /** Old or failed: the status is shown in warning colours. */
  warn: boolean;
}

export function statusView(
  s: { lastBackupAt: string | null; lastError: BackupFailure | null; folderSet: boolean },
  now: Date,
): StatusView {
  const old =
    s.lastBackupAt === null || now.getTime() - new Date(s.lastBackupAt).getTime() > OLD_AFTER_MS;
  return {
    last: { key: s.lastBackupAt ? 'backup.status.last' : 'backup.status.never' },
    failure: s.lastError,
    // No folder chosen yet is a choice, not an alarm; an old or failed backup is.
    warn: s.lastError !== null || (s.folderSet && old),
  };
}

/** "25.11.2026, 14:05" in this computer's time zone. */
export function formatInstant(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day, locale)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function sizeLine(bytes: number, locale: Locale): Line {
  if (bytes < 1024 * 1024)
    return {
      key: 'backup.list.kb',
      vars: { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, 0) },
    };
  return { key: 'backup.list.mb', vars: { size: formatNumber(bytes / (1024 * 1024), locale, 1) } };
}

/** A `backup.errors.*` key: a BackupError code, a host's read failure, or a form's own check. */
export type BackupProblem = keyof BackupMessages['errors'];

export const problemKey = (p: BackupProblem): MessageKey => `backup.errors.${p}`;

/** Any failure of reading, opening or restoring a backup as the problem to show. */
export function problemOf(e: unknown): BackupProblem {
  if (isBackupError(e)) return e.code;
  console.error('backup: unexpected failure', e);
  return 'unexpected';
}
