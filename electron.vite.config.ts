/**
 * Three explicit builds: main and preload (Node/Electron, CommonJS) and the renderer.
 * Nothing is externalised: every library is bundled, so `dependencies` in package.json
 * stays empty and app.asar holds only out/ (no node_modules).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMetaPlugin } from './scripts/csp-meta-plugin';
import { rendererChunkGroups } from './scripts/renderer-chunks';
import pkg from './package.json';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'src-main/index.main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.preload.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), cspMetaPlugin()],
    define: { __QORGAU_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
        output: { codeSplitting: { groups: rendererChunkGroups } },
      },
    },
  },
});
