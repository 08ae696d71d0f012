import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, shortStoreId } from '../../src-shared/backup/backup-name';
import {
  BackupFolderError,
  listBackupFiles,
  readBackupFromFolder,
  writeBackupFile,
} from './backup-folder';

const A = 'store-aaaa';
const B = 'store-bbbb';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qorgau-backup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const nameAt = (store: string, day: number) =>
  backupFileName(store, `2026-11-${String(day).padStart(2, '0')}T08:00:00Z`);

async function problem(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BackupFolderError);
  return (e as BackupFolderError).problem;
}

describe('backup folder', () => {
  it('writes atomically: the exact bytes under the final name, no temp file left', async () => {
    const fileName = nameAt(A, 25);
    const { file, removed } = await writeBackupFile({
      folder: dir,
      storeId: A,
      fileName,
      bytes: bytesOf('QORGAU-BACKUP 1\n…'),
      keep: 14,
    });
    expect(file).toMatchObject({ name: fileName, size: bytesOf('QORGAU-BACKUP 1\n…').length });
    expect(removed).toEqual([]);
    expect(await readFile(path.join(dir, fileName), 'utf8')).toBe('QORGAU-BACKUP 1\n…');
    expect(await readdir(dir)).toEqual([fileName]);
  });

  it('a failed write leaves neither a temp file nor a damaged target', async () => {
    const fileName = nameAt(A, 25);
    // A folder squatting on the name: the rename must fail.
    await mkdir(path.join(dir, fileName));
    await writeFile(path.join(dir, fileName, 'keep.txt'), 'x');
    expect(
      await problem(
        writeBackupFile({ folder: dir, storeId: A, fileName, bytes: bytesOf('x'), keep: 3 }),
      ),
    ).toBe('write-failed');
    expect(await readdir(dir)).toEqual([fileName]);
    expect(await readdir(path.join(dir, fileName))).toEqual(['keep.txt']);
  });

  it("keeps the newest N of this store's backups and never touches other files", async () => {
    const foreign = [
      nameAt(B, 1), // another person's backup on the same stick
      nameAt(B, 2),
      'Отчёт за ноябрь.pdf',
      'my-copy.qbak', // a backup renamed by hand
      `qorgau-${shortStoreId(A)}-20261301-080000.qbak`, // not a real date: not ours
      `.qorgau-${shortStoreId(B)}-x.tmp`, // another store's temp file
    ];
    for (const f of foreign) await writeFile(path.join(dir, f), 'theirs');
    for (const day of [20, 22, 21, 23, 24]) {
      await writeBackupFile({
        folder: dir,
        storeId: A,
        fileName: nameAt(A, day),
        bytes: bytesOf(`day ${day}`),
        keep: 3,
      });
    }
    const all = await readdir(dir);
    expect(all.filter((n) => !foreign.includes(n)).sort()).toEqual(
      [nameAt(A, 22), nameAt(A, 23), nameAt(A, 24)].sort(),
    );
    for (const f of foreign) expect(await readFile(path.join(dir, f), 'utf8')).toBe('theirs');
    expect((await listBackupFiles(dir, A)).map((f) => f.name)).toEqual([
      nameAt(A, 24),
      nameAt(A, 23),
      nameAt(A, 22),
    ]);
    expect((await listBackupFiles(dir, B)).map((f) => f.name)).toEqual([
      nameAt(B, 2),
      nameAt(B, 1),
    ]);
  });

  it("cleans up this store's stale temp files from an interrupted write, only those", async () => {
    const stale = `.${nameAt(A, 20)}.abcdef.tmp`;
    const fresh = `.${nameAt(A, 21)}.123456.tmp`;
    for (const f of [stale, fresh]) await writeFile(path.join(dir, f), 'half');
    const old = new Date('2026-11-20T00:00:00Z');
    await utimes(path.join(dir, stale), old, old);
    await writeBackupFile({
      folder: dir,
      storeId: A,
      fileName: nameAt(A, 25),
      bytes: bytesOf('x'),
      keep: 3,
      now: new Date('2026-11-25T08:00:00Z'),
    });
    const names = await readdir(dir);
    expect(names).not.toContain(stale);
    expect(names).toContain(fresh); // may be a write in progress right now
  });

  it('reports a missing folder (the USB stick was pulled) as such, not as a crash', async () => {
    const gone = path.join(dir, 'USB');
    const write = writeBackupFile({
      folder: gone,
      storeId: A,
      fileName: nameAt(A, 25),
      bytes: bytesOf('x'),
      keep: 3,
    });
    expect(await problem(write)).toBe('folder-missing');
    expect(await problem(listBackupFiles(gone, A))).toBe('folder-missing');
    expect(await problem(readBackupFromFolder(gone, nameAt(A, 25), 1000))).toBe('folder-missing');
    // A file where the folder should be is not a folder either.
    await writeFile(gone, 'not a folder');
    expect(await problem(listBackupFiles(gone, A))).toBe('folder-missing');
  });

  it('refuses names that are paths, files outside the folder, links and oversized files', async () => {
    const outside = path.join(os.tmpdir(), `qorgau-outside-${Date.now()}.qbak`);
    await writeFile(outside, 'secret elsewhere');
    try {
      const inside = path.join(dir, 'inside');
      await mkdir(inside);
      for (const bad of [
        `../${path.basename(outside)}`,
        outside,
        '..',
        '.hidden.qbak',
        'sub/x.qbak',
        'sub\\x.qbak',
        '',
      ])
        expect(await problem(readBackupFromFolder(inside, bad, 1000))).toBe('bad-name');
      await symlink(outside, path.join(inside, 'link.qbak'));
      expect(await problem(readBackupFromFolder(inside, 'link.qbak', 1000))).toBe('not-found');
      expect(await problem(readBackupFromFolder(inside, 'absent.qbak', 1000))).toBe('not-found');
      await writeFile(path.join(inside, 'big.qbak'), new Uint8Array(2000));
      expect(await problem(readBackupFromFolder(inside, 'big.qbak', 1000))).toBe('too-large');
      await writeFile(path.join(inside, 'ok.qbak'), 'fine');
      expect(new TextDecoder().decode(await readBackupFromFolder(inside, 'ok.qbak', 1000))).toBe(
        'fine',
      );
      // Writing another store's name, or a path, is refused before anything is written.
      expect(
        await problem(
          writeBackupFile({
            folder: inside,
            storeId: A,
            fileName: nameAt(B, 1),
            bytes: bytesOf('x'),
            keep: 3,
          }),
        ),
      ).toBe('bad-name');
      expect(
        await problem(
          writeBackupFile({
            folder: inside,
            storeId: A,
            fileName: `../${nameAt(A, 1)}`,
            bytes: bytesOf('x'),
            keep: 3,
          }),
        ),
      ).toBe('bad-name');
      expect((await readdir(inside)).sort()).toEqual(['big.qbak', 'link.qbak', 'ok.qbak']);
      expect(await readdir(dir)).toEqual(['inside']);
    } finally {
      await rm(outside, { force: true });
    }
  });
});
