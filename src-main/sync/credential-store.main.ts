/** The Electron credential store: safeStorage-encrypted JSON in userData/sync-device.bin. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, safeStorage } from 'electron';
import type { CredentialStore, Credentials } from '../../src-shared/sync/credential-store';

export function electronCredentialStore(): CredentialStore {
  const file = () => path.join(app.getPath('userData'), 'sync-device.bin');
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
