/**
 * How a failed run is remembered in `syncState.lastError`: the engine's class of failure and,
 * for a transport failure, the transport's own code, so the reason survives a restart.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { SYNC_STATE_ID } from '../db/rows';
import { syncOnce } from './engine';
import { SyncTransportError, type SyncTransport } from './transport';

const dbs: AppDb[] = [];
async function boundDb(): Promise<AppDb> {
  const db = new AppDb(`engine-errors-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  await db.syncState.put({ id: SYNC_STATE_ID, serverRevision: 0, serverUserId: 'u1' });
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const failing = (error: Error): SyncTransport => ({
  push: () => Promise.reject(error),
  pull: () => Promise.reject(error),
});

describe('lastError after a failed run', () => {
  it('keeps the transport code (e.g. a revoked token) beside the engine class', async () => {
    const db = await boundDb();
    const transport = failing(new SyncTransportError('HTTP 401', 401, 'unauthenticated'));
    await expect(syncOnce(db, transport, { now: () => 't1' })).rejects.toMatchObject({
      code: 'transport',
    });
    expect((await db.syncState.get(SYNC_STATE_ID))!.lastError).toEqual({
      code: 'transport',
      message: 'HTTP 401',
      at: 't1',
      transportCode: 'unauthenticated',
    });
  });

  it('has no transport code when the transport gave none, and is cleared by a good run', async () => {
    const db = await boundDb();
    await expect(syncOnce(db, failing(new SyncTransportError('request lost')))).rejects.toThrow();
    const { lastError } = (await db.syncState.get(SYNC_STATE_ID))!;
    expect(lastError).toMatchObject({ code: 'transport', message: 'request lost' });
    expect(lastError).not.toHaveProperty('transportCode');

    const empty: SyncTransport = {
      push: () => Promise.reject(new Error('nothing to push: never called')),
      pull: ({ since }) =>
        Promise.resolve({
          ok: true,
          changes: [],
          conflicts: [],
          marks: [],
          revision: since,
          more: false,
        }),
    };
    await syncOnce(db, empty);
    expect((await db.syncState.get(SYNC_STATE_ID))!.lastError).toBeUndefined();
  });
});
