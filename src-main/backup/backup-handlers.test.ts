import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../src-shared/backup/backup-name';
import { ipcContract } from '../../src-shared/contracts/ipc-contract';
import { createBackupHandlers, type BackupDialogs } from './backup-handlers';

const A = 'store-aaaa';
let dir: string;
let usb: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qorgau-backup-h-'));
  usb = path.join(dir, 'USB');
  await mkdir(usb);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(dialogs: Partial<BackupDialogs> = {}, maxBytes?: number) {
  let clock = new Date('2026-11-25T08:00:00Z');
  const h = createBackupHandlers({
    settingsFile: path.join(dir, 'userData', 'backup-settings.json'),
    dialogs: {
      chooseFolder: async () => usb,
      chooseBackupFile: async () => null,
      ...dialogs,
    },
    now: () => clock,
    ...(maxBytes ? { maxBytes } : {}),
  });
  return { h, tick: (iso: string) => (clock = new Date(iso)) };
}

const bytes = new TextEncoder().encode('QORGAU-BACKUP 1\n{}\n…');

describe('backup IPC handlers', () => {
  it('start with defaults; the folder comes only from the dialog and can be forgotten', async () => {
    const { h } = setup();
    expect(await h['backup.getSettings'](undefined)).toEqual({
      folder: null,
      keep: 14,
      daily: true,
    });
    expect(await h['backup.chooseFolder'](undefined)).toEqual({
      chosen: true,
      settings: { folder: usb, keep: 14, daily: true },
    });
    expect(await h['backup.setSettings']({ keep: 5, daily: false })).toEqual({
      folder: usb,
      keep: 5,
      daily: false,
    });
    expect(await h['backup.setSettings']({ keep: 5, daily: false, folder: null })).toMatchObject({
      folder: null,
    });
    const cancelled = setup({ chooseFolder: async () => null });
    expect(await cancelled.h['backup.chooseFolder'](undefined)).toMatchObject({ chosen: false });

    const args = ipcContract['backup.setSettings'].args;
    expect(args.safeParse({ keep: 5, daily: true, folder: '/etc' }).success).toBe(false);
    expect(args.safeParse({ keep: 0, daily: true }).success).toBe(false);
    expect(args.safeParse({ keep: 61, daily: true }).success).toBe(false);
    expect(args.safeParse({ keep: 60, daily: true }).success).toBe(true);
  });

  it('a damaged settings file reads as the defaults', async () => {
    await mkdir(path.join(dir, 'userData'));
    await writeFile(path.join(dir, 'userData', 'backup-settings.json'), '{"folder": 42');
    const { h } = setup();
    expect(await h['backup.getSettings'](undefined)).toEqual({
      folder: null,
      keep: 14,
      daily: true,
    });
  });

  it('writes, keeps N, lists, and remembers the last backup while the stick is out', async () => {
    const { h, tick } = setup();
    const fileName = backupFileName(A, '2026-11-25T08:00:00Z');
    expect(await h['backup.write']({ storeId: A, fileName, bytes })).toEqual({
      status: 'failed',
      reason: 'no-folder',
    });
    await h['backup.chooseFolder'](undefined);
    await h['backup.setSettings']({ keep: 2, daily: true });
    for (const day of ['23', '24', '25']) {
      tick(`2026-11-${day}T08:00:00Z`);
      const r = await h['backup.write']({
        storeId: A,
        fileName: backupFileName(A, `2026-11-${day}T08:00:00Z`),
        bytes,
      });
      expect(r.status).toBe('written');
    }
    const list = await h['backup.list']({ storeId: A });
    expect(list).toMatchObject({
      folder: usb,
      reachable: true,
      lastWrittenAt: '2026-11-25T08:00:00.000Z',
    });
    expect(list.files.map((f) => f.name)).toEqual([
      backupFileName(A, '2026-11-25T08:00:00Z'),
      backupFileName(A, '2026-11-24T08:00:00Z'),
    ]);
    const read = await h['backup.read']({ fileName: list.files[0]!.name });
    expect(read.status === 'ok' && new TextDecoder().decode(read.bytes)).toBe(
      'QORGAU-BACKUP 1\n{}\n…',
    );

    await rm(usb, { recursive: true }); // the stick is pulled
    expect(await h['backup.list']({ storeId: A })).toEqual({
      folder: usb,
      reachable: false,
      files: [],
      lastWrittenAt: '2026-11-25T08:00:00.000Z',
    });
    expect(await h['backup.write']({ storeId: A, fileName, bytes })).toEqual({
      status: 'failed',
      reason: 'folder-missing',
    });
    expect(await h['backup.read']({ fileName })).toMatchObject({ reason: 'folder-missing' });
  });

  it('the contract refuses paths and names of another store before any handler runs', () => {
    const read = ipcContract['backup.read'].args;
    for (const bad of ['../x.qbak', '..\\x.qbak', '/etc/passwd', 'C:\\x.qbak', '.x.qbak', 'x.txt'])
      expect(read.safeParse({ fileName: bad }).success).toBe(false);
    expect(read.safeParse({ fileName: 'Арман копия.qbak' }).success).toBe(true);
    const write = ipcContract['backup.write'].args;
    const mine = backupFileName(A, '2026-11-25T08:00:00Z');
    expect(write.safeParse({ storeId: A, fileName: mine, bytes }).success).toBe(true);
    expect(write.safeParse({ storeId: 'store-bbbb', fileName: mine, bytes }).success).toBe(false);
    expect(write.safeParse({ storeId: A, fileName: `../${mine}`, bytes }).success).toBe(false);
    expect(write.safeParse({ storeId: A, fileName: mine, bytes: new Uint8Array(0) }).success).toBe(
      false,
    );
  });

  it('opens a picked file anywhere, up to the size cap; cancel is not an error', async () => {
    const picked = path.join(dir, 'Жүктеулер', 'old-laptop.qbak');
    await mkdir(path.dirname(picked));
    await writeFile(picked, bytes);
    const { h } = setup({ chooseBackupFile: async () => picked });
    const r = await h['backup.openFile'](undefined);
    expect(r).toMatchObject({ status: 'ok', name: 'old-laptop.qbak' });
    expect(await setup()['h']['backup.openFile'](undefined)).toEqual({ status: 'cancelled' });
    const small = setup({ chooseBackupFile: async () => picked }, 10);
    expect(await small.h['backup.openFile'](undefined)).toEqual({
      status: 'failed',
      reason: 'too-large',
    });
    expect(await readdir(usb)).toEqual([]);
  });
});
