/**
 * The benchmark's page: the renderer's modules bundled the way the browser build bundles
 * them (same define, production minification), but with its own entry that exposes the
 * repositories as window.__bench. Neither React nor the CSP plugin: the bench has no UI and
 * no inline script. Output goes to bench/dist (ignored by git, like every dist/).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, 'web');

export default defineConfig({
  root,
  base: './',
  plugins: [],
  define: { __QORGAU_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // The PDF chunk (pdfmake) is large by nature and loaded lazily; no need to warn about it.
    chunkSizeWarningLimit: 4_000,
    rolldownOptions: { input: { index: resolve(root, 'index.html') } },
  },
  preview: { host: '127.0.0.1' },
});
