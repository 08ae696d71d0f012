/**
 * For the e2e tests: starts the office sync server and the browser build (dist-web, from
 * `npm run build:web`) in front of it (support/sync-stack.ts), and checks up front that
 * Chromium exists.
 *
 * The preview forwards `/v1` to the sync server, so the page reaches the server on its own
 * origin: the page's CSP (`connect-src 'self'`) stays as shipped and the server needs no CORS.
 * The advocate types the preview's address into the sign-in form.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/find-chromium';
import type { LiveAccounts } from './support/live-server';
import { startSyncStack, type SyncStack } from './support/sync-stack';

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

let stack: SyncStack | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, 'dist-web/index.html'))) {
    throw new Error('dist-web is missing: run `npm run build:web` first (npm test does).');
  }
  stack = await startSyncStack();
  project.provide('baseUrl', stack.baseUrl);
  project.provide('chromiumPath', chromiumPath);
  project.provide('syncServerUrl', stack.syncServerUrl);
  project.provide('syncDirectUrl', stack.syncDirectUrl);
  project.provide('syncAccounts', stack.accounts);
}

export async function teardown(): Promise<void> {
  await stack?.close();
}
