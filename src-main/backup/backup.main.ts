/** Electron's side of backups: the settings file in userData and the OS dialogs. */
import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { createBackupHandlers, type BackupHandlers } from './backup-handlers';
import { BACKUP_SETTINGS_FILE } from './backup-settings';

export function electronBackupHandlers(getWindow: () => BrowserWindow | null): BackupHandlers {
  const show = async (options: OpenDialogOptions): Promise<string | null> => {
    const win = getWindow();
    const r = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  return createBackupHandlers({
    settingsFile: path.join(app.getPath('userData'), BACKUP_SETTINGS_FILE),
    dialogs: {
      chooseFolder: (current) =>
        show({
          defaultPath: current ?? app.getPath('documents'),
          properties: ['openDirectory', 'createDirectory'],
        }),
      chooseBackupFile: () =>
        show({
          defaultPath: app.getPath('documents'),
          properties: ['openFile'],
          filters: [{ name: 'Qorgau backup', extensions: ['qbak'] }],
        }),
    },
  });
}
