/**
 * Serves the browser build (dist-web, from `npm run build:web`) on a free localhost port
 * for the e2e tests, and checks up front that Chromium exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  const root = path.resolve(import.meta.dirname, '../..');
  if (!existsSync(path.join(root, 'dist-web/index.html'))) {
    throw new Error('dist-web is missing: run `npm run build:web` first (npm test does).');
  }
  server = await preview({
    root,
    configFile: path.join(root, 'vite.web.config.mts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
