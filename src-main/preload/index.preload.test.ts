/**
 * Checklist item 20: the preload hands the page one object of functions over fixed channels,
 * never ipcRenderer or any of its methods. Runs the real preload against a stand-in Electron.
 */
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../src-shared/contracts/ipc-channels';

const fake = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  const ipcRenderer = {
    invoke: vi.fn(async (_channel: string, _args?: unknown) => ({ ok: true, value: null })),
    on: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  return {
    exposed,
    ipcRenderer,
    electron: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
      ipcRenderer,
    },
  };
});
vi.mock('electron', () => fake.electron);

/** Every value reachable from the exposed object, depth-first. */
function reachable(v: unknown, out: unknown[] = []): unknown[] {
  out.push(v);
  if (v && typeof v === 'object') for (const x of Object.values(v)) reachable(x, out);
  return out;
}

describe('preload', () => {
  it('exposes window.api only: functions over the contract channels, never ipcRenderer', async () => {
    await import('./index.preload');
    expect(fake.exposed.map(([key]) => key)).toEqual(['api']);
    const api = fake.exposed[0]![1] as Record<string, Record<string, (a?: unknown) => unknown>>;

    const values = reachable(api);
    const ipcParts = [fake.ipcRenderer, ...Object.values(fake.ipcRenderer)];
    for (const v of values) expect(ipcParts).not.toContain(v);
    const leaves = values.filter((v) => typeof v !== 'object');
    expect(leaves.every((v) => typeof v === 'function')).toBe(true);

    for (const channel of ipcChannels) {
      const [area, fn] = channel.split('.') as [string, string];
      await api[area]![fn]!({ probe: channel });
      expect(fake.ipcRenderer.invoke.mock.calls.at(-1)?.[0]).toBe(channel);
    }
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(ipcChannels.length);
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
