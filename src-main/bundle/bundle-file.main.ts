/** Electron's side of bundle.openFile: the OS open dialog, filtered to offline bundles. */
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { BUNDLE_FILE_EXTENSION } from '../../src-shared/sync/bundle/bundle-format';
import { createBundleFileHandlers, type BundleFileHandlers } from './bundle-file-handlers';

export function electronBundleFileHandlers(
  getWindow: () => BrowserWindow | null,
): BundleFileHandlers {
  return createBundleFileHandlers({
    chooseBundleFile: async () => {
      const options: OpenDialogOptions = {
        defaultPath: app.getPath('documents'),
        properties: ['openFile'],
        filters: [{ name: 'Qorgau offline bundle', extensions: [BUNDLE_FILE_EXTENSION] }],
      };
      const win = getWindow();
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  });
}
