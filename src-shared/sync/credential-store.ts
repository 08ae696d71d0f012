/**
 * Where the device token lives: only in the main process, encrypted by the OS (safeStorage:
 * DPAPI on Windows, Keychain on macOS, the Secret Service on Linux) in a file in the app's
 * user-data folder. The renderer can ask whether the laptop is signed in, never for the token.
 */
import type { UserSummary } from '../contracts/sync/account';

export interface Credentials {
  serverUrl: string;
  deviceId: string;
  token: string;
  user: UserSummary;
}

export interface CredentialStore {
  /** False when the OS offers no encryption (e.g. Linux without a keyring): nothing is saved. */
  available(): boolean;
  load(): Promise<Credentials | null>;
  save(credentials: Credentials): Promise<void>;
  clear(): Promise<void>;
}

/** One memory store per user scope (the browser preview, tests of several users). */
export function scopedMemoryStores(): (scope: string) => CredentialStore {
  const stores = new Map<string, CredentialStore>();
  return (scope) => {
    let s = stores.get(scope);
    if (!s) stores.set(scope, (s = memoryCredentialStore()));
    return s;
  };
}

/** For tests and the browser preview: forgotten when the process ends. */
export function memoryCredentialStore(): CredentialStore {
  let kept: Credentials | null = null;
  return {
    available: () => true,
    load: async () => kept,
    save: async (c) => {
      kept = c;
    },
    clear: async () => {
      kept = null;
    },
  };
}
