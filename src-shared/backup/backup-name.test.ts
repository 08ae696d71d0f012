import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsOfStore,
  backupsToPrune,
  isBackupOf,
  parseBackupFileName,
  shortStoreId,
} from './backup-name';

const A = '019a3c4e-7b1d-7c2a-9f00-aaaaaaaaaaaa';
const B = '019a3c4e-7b1d-7c2a-9f00-bbbbbbbbbbbb';

describe('backup file names', () => {
  it('names the store by a hash, never the id itself, and the time in UTC', () => {
    const name = backupFileName(A, '2026-11-25T05:30:07.123Z');
    expect(name).toBe(`qorgau-${shortStoreId(A)}-20261125-053007.qbak`);
    expect(name).not.toContain(A.slice(0, 8));
    // Two users created in the same minute share a UUIDv7 prefix, not a short id.
    expect(shortStoreId(A)).not.toBe(shortStoreId(B));
    expect(parseBackupFileName(name)).toEqual({
      shortId: shortStoreId(A),
      at: '2026-11-25T05:30:07.000Z',
    });
  });

  it('recognises only well-formed names with a real date', () => {
    const id = shortStoreId(A);
    for (const bad of [
      `qorgau-${id}-20261345-053007.qbak`,
      `qorgau-${id}-20261125-053007.qbak.tmp`,
      `../qorgau-${id}-20261125-053007.qbak`,
      `qorgau-${id.toUpperCase()}-20261125-053007.qbak`,
      `qorgau-${id}-20261125-053007.QBAK`,
      'notes.txt',
    ])
      expect(parseBackupFileName(bad)).toBeNull();
    expect(isBackupOf(A, backupFileName(A, '2026-01-01T00:00:00Z'))).toBe(true);
    expect(isBackupOf(B, backupFileName(A, '2026-01-01T00:00:00Z'))).toBe(false);
  });

  it("keeps the newest N of this store's files and never names another's", () => {
    const mine = ['2026-11-20', '2026-11-25', '2026-11-21', '2026-11-24'].map((d) =>
      backupFileName(A, `${d}T08:00:00Z`),
    );
    const theirs = ['2026-11-01', '2026-11-02'].map((d) => backupFileName(B, `${d}T08:00:00Z`));
    const names = [...mine, ...theirs, 'photo.jpg', 'qorgau-export.qbak'];
    expect(backupsOfStore(A, names)).toEqual([mine[1], mine[3], mine[2], mine[0]]);
    expect(backupsToPrune(A, names, 2)).toEqual([mine[2], mine[0]]);
    expect(backupsToPrune(A, names, 14)).toEqual([]);
    // keep is at least one: the backup just written is never deleted.
    expect(backupsToPrune(A, names, 0)).toEqual([mine[3], mine[2], mine[0]]);
  });
});
