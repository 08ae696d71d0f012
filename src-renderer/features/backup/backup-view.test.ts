import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src-shared/backup/backup-errors';
import { ageLine, problemKey, problemOf, sizeLine, statusView } from './backup-view';

const now = new Date('2026-11-25T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const H = 3600_000;

describe('backup status wording', () => {
  it('says how long ago in minutes, hours or days', () => {
    expect(ageLine(ago(20_000), now)).toEqual({ key: 'backup.status.justNow' });
    expect(ageLine(ago(5 * 60_000), now)).toEqual({
      key: 'backup.status.minutes',
      vars: { count: 5 },
    });
    expect(ageLine(ago(23 * H), now)).toEqual({ key: 'backup.status.hours', vars: { count: 23 } });
    expect(ageLine(ago(3 * 24 * H + 5 * H), now)).toEqual({
      key: 'backup.status.days',
      vars: { count: 3 },
    });
  });

  it('warns when the last backup is over two days old or failed, not before a folder is set', () => {
    const base = { lastError: null, folderSet: true };
    expect(statusView({ ...base, lastBackupAt: ago(30 * H) }, now).warn).toBe(false);
    expect(statusView({ ...base, lastBackupAt: ago(49 * H) }, now).warn).toBe(true);
    expect(statusView({ ...base, lastBackupAt: null }, now)).toEqual({
      last: { key: 'backup.status.never' },
      failure: null,
      warn: true,
    });
    expect(statusView({ ...base, lastBackupAt: null, folderSet: false }, now).warn).toBe(false);
    const failed = statusView(
      { lastBackupAt: ago(72 * H), lastError: 'folder-missing', folderSet: true },
      now,
    );
    expect(failed).toEqual({
      last: { key: 'backup.status.last' },
      failure: 'folder-missing',
      warn: true,
    });
  });

  it('gives sizes in KB or MB with the language’s separators', () => {
    expect(sizeLine(300, 'kk')).toEqual({ key: 'backup.list.kb', vars: { size: '1' } });
    expect(sizeLine(150 * 1024, 'ru')).toEqual({ key: 'backup.list.kb', vars: { size: '150' } });
    expect(sizeLine(2.5 * 1024 * 1024, 'ru')).toEqual({
      key: 'backup.list.mb',
      vars: { size: '2,5' },
    });
    expect(sizeLine(2.5 * 1024 * 1024, 'en')).toEqual({
      key: 'backup.list.mb',
      vars: { size: '2.5' },
    });
  });

  it('turns backup errors into their messages, anything else into "unexpected"', () => {
    expect(problemKey(problemOf(new BackupError('tampered')))).toBe('backup.errors.tampered');
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect(problemOf(new Error('boom'))).toBe('unexpected');
    } finally {
      console.error = quiet;
    }
  });
});
