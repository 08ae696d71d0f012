/** Electron's implementation of the OS services the IPC handlers need. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { OsServices } from './handlers';

export function electronOsServices(getWindow: () => BrowserWindow | null): OsServices {
  return {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      arch: process.arch,
      locale: app.getLocale(),
      versions: {
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      },
    }),
    chooseSavePath: async ({ defaultName, filter }) => {
      const options = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [filter],
      };
      const win = getWindow();
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    tempDir: async () => {
      const dir = path.join(app.getPath('temp'), 'qorgau-print');
      await mkdir(dir, { recursive: true });
      return dir;
    },
    openPath: (filePath) => shell.openPath(filePath),
    openExternal: (url) => shell.openExternal(url),
  };
}
