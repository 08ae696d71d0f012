/**
 * One chunk for zod and the switch that makes it jitless (src-renderer/app/zod-jitless.ts).
 * Without it, a lazily loaded module (the report PDFs import record schemas) makes the bundler
 * split zod and the contracts into a shared chunk that runs before the entry has switched zod's
 * code generation off; zod then probes `new Function`, which the CSP (script-src 'self')
 * reports as a violation. Used by the Electron renderer build and the browser build alike.
 */
export const rendererChunkGroups = [
  { name: 'zod', test: /node_modules[\\/]zod[\\/]|src-renderer[\\/]app[\\/]zod-jitless/ },
];
