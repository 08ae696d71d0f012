/**
 * The main window's webPreferences as plain data (no electron import), so every
 * security-relevant flag is unit-tested (window-options.test.ts) although the window itself
 * needs Electron. main-window.main.ts passes this object to `new BrowserWindow` unchanged;
 * docs/security.md maps each flag to Electron's checklist.
 */
import path from 'node:path';
import { APP_ENTRY_URL } from '../protocol/app-origin';

/** The flags we set, each spelled out even where it is Electron's default: a default can change. */
export interface MainWebPreferences {
  preload: string;
  contextIsolation: boolean;
  sandbox: boolean;
  nodeIntegration: boolean;
  nodeIntegrationInWorker: boolean;
  nodeIntegrationInSubFrames: boolean;
  webSecurity: boolean;
  allowRunningInsecureContent: boolean;
  experimentalFeatures: boolean;
  webviewTag: boolean;
  navigateOnDragDrop: boolean;
  safeDialogs: boolean;
  spellcheck: boolean;
  devTools: boolean;
}

/** The preload as electron-vite builds it: out/preload/index.js next to out/main/index.js. */
export function preloadPath(mainBundleDir: string): string {
  return path.join(mainBundleDir, '../preload/index.js');
}

/**
 * What the window loads: always the packaged app from app://qorgau, except in an unpackaged
 * development run with electron-vite's dev server (whose origin trusted-origins.ts then trusts).
 */
export function windowEntryUrl(packaged: boolean, devServerUrl: string | undefined): string {
  return !packaged && devServerUrl ? devServerUrl : APP_ENTRY_URL;
}

export function mainWebPreferences(opts: {
  mainBundleDir: string;
  packaged: boolean;
}): MainWebPreferences {
  return {
    preload: preloadPath(opts.mainBundleDir),
    // The page's scripts never share a JavaScript world with the preload or Electron.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // No <webview>: the app never embeds other sites (security.main.ts also blocks attaching one).
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // A packaged build has no DevTools: on a shared office laptop its console would read every
    // decrypted record of an unlocked register, whatever the app's own screens allow.
    devTools: !opts.packaged,
  };
}
