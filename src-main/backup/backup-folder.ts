/**
 * The backup folder on disk: plain Node, no Electron, so tests run it against a temp dir.
 *
 * Rules this file keeps:
 * - A backup is written atomically: a temp file in the same folder, flushed to the device
 *   (a USB stick may be pulled right after), then renamed over the final name. A reader never
 *   sees half a file under a backup's name.
 * - Pruning keeps the newest N files *of this store* (by the name's time) and never touches any
 *   other file: another user's backups, the person's own documents, files renamed by hand.
 * - Reads accept a plain name inside the folder only, a regular file (no symlink out of it),
 *   no larger than the cap.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  backupsOfStore,
  backupsToPrune,
  isBackupOf,
  shortStoreId,
} from '../../src-shared/backup/backup-name';
import type { BackupFileInfo } from '../../src-shared/contracts/backup';

export type FolderProblem =
  'folder-missing' | 'not-found' | 'too-large' | 'bad-name' | 'write-failed' | 'read-failed';

/** An expected failure, reported to the renderer as a reason; `detail` is an OS error code. */
export class BackupFolderError extends Error {
  constructor(
    readonly problem: FolderProblem,
    readonly detail?: string,
  ) {
    super(`backup folder: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'BackupFolderError';
  }
}

const errnoOf = (e: unknown) => (e as { code?: unknown }).code;
const codeOf = (e: unknown) => {
  const code = errnoOf(e);
  return typeof code === 'string' ? code : undefined;
};

async function requireFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch {
    // ENOENT (the stick was pulled), EACCES, ENOTDIR: all "the folder is not reachable".
  }
  throw new BackupFolderError('folder-missing');
}

/** A single name in the folder: never a path, never a dot file, never "..". */
function plainName(name: string): string {
  if (
    name.length === 0 ||
    name !== path.basename(name) ||
    /[\\/]/.test(name) ||
    name.startsWith('.') ||
    name.includes('..')
  )
    throw new BackupFolderError('bad-name');
  return name;
}

async function infoOf(folder: string, name: string): Promise<BackupFileInfo> {
  const s = await stat(path.join(folder, name));
  return { name, size: s.size, modified: s.mtime.toISOString() };
}

/** Temp files of an interrupted write of this store, older than this, are cleaned up. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const tempPrefix = (storeId: string) => `.qorgau-${shortStoreId(storeId)}-`;

async function removeQuietly(file: string): Promise<boolean> {
  try {
    await unlink(file);
    return true;
  } catch (e) {
    return errnoOf(e) === 'ENOENT';
  }
}

export async function writeBackupFile(input: {
  folder: string;
  storeId: string;
  fileName: string;
  bytes: Uint8Array;
  keep: number;
  now?: Date;
}): Promise<{ file: BackupFileInfo; removed: string[] }> {
  const { folder, storeId, bytes, keep } = input;
  const fileName = plainName(input.fileName);
  if (!isBackupOf(storeId, fileName)) throw new BackupFolderError('bad-name');
  await requireFolder(folder);

  const target = path.join(folder, fileName);
  const temp = path.join(folder, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await removeQuietly(temp);
    // Pulled out mid-write: say so, rather than "write failed".
    if (errnoOf(e) === 'ENOENT') throw new BackupFolderError('folder-missing');
    throw new BackupFolderError('write-failed', codeOf(e));
  }

  const file = await infoOf(folder, fileName);
  const names = await readdir(folder);
  const removed: string[] = [];
  for (const name of backupsToPrune(storeId, names, keep)) {
    if (await removeQuietly(path.join(folder, name))) removed.push(name);
  }
  const now = (input.now ?? new Date()).getTime();
  for (const name of names.filter((n) => n.startsWith(tempPrefix(storeId)) && n.endsWith('.tmp'))) {
    const s = await stat(path.join(folder, name)).catch(() => null);
    if (s && now - s.mtime.getTime() > STALE_TEMP_MS) await removeQuietly(path.join(folder, name));
  }
  return { file, removed };
}

/** This store's backups, newest first. Throws `folder-missing`. */
export async function listBackupFiles(folder: string, storeId: string): Promise<BackupFileInfo[]> {
  await requireFolder(folder);
  const names = backupsOfStore(storeId, await readdir(folder));
  const out: BackupFileInfo[] = [];
  for (const name of names) {
    const info = await infoOf(folder, name).catch(() => null); // deleted meanwhile
    if (info) out.push(info);
  }
  return out;
}

async function readCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  let s;
  try {
    s = await lstat(file);
  } catch (e) {
    throw new BackupFolderError(errnoOf(e) === 'ENOENT' ? 'not-found' : 'read-failed', codeOf(e));
  }
  if (!s.isFile()) throw new BackupFolderError('not-found');
  if (s.size > maxBytes) throw new BackupFolderError('too-large');
  try {
    const bytes = await readFile(file);
    // Grown since the check: the cap holds for what was actually read.
    if (bytes.byteLength > maxBytes) throw new BackupFolderError('too-large');
    // A view on a shared (pooled) buffer would carry its neighbours across IPC: copy it out.
    const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
    return whole ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
  } catch (e) {
    if (e instanceof BackupFolderError) throw e;
    throw new BackupFolderError('read-failed', codeOf(e));
  }
}

/** A .qbak file in the folder by its plain name (any store's: restoring another is allowed). */
export async function readBackupFromFolder(
  folder: string,
  fileName: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const name = plainName(fileName);
  await requireFolder(folder);
  const file = path.resolve(folder, name);
  // Belt and braces after plainName: the resolved file must sit directly in the folder.
  if (path.dirname(file) !== path.resolve(folder)) throw new BackupFolderError('bad-name');
  return readCapped(file, maxBytes);
}

/** A file the person picked in the open dialog (anywhere: a new laptop, a stick). */
export function readPickedFile(file: string, maxBytes: number): Promise<Uint8Array> {
  return readCapped(file, maxBytes);
}
