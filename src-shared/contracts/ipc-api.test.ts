import { describe, expect, it } from 'vitest';
import { buildApi } from './ipc-api';
import { ipcChannels } from './ipc-channels';

describe('window.api shape', () => {
  it('has exactly one function per contract channel, calling that channel', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(async (channel, args) => {
      calls.push([channel, args]);
      return undefined as never;
    }) as unknown as Record<string, Record<string, (a?: unknown) => Promise<unknown>>>;

    const exposed = Object.entries(api).flatMap(([area, fns]) =>
      Object.keys(fns).map((fn) => `${area}.${fn}`),
    );
    expect(exposed.sort()).toEqual([...ipcChannels].sort());

    for (const channel of ipcChannels) {
      const [area, fn] = channel.split('.') as [string, string];
      const arg = { marker: channel };
      await api[area]![fn]!(arg);
      expect(calls.at(-1)).toEqual([channel, channel === 'app.info' ? undefined : arg]);
    }
  });
});
