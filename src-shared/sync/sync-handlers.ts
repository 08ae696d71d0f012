/**
 * The sync IPC channels. The renderer's engine calls push and pull with plain protocol bodies;
 * this side adds the server address and the device token, which never leave the main process,
 * and answers with an outcome value (never a throw) the renderer can show in kk/ru.
 */
import type { Account } from '../contracts/sync/account';
import type { IpcHandlers } from '../contracts/ipc-dispatcher';
import type { ServerClient } from './server-client';
import type { CredentialStore, Credentials } from './credential-store';

type SyncChannel =
  | 'sync.account'
  | 'sync.signIn'
  | 'sync.signOut'
  | 'sync.push'
  | 'sync.pull'
  | 'sync.resolveConflict'
  | 'sync.useStore'
  | 'sync.relay'
  | 'sync.registerSigningKey';

const notSignedIn = {
  ok: false as const,
  failure: { code: 'notSignedIn' as const, detail: 'this laptop is not signed in to a server' },
};

function accountOf(c: Credentials | null): Account {
  return c
    ? { signedIn: true, serverUrl: c.serverUrl, deviceId: c.deviceId, user: c.user }
    : { signedIn: false };
}

/** The store used before the renderer names one: the first user's (src-renderer/db DB_NAME). */
export const DEFAULT_CREDENTIAL_SCOPE = 'qorgau';

/**
 * `stores` gives the credential store of a user's scope (their database name), so two people
 * on one laptop never sync with each other's token; a single store (tests) serves every scope.
 */
export function createSyncHandlers(
  stores: CredentialStore | ((scope: string) => CredentialStore),
  client: ServerClient,
): Pick<IpcHandlers, SyncChannel> {
  let scope = DEFAULT_CREDENTIAL_SCOPE;
  const scoped = typeof stores === 'function' ? stores : () => stores;
  // A getter, so every call reads the scope in force when it runs.
  const handle = {
    get store() {
      return scoped(scope);
    },
  };
  return {
    'sync.useStore': async ({ store }) => {
      scope = store;
      return { store };
    },
    'sync.account': async () => accountOf(await handle.store.load()),
    'sync.signIn': async ({ serverUrl, login, password, deviceName }) => {
      if (!handle.store.available()) {
        return {
          ok: false,
          failure: {
            code: 'credentialStoreUnavailable',
            detail: 'the OS offers no encryption for the device token; it is not stored in clear',
          },
        };
      }
      const r = await client.signIn(serverUrl, { login, password, deviceName });
      if (!r.ok) return r;
      const credentials: Credentials = {
        serverUrl,
        deviceId: r.value.deviceId,
        token: r.value.token,
        user: r.value.user,
      };
      await handle.store.save(credentials);
      return { ok: true, value: accountOf(credentials) };
    },
    'sync.signOut': async () => {
      const c = await handle.store.load();
      if (!c) return { signedOut: false };
      // Revoke on the server when it answers; forget the token here in any case.
      await client.signOut(c.serverUrl, c.token);
      await handle.store.clear();
      return { signedOut: true };
    },
    'sync.push': async (body) => {
      const c = await handle.store.load();
      return c ? client.push(c.serverUrl, c.token, body) : notSignedIn;
    },
    'sync.pull': async (body) => {
      const c = await handle.store.load();
      return c ? client.pull(c.serverUrl, c.token, body) : notSignedIn;
    },
    'sync.resolveConflict': async ({ conflictId, ...body }) => {
      const c = await handle.store.load();
      return c ? client.resolveConflict(c.serverUrl, c.token, conflictId, body) : notSignedIn;
    },
    'sync.relay': async (body) => {
      const c = await handle.store.load();
      return c ? client.relay(c.serverUrl, c.token, body) : notSignedIn;
    },
    'sync.registerSigningKey': async (body) => {
      const c = await handle.store.load();
      return c ? client.registerSigningKey(c.serverUrl, c.token, body) : notSignedIn;
    },
  };
}
