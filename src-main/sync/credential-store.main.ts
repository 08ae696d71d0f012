/**
 * The Electron credential store: safeStorage-encrypted JSON in userData, one file per user of
 * the laptop — `sync-device.bin` for the first user's store (as before issue 9, so an existing
 * sign-in is kept), `sync-device-<store>.bin` for the others. `scope` is validated by the
 * contract (letters, digits, dashes), so it cannot name a path.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { CredentialStore, Credentials } from '../../src-shared/sync/credential-store';
import { DEFAULT_CREDENTIAL_SCOPE } from '../../src-shared/sync/sync-handlers';

export function electronCredentialStore(scope: string = DEFAULT_CREDENTIAL_SCOPE): CredentialStore {
  const name = scope === DEFAULT_CREDENTIAL_SCOPE ? 'sync-device.bin' : `sync-device-${scope}.bin`;
  const file = () => path.join(app.getPath('userData'), name);
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    load: async () => {
      if (!safeStorage.isEncryptionAvailable()) return null;
      try {
        return JSON.parse(safeStorage.decryptString(await readFile(file()))) as Credentials;
      } catch {
        // Missing, or written under another OS account: the laptop has to sign in again.
        return null;
      }
    },
    save: async (c) => {
      if (!safeStorage.isEncryptionAvailable())
        throw new Error('the OS offers no encryption for the device token');
      await writeFile(file(), safeStorage.encryptString(JSON.stringify(c)), { mode: 0o600 });
    },
    clear: () => rm(file(), { force: true }),
  };
}
