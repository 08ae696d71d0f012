/**
 * The browser build: the same renderer with the browser test host installed as
 * window.api (src-renderer/host/browser). Used by the e2e tests and `npm run web`
 * (a preview in any browser — not the product). Never part of the Electron build.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { cspMetaPlugin } from './scripts/csp-meta-plugin';
import { rendererChunkGroups } from './scripts/renderer-chunks';
import pkg from './package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, 'src-renderer/web');

/**
 * QORGAU_WEB_SYNC_PROXY=http://127.0.0.1:8787 forwards the preview's `/v1` to that sync server
 * (docs/sync.md, Transport), so the page signs in with the preview's own address: same origin,
 * so the page's CSP (`connect-src 'self'`) stays as shipped and the server needs no CORS.
 */
function syncProxy(): Record<string, ProxyOptions> | undefined {
  const value = process.env['QORGAU_WEB_SYNC_PROXY']?.trim();
  if (!value) return undefined;
  let target: URL;
  try {
    target = new URL(value);
  } catch {
    throw new Error(`QORGAU_WEB_SYNC_PROXY=${value} is not a URL (e.g. http://127.0.0.1:8787)`);
  }
  if (!['http:', 'https:'].includes(target.protocol) || target.pathname !== '/') {
    throw new Error(
      `QORGAU_WEB_SYNC_PROXY=${value}: give the server's origin only, e.g. http://127.0.0.1:8787`,
    );
  }
  return { '/v1': { target: target.origin } };
}

const proxy = syncProxy();

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  define: { __QORGAU_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: resolve(root, 'index.html') },
      output: { codeSplitting: { groups: rendererChunkGroups } },
    },
  },
  ...(proxy ? { server: { proxy } } : {}),
  preview: { host: '127.0.0.1', ...(proxy ? { proxy } : {}) },
});
