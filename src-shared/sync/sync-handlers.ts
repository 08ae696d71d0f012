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
  | 'sync.resolveConflict';

const notSignedIn = {
  ok: false as const,
  failure: { code: 'notSignedIn' as const, detail: 'this laptop is not signed in to a server' },
};

function accountOf(c: Credentials | null): Account {
  return c
    ? { signedIn: true, serverUrl: c.serverUrl, deviceId: c.deviceId, user: c.user }
    : { signedIn: false };
}

export function createSyncHandlers(
  store: CredentialStore,
  client: ServerClient,
): Pick<IpcHandlers, SyncChannel> {
  return {
    'sync.account': async () => accountOf(await store.load()),
    'sync.signIn': async ({ serverUrl, login, password, deviceName }) => {
      if (!store.available()) {
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
      await store.save(credentials);
      return { ok: true, value: accountOf(credentials) };
    },
    'sync.signOut': async () => {
      const c = await store.load();
      if (!c) return { signedOut: false };
      // Revoke on the server when it answers; forget the token here in any case.
      await client.signOut(c.serverUrl, c.token);
      await store.clear();
      return { signedOut: true };
    },
    'sync.push': async (body) => {
      const c = await store.load();
      return c ? client.push(c.serverUrl, c.token, body) : notSignedIn;
    },
    'sync.pull': async (body) => {
      const c = await store.load();
      return c ? client.pull(c.serverUrl, c.token, body) : notSignedIn;
    },
    'sync.resolveConflict': async ({ conflictId, ...body }) => {
      const c = await store.load();
      return c ? client.resolveConflict(c.serverUrl, c.token, conflictId, body) : notSignedIn;
    },
  };
}
