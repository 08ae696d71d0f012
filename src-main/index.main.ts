/**
 * Electron main entry. Kept thin on purpose: every decision lives in a pure, tested module
 * (security-policy, resolve-app-request, dispatcher, handlers, window-state); this file
 * only wires them to Electron.
 */
import { origins } from './security/security.main'; // first: guards before any window
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createDispatcher } from '../src-shared/contracts/ipc-dispatcher';
import { createServerClient } from '../src-shared/sync/server-client';
import { electronBackupHandlers } from './backup/backup.main';
import { electronBundleFileHandlers } from './bundle/bundle-file.main';
import { createHandlers } from './ipc/handlers';
import { electronOsServices } from './ipc/handlers.main';
import { registerIpc } from './ipc/register.main';
import { log } from './log.main';
import { registerAppScheme, serveRenderer } from './protocol/app-protocol.main';
import { isTrustedSender } from './security/security-policy';
import { electronCredentialStore } from './sync/credential-store.main';
import { nodeHttpSend } from './sync/node-http-send';
import { createSyncHandlers } from '../src-shared/sync/sync-handlers';
import { createMainWindow } from './window/main-window.main';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
let mainWindow: BrowserWindow | null = null;

app.setName('Qorgau');
if (process.platform === 'win32') app.setAppUserModelId('kz.qorgau.desktop');

// One running copy: two copies writing the same IndexedDB would race each other.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    serveRenderer(path.join(__dirname, '../renderer'));
    registerIpc(
      createDispatcher(
        createHandlers(
          electronOsServices(() => mainWindow),
          createSyncHandlers(electronCredentialStore, createServerClient(nodeHttpSend())),
          electronBackupHandlers(() => mainWindow),
          electronBundleFileHandlers(() => mainWindow),
        ),
        {
          isTrustedSender: (sender) => isTrustedSender(sender, origins),
          log,
        },
      ),
    );
    mainWindow = await createMainWindow(devServerUrl);
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        void createMainWindow(devServerUrl).then((w) => (mainWindow = w));
      }
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
