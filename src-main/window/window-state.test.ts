import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, restoreBounds, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('restoreBounds', () => {
  it('reuses saved bounds that are on a connected display', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [laptop, monitor])).toEqual({
      bounds: { x: 1500, y: 100, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('recentres on the laptop when the office monitor is gone', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: true };
    const r = restoreBounds(saved, [laptop]);
    expect(r.maximized).toBe(true);
    expect(r.bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('uses the default size, centred, on first launch', () => {
    const big = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(restoreBounds(null, [big]).bounds).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1080 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
  });

  it('shrinks a saved size that no longer fits the display', () => {
    const saved = { x: 10, y: 10, width: 2500, height: 1400, maximized: false };
    expect(restoreBounds(saved, [laptop]).bounds).toMatchObject({ width: 1366, height: 728 });
  });
});

describe('window state file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qorgau-ws-'));

  it('round-trips', async () => {
    const file = path.join(dir, 'ok.json');
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it.each([
    ['missing', null],
    ['garbage', 'not json {'],
    ['wrong shape', JSON.stringify({ x: 'a' })],
    ['absurd size', JSON.stringify({ x: 0, y: 0, width: 5, height: 5, maximized: false })],
  ])('treats a %s file as no state', async (name, content) => {
    const file = path.join(dir, `${name}.json`);
    if (content !== null) writeFileSync(file, content);
    expect(await loadWindowState(file)).toBeNull();
  });
});
