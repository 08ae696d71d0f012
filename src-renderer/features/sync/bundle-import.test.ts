import { describe, expect, it, vi } from 'vitest';
import type { PushResult, StoredOutcome } from '../../../src-shared/contracts/sync/protocol';
import { rejectionReasons } from '../../../src-shared/contracts/sync/rejections';
import type { RelayResponse } from '../../../src-shared/sync/bundle';
import {
  build,
  keys,
  officeKeyOf,
  opsOf,
  USER,
} from '../../../src-shared/sync/bundle/bundle.fixture';
import type { Relay } from '../../bundle/import-bundle';
import { SyncCallError } from '../../sync/ipc-transport';
import { importFromFile, type ImportDeps } from './bundle-import';

const TRUST = {
  keyId: '0000-0000-0000-0000',
  registeredVia: 'relay' as const,
  registeredAt: '2026-12-01T08:00:00.000Z',
  registeredNow: true,
};

/** A server that remembers every opId, as push-decide does: a known op is a duplicate. */
function fakeServer(refuse: (entityId: string) => boolean = () => false) {
  const seen = new Map<string, StoredOutcome>();
  let revision = 0;
  const relay = vi.fn<Relay>(async (req) => {
    const results = req.ops.map((op): PushResult => {
      const before = seen.get(op.opId);
      if (before) return { opId: op.opId, outcome: 'duplicate', original: before };
      if (refuse(op.entityId)) {
        seen.set(op.opId, 'rejected');
        return {
          opId: op.opId,
          outcome: 'rejected',
          code: 'version-gap',
          reason: rejectionReasons['version-gap'],
        };
      }
      seen.set(op.opId, 'accepted');
      return { opId: op.opId, outcome: 'accepted', version: 1, revision: ++revision };
    });
    return { ok: true, results, revision, signingKey: TRUST } as RelayResponse;
  });
  return { relay, seen };
}

const picked = (bytes: Uint8Array) => async () =>
  ({
    ok: true,
    value: { status: 'ok', name: 'qorgau-2026-11-25-0193a1b2.qorgau-bundle', bytes },
  }) as const;

describe('importFromFile', () => {
  it('relays the file and gives a receipt; the same file again comes back all duplicate', async () => {
    const k = await keys();
    const file = (await build(k, opsOf(4))).bytes;
    const server = fakeServer((id) => id === 'c-2');
    const chosen = vi.fn();
    const progress: number[] = [];
    const deps: ImportDeps = {
      openFile: picked(file),
      officeKey: async () => officeKeyOf(k),
      relay: server.relay,
      options: {
        advocateName: (id) => (id === USER ? 'Әбілқасымова Гүлнәр' : null),
        onProgress: (done) => progress.push(done),
      },
      onChosen: chosen,
    };
    const first = await importFromFile(deps);
    expect(first.status).toBe('done');
    if (first.status !== 'done') return;
    expect(chosen).toHaveBeenCalledWith('qorgau-2026-11-25-0193a1b2.qorgau-bundle');
    expect(progress.at(-1)).toBe(4);
    expect(first.receipt).toMatchObject({
      fileName: 'qorgau-2026-11-25-0193a1b2.qorgau-bundle',
      advocate: { userId: USER, name: 'Әбілқасымова Гүлнәр' },
      totals: { total: 4, accepted: 3, rejected: 1, duplicate: 0, conflict: 0 },
    });

    const again = await importFromFile(deps);
    expect(again.status === 'done' && again.receipt.totals).toEqual({
      total: 4,
      accepted: 0,
      rejected: 0,
      duplicate: 4,
      conflict: 0,
    });
    expect(server.seen.size).toBe(4);
  });

  it('refuses a file sealed for another office with its message, sending nothing', async () => {
    const k = await keys();
    const other = await keys();
    const server = fakeServer();
    const r = await importFromFile({
      openFile: picked((await build(k)).bytes),
      officeKey: async () => officeKeyOf(other),
      relay: server.relay,
    });
    expect(r).toEqual({
      status: 'failed',
      failure: { kind: 'bundle', key: 'bundle.errors.not-for-this-office' },
    });
    expect(server.relay).not.toHaveBeenCalled();
  });

  it('turns a relay without a connection into the sync problem', async () => {
    const k = await keys();
    const r = await importFromFile({
      openFile: picked((await build(k)).bytes),
      officeKey: async () => officeKeyOf(k),
      relay: async () => {
        throw new SyncCallError({ code: 'offline', detail: 'ECONNREFUSED' });
      },
    });
    expect(r).toMatchObject({
      status: 'failed',
      failure: { kind: 'sync', problem: { code: 'offline' } },
    });
  });

  it('stops at a cancelled dialog, an unreadable file or a missing office key', async () => {
    const officeKey = vi.fn(async () => null);
    const relay = vi.fn();
    const base = { officeKey, relay: relay as unknown as Relay };
    expect(
      await importFromFile({
        ...base,
        openFile: async () => ({ ok: true, value: { status: 'cancelled' } }),
      }),
    ).toEqual({ status: 'cancelled' });
    expect(
      await importFromFile({
        ...base,
        openFile: async () => ({ ok: true, value: { status: 'failed', reason: 'too-large' } }),
      }),
    ).toEqual({ status: 'open-failed', reason: 'too-large' });
    expect(
      await importFromFile({
        ...base,
        openFile: async () => ({ ok: false, error: { code: 'internal', message: 'boom' } }),
      }),
    ).toEqual({ status: 'host-error', code: 'internal' });
    expect(officeKey).not.toHaveBeenCalled();
    expect(await importFromFile({ ...base, openFile: picked(new Uint8Array([1, 2, 3])) })).toEqual({
      status: 'no-office-key',
    });
    expect(relay).not.toHaveBeenCalled();
  });
});
