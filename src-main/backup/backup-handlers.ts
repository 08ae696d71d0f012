/**
 * The backup.* IPC channels over the folder (backup-folder.ts) and the settings file
 * (backup-settings.ts). No Electron here: the dialogs come in as functions, so vitest runs the
 * handlers against a temp dir; backup.main.ts supplies Electron's dialogs and userData.
 */
import { MAX_BACKUP_BYTES } from '../../src-shared/backup/backup-file';
import { shortStoreId } from '../../src-shared/backup/backup-name';
import type { IpcHandlers } from '../../src-shared/contracts/ipc-dispatcher';
import {
  BackupFolderError,
  listBackupFiles,
  readBackupFromFolder,
  readPickedFile,
  writeBackupFile,
} from './backup-folder';
import { BackupSettingsStore } from './backup-settings';

export type BackupHandlers = Pick<
  IpcHandlers,
  | 'backup.getSettings'
  | 'backup.setSettings'
  | 'backup.chooseFolder'
  | 'backup.write'
  | 'backup.list'
  | 'backup.read'
  | 'backup.openFile'
>;

export interface BackupDialogs {
  /** The OS folder picker; the chosen absolute path, or null when cancelled. */
  chooseFolder: (current: string | null) => Promise<string | null>;
  /** The OS open dialog for one .qbak file; its path, or null when cancelled. */
  chooseBackupFile: () => Promise<string | null>;
}

export interface BackupHandlerDeps {
  settingsFile: string;
  dialogs: BackupDialogs;
  now?: () => Date;
  maxBytes?: number;
}

/** An expected folder failure as the contract's reason; anything else stays an error. */
function folderProblem(e: unknown): { problem: string; detail?: string } {
  if (!(e instanceof BackupFolderError)) throw e;
  return e.detail ? { problem: e.problem, detail: e.detail } : { problem: e.problem };
}

export function createBackupHandlers(deps: BackupHandlerDeps): BackupHandlers {
  const store = new BackupSettingsStore(deps.settingsFile);
  const now = deps.now ?? (() => new Date());
  const maxBytes = deps.maxBytes ?? MAX_BACKUP_BYTES;

  return {
    'backup.getSettings': () => store.settings(),

    'backup.setSettings': async ({ keep, daily, folder }) => {
      const next = await store.update((s) => ({
        ...s,
        keep,
        daily,
        ...(folder === null ? { folder: null } : {}),
      }));
      return { folder: next.folder, keep: next.keep, daily: next.daily };
    },

    'backup.chooseFolder': async () => {
      const current = await store.settings();
      const chosen = await deps.dialogs.chooseFolder(current.folder);
      if (!chosen) return { chosen: false, settings: current };
      const next = await store.update((s) => ({ ...s, folder: chosen }));
      return {
        chosen: true,
        settings: { folder: next.folder, keep: next.keep, daily: next.daily },
      };
    },

    'backup.write': async ({ storeId, fileName, bytes }) => {
      const { folder, keep } = await store.settings();
      if (!folder) return { status: 'failed', reason: 'no-folder' };
      try {
        const written = await writeBackupFile({
          folder,
          storeId,
          fileName,
          bytes,
          keep,
          now: now(),
        });
        const at = now().toISOString();
        await store.update((s) => ({
          ...s,
          written: { ...s.written, [shortStoreId(storeId)]: at },
        }));
        return { status: 'written', ...written };
      } catch (e) {
        const { problem, detail } = folderProblem(e);
        // bad-name cannot pass the contract's schema; reported as a failed write all the same.
        const reason = problem === 'folder-missing' ? 'folder-missing' : 'write-failed';
        return { status: 'failed', reason, ...(detail ? { detail } : {}) };
      }
    },

    'backup.list': async ({ storeId }) => {
      const s = await store.load();
      const lastWrittenAt = s.written[shortStoreId(storeId)] ?? null;
      if (!s.folder) return { folder: null, reachable: false, files: [], lastWrittenAt };
      try {
        const files = await listBackupFiles(s.folder, storeId);
        return { folder: s.folder, reachable: true, files, lastWrittenAt };
      } catch (e) {
        folderProblem(e);
        return { folder: s.folder, reachable: false, files: [], lastWrittenAt };
      }
    },

    'backup.read': async ({ fileName }) => {
      const { folder } = await store.settings();
      if (!folder) return { status: 'failed', reason: 'no-folder' };
      try {
        const bytes = await readBackupFromFolder(folder, fileName, maxBytes);
        return { status: 'ok', name: fileName, bytes };
      } catch (e) {
        const { problem, detail } = folderProblem(e);
        const reason =
          problem === 'folder-missing' || problem === 'too-large' || problem === 'not-found'
            ? problem
            : problem === 'bad-name'
              ? 'not-found'
              : 'read-failed';
        return { status: 'failed', reason, ...(detail ? { detail } : {}) };
      }
    },

    'backup.openFile': async () => {
      const file = await deps.dialogs.chooseBackupFile();
      if (!file) return { status: 'cancelled' };
      try {
        const bytes = await readPickedFile(file, maxBytes);
        // Only the name goes back: the renderer has no use for where the file lives.
        return { status: 'ok', name: file.split(/[\\/]/).pop() ?? 'backup.qbak', bytes };
      } catch (e) {
        const { problem, detail } = folderProblem(e);
        const reason = problem === 'too-large' ? 'too-large' : 'read-failed';
        return { status: 'failed', reason, ...(detail ? { detail } : {}) };
      }
    },
  };
}
