import { describe, expect, it } from 'vitest';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import { ipcSyncTransport, SyncCallError } from './ipc-transport';

const apiWith = (pull: unknown) => () =>
  ({ sync: { pull: async () => pull } }) as unknown as QorgauApi;

describe('IPC sync transport', () => {
  it('hands back the server answer', async () => {
    const value = { ok: true, changes: [], conflicts: [], revision: 0, more: false };
    const t = ipcSyncTransport(apiWith({ ok: true, value: { ok: true, value } }));
    expect(await t.pull({ since: 0 })).toEqual(value);
  });

  it('turns a failure outcome into a SyncCallError with the code and the wait', async () => {
    const failure = { code: 'tooManyAttempts', detail: 'x', retryAfterSeconds: 60 };
    const t = ipcSyncTransport(apiWith({ ok: true, value: { ok: false, failure } }));
    const error = await t.pull({ since: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncCallError);
    expect((error as SyncCallError).failure).toEqual(failure);
    expect((error as SyncCallError).code).toBe('tooManyAttempts');
  });

  it('an IPC-level error is a SyncCallError too, never a raw throw', async () => {
    const t = ipcSyncTransport(
      apiWith({ ok: false, error: { code: 'forbidden', message: 'not our renderer' } }),
    );
    await expect(t.pull({ since: 0 })).rejects.toBeInstanceOf(SyncCallError);
  });
});
