/** The one application window: sandboxed, isolated, restored where it was left. */
import path from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { loadWindowState, MIN_SIZE, restoreBounds, saveWindowState } from './window-state';

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
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });

  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    void saveWindowState(stateFile, { ...b, maximized: win.isMaximized() }).catch(() => {});
  });

  await win.loadURL(!app.isPackaged && devServerUrl ? devServerUrl : APP_ENTRY_URL);
  return win;
}
