/**
 * For the e2e tests: starts the office sync server (support/live-server.ts) on a free loopback
 * port, serves the browser build (dist-web, from `npm run build:web`) on another, and checks up
 * front that Chromium exists.
 *
 * The preview forwards `/v1` to the sync server, so the page reaches the server on its own
 * origin: the page's CSP (`connect-src 'self'`) stays as shipped and the server needs no CORS.
 * The advocate types the preview's address into the sign-in form.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/find-chromium';
import { startLiveServer, type LiveAccounts, type LiveServer } from './support/live-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** What the advocate types as the server address: the preview's origin (proxied). */
    syncServerUrl: string;
    /** The sync server itself, for Node-side checks (another device of the same user). */
    syncDirectUrl: string;
    syncAccounts: LiveAccounts;
  }
}

let server: PreviewServer | undefined;
let syncServer: LiveServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, 'dist-web/index.html'))) {
    throw new Error('dist-web is missing: run `npm run build:web` first (npm test does).');
  }
  syncServer = await startLiveServer();
  try {
    server = await preview({
      root,
      configFile: path.join(root, 'vite.web.config.mts'),
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
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('syncServerUrl', new URL(url).origin);
  project.provide('syncDirectUrl', syncServer.url);
  project.provide('syncAccounts', syncServer.accounts);
}

export async function teardown(): Promise<void> {
  // The preview first: it holds proxied connections to the sync server.
  await server?.close();
  await syncServer?.close();
}
