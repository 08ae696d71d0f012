/**
 * The browser build: the same renderer with the browser test host installed as
 * window.api (src-renderer/host/browser). Used by the e2e tests and `npm run web`
 * (a preview in any browser — not the product). Never part of the Electron build.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMetaPlugin } from './scripts/csp-meta-plugin';
import pkg from './package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, 'src-renderer/web');

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  define: { __QORGAU_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: resolve(root, 'index.html') } },
  },
  preview: { host: '127.0.0.1' },
});
