/**
 * backup.* for the browser preview and e2e: the same contract as Electron main, with what a
 * page can do. Writing is a download (the "folder" is the browser's downloads); the list is
 * what this page wrote since it loaded (a page cannot look into the downloads folder); opening
 * a file is a file input. Settings live in memory, like the preview's sync token.
 */
import { MAX_BACKUP_BYTES } from '../../../src-shared/backup/backup-file';
import {
  backupsOfStore,
  backupsToPrune,
  shortStoreId,
} from '../../../src-shared/backup/backup-name';
import {
  DEFAULT_BACKUP_SETTINGS,
  type BackupFileInfo,
  type BackupSettings,
} from '../../../src-shared/contracts/backup';
import type { IpcHandlers } from '../../../src-shared/contracts/ipc-dispatcher';
import { pickFile } from './pick-file';

type BackupHandlers = Pick<
  IpcHandlers,
  | 'backup.getSettings'
  | 'backup.setSettings'
  | 'backup.chooseFolder'
  | 'backup.write'
  | 'backup.list'
  | 'backup.read'
  | 'backup.openFile'
>;

/** What the preview shows as the chosen folder. */
export const BROWSER_BACKUP_FOLDER = 'Downloads';

export interface BrowserBackupIo {
  download: (name: string, bytes: Uint8Array, mime: string) => void;
  record: (channel: string, action: 'download' | 'info', detail: string) => void;
}

export function browserBackupHandlers(io: BrowserBackupIo): BackupHandlers {
  let settings: BackupSettings = { ...DEFAULT_BACKUP_SETTINGS };
  const files = new Map<string, { bytes: Uint8Array; info: BackupFileInfo }>();
  const written = new Map<string, string>();

  return {
    'backup.getSettings': async () => settings,
    'backup.setSettings': async ({ keep, daily, folder }) => {
      settings = { ...settings, keep, daily, ...(folder === null ? { folder: null } : {}) };
      return settings;
    },
    'backup.chooseFolder': async () => {
      settings = { ...settings, folder: BROWSER_BACKUP_FOLDER };
      return { chosen: true, settings };
    },
    'backup.write': async ({ storeId, fileName, bytes }) => {
      if (!settings.folder) return { status: 'failed', reason: 'no-folder' };
      io.download(fileName, bytes, 'application/octet-stream');
      io.record('backup.write', 'download', fileName);
      const info = { name: fileName, size: bytes.byteLength, modified: new Date().toISOString() };
      files.set(fileName, { bytes, info });
      written.set(shortStoreId(storeId), info.modified);
      // A download cannot be deleted; the page only forgets what keep-N would remove.
      const removed = backupsToPrune(storeId, [...files.keys()], settings.keep);
      for (const name of removed) files.delete(name);
      return { status: 'written', file: info, removed };
    },
    'backup.list': async ({ storeId }) => ({
      folder: settings.folder,
      reachable: settings.folder !== null,
      files: backupsOfStore(storeId, [...files.keys()]).map((n) => files.get(n)!.info),
      lastWrittenAt: written.get(shortStoreId(storeId)) ?? null,
    }),
    'backup.read': async ({ fileName }) => {
      if (!settings.folder) return { status: 'failed', reason: 'no-folder' };
      const f = files.get(fileName);
      return f
        ? { status: 'ok', name: fileName, bytes: f.bytes }
        : { status: 'failed', reason: 'not-found' };
    },
    'backup.openFile': async () => {
      io.record('backup.openFile', 'info', 'file input');
      return pickFile({ accept: '.qbak', maxBytes: MAX_BACKUP_BYTES, testId: 'backup-file-input' });
    },
  };
}
