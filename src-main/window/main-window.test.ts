/**
 * main-window.main.ts against a stand-in Electron: the window it opens gets exactly the
 * preferences of window-options.ts and loads the packaged app, whatever the environment says.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mainWebPreferences } from './window-options';

const fake = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; loaded: string[] }[] = [];
  class BrowserWindow {
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      created.push({ options, loaded: this.loaded });
    }
    once() {}
    on() {}
    async loadURL(url: string) {
      this.loaded.push(url);
    }
  }
  return {
    created,
    userData: '',
    electron: {
      app: { isPackaged: true, getPath: () => fake.userData },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      BrowserWindow,
    },
  };
});
vi.mock('electron', () => fake.electron);

describe('createMainWindow (packaged)', () => {
  it('opens one window with the tested webPreferences, loading app://qorgau', async () => {
    fake.userData = mkdtempSync(path.join(tmpdir(), 'qorgau-window-'));
    const { createMainWindow } = await import('./main-window.main');
    await createMainWindow('http://localhost:5173/');

    expect(fake.created).toHaveLength(1);
    const { options, loaded } = fake.created[0]!;
    const prefs = options['webPreferences'] as Record<string, unknown>;
    // The module sits beside this test, so its __dirname is this folder.
    expect(prefs).toEqual(
      mainWebPreferences({ mainBundleDir: import.meta.dirname, packaged: true }),
    );
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, devTools: false });
    expect(loaded).toEqual(['app://qorgau/index.html']);
  });
});
