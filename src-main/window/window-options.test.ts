import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWebPreferences, preloadPath, windowEntryUrl } from './window-options';

const mainBundleDir = path.resolve('/opt/Qorgau/resources/app.asar/out/main');

describe.each([true, false])('main window webPreferences (packaged: %s)', (packaged) => {
  const prefs = mainWebPreferences({ mainBundleDir, packaged });

  it('isolates the page from the preload and Electron (checklist 3) and sandboxes it (4)', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives no renderer Node.js: page, workers, sub-frames (checklist 2)', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security and refuses insecure content (checklist 6, 8)', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('turns on no experimental or Blink features (checklist 9, 10)', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('has no <webview> tag and no navigation by dropping a file (checklist 11–13)', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the built preload next to the main bundle', () => {
    expect(prefs.preload).toBe(path.resolve('/opt/Qorgau/resources/app.asar/out/preload/index.js'));
  });
});

describe('DevTools', () => {
  it('are off in a packaged build and on in a development run', () => {
    expect(mainWebPreferences({ mainBundleDir, packaged: true }).devTools).toBe(false);
    expect(mainWebPreferences({ mainBundleDir, packaged: false }).devTools).toBe(true);
  });
});

describe('preloadPath', () => {
  it('is the preload entry electron-vite writes (out/preload/index.js)', () => {
    expect(path.relative(path.resolve('/x/out'), preloadPath(path.resolve('/x/out/main')))).toBe(
      path.join('preload', 'index.js'),
    );
  });
});

describe('windowEntryUrl', () => {
  it('is always app://qorgau in a packaged build, even if the environment names a dev server', () => {
    expect(windowEntryUrl(true, 'http://localhost:5173/')).toBe('app://qorgau/index.html');
    expect(windowEntryUrl(true, undefined)).toBe('app://qorgau/index.html');
  });
  it('is the dev server only in an unpackaged run that names one', () => {
    expect(windowEntryUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(windowEntryUrl(false, undefined)).toBe('app://qorgau/index.html');
  });
});
