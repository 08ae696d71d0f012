/** The one application window: sandboxed, isolated, restored where it was left. */
import path from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { loadWindowState, MIN_SIZE, restoreBounds, saveWindowState } from './window-state';
import { mainWebPreferences, windowEntryUrl } from './window-options';

export async function createMainWindow(devServerUrl: string | undefined): Promise<BrowserWindow> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const { bounds, maximized } = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );

  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Qorgau',
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    // Every security flag comes from window-options.ts (unit-tested, docs/security.md).
    webPreferences: mainWebPreferences({ mainBundleDir: __dirname, packaged: app.isPackaged }),
  });

  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    void saveWindowState(stateFile, { ...b, maximized: win.isMaximized() }).catch(() => {});
  });

  await win.loadURL(windowEntryUrl(app.isPackaged, devServerUrl));
  return win;
}
