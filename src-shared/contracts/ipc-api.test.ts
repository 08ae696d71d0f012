import { describe, expect, it } from 'vitest';
import { buildApi } from './ipc-api';
import { ipcChannels } from './ipc-channels';
import { ipcContract } from './ipc-contract';

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
      // Channels without arguments pass none, whatever the caller hands in.
      const noArgs = ipcContract[channel].args.safeParse(undefined).success;
      expect(calls.at(-1)).toEqual([channel, noArgs ? undefined : arg]);
    }
  });
});
