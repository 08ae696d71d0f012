/**
 * The app's SyncTransport: the main process does the HTTP with the device token
 * (window.api.sync.push / pull, docs/sync.md "Transport"). A failure outcome becomes a
 * SyncTransportError carrying the failure code (and when to try again), so the engine changes
 * nothing and the scheduler can decide between "retry later" and "sign in again".
 */
import type { Envelope } from '../../src-shared/contracts/envelope';
import type { SyncFailure } from '../../src-shared/contracts/sync/account';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import { SyncTransportError, type SyncTransport } from './transport';

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

/** A transport failure the scheduler can read: the code and the server's wait, if any. */
export class SyncCallError extends SyncTransportError {
  constructor(readonly failure: SyncFailure) {
    super(`sync: ${failure.code}: ${failure.detail}`, undefined, failure.code);
    this.name = 'SyncCallError';
  }
}

function unwrap<T>(envelope: Envelope<Outcome<T>>): T {
  if (!envelope.ok) {
    throw new SyncCallError({
      code: 'badResponse',
      detail: `IPC ${envelope.error.code}: ${envelope.error.message}`,
    });
  }
  if (!envelope.value.ok) throw new SyncCallError(envelope.value.failure);
  return envelope.value.value;
}

export function ipcSyncTransport(api: () => QorgauApi): SyncTransport {
  return {
    push: async (req) => unwrap(await api().sync.push(req)),
    pull: async (req) => unwrap(await api().sync.pull(req)),
    resolveConflict: async (conflictId, req) =>
      unwrap(await api().sync.resolveConflict({ conflictId, ...req })),
  };
}
