/**
 * The app's relay and key registration: the main process does the HTTP with the device token
 * (`window.api.sync.relay` / `registerSigningKey`), as for push. A failure outcome becomes a
 * SyncCallError carrying the failure code and the server's kk/ru message, like the sync engine's.
 */
import type { Envelope } from '../../src-shared/contracts/envelope';
import type { SyncFailure } from '../../src-shared/contracts/sync/account';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';
import type {
  RegisterSigningKeyResponse,
  SigningPublicKeyInfo,
} from '../../src-shared/sync/bundle';
import { SyncCallError } from '../sync/ipc-transport';
import type { Relay } from './import-bundle';

type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SyncFailure };

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

export function ipcRelay(api: () => QorgauApi): Relay {
  return async (req) => unwrap(await api().sync.relay(req));
}

/** Registers this device's signing key with the server (when online; idempotent). */
export async function ipcRegisterSigningKey(
  api: () => QorgauApi,
  key: SigningPublicKeyInfo,
): Promise<RegisterSigningKeyResponse> {
  return unwrap(await api().sync.registerSigningKey({ keyId: key.keyId, spki: key.spki }));
}
