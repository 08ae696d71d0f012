// The sync bench's own tests (data generator, helpers): `npx vitest run --config bench/vitest.config.mts`.
// Not part of `npm test`: the bench is a developer tool, and its tests follow it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
