/**
 * An office sync server (live-server.ts) with the browser build served in front of it: `vite
 * preview` of dist-web forwards `/v1` to the server, so the page reaches it on its own origin
 * and its CSP (`connect-src 'self'`) stays as shipped, with no CORS on the server. The advocate
 * types the preview's origin into the sign-in form.
 *
 * global-setup.ts starts one for the whole run; a test file that needs an office of its own
 * (its accounts' laptops must be the first ones the server sees) starts another.
 */
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { startLiveServer, type LiveAccounts } from './live-server';

export interface SyncStack {
  /** The preview's page URL. */
  baseUrl: string;
  /** What the advocate types as the server address: the preview's origin (proxied). */
  syncServerUrl: string;
  /** The sync server itself, for Node-side checks (another device of the same user). */
  syncDirectUrl: string;
  accounts: LiveAccounts;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function startSyncStack(): Promise<SyncStack> {
  const syncServer = await startLiveServer();
  let server: PreviewServer;
  try {
    server = await preview({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.web.config.mts'),
      logLevel: 'warn',
      preview: {
        host: '127.0.0.1',
        port: 0,
        strictPort: false,
        open: false,
        // Overrides QORGAU_WEB_SYNC_PROXY from the developer's shell: the run uses its own server.
        proxy: { '/v1': { target: syncServer.url } },
      },
    });
  } catch (error) {
    await syncServer.close();
    throw error;
  }
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    await syncServer.close();
    throw new Error('vite preview did not report a URL');
  }
  return {
    baseUrl: url,
    syncServerUrl: new URL(url).origin,
    syncDirectUrl: syncServer.url,
    accounts: syncServer.accounts,
    close: async () => {
      // The preview first: it holds proxied connections to the sync server.
      await server.close();
      await syncServer.close();
    },
  };
}
