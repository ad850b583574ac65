import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

/** Font files as their bytes, as esbuild's `binary` loader gives them to the built app (main/build/bundle.mjs). */
function fontBytes(): Plugin {
  return {
    name: 'verbind-font-bytes',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ttf')) return null;
      const base64 = readFileSync(file).toString('base64');
      return `export default new Uint8Array(Buffer.from(${JSON.stringify(base64)}, 'base64'));`;
    },
  };
}

export default defineConfig({
  root,
  plugins: [fontBytes()],
  resolve: { alias: { '@locales': path.join(root, 'locales') } },
  test: {
    // Vitest leaves one core free by default, which on a 2-core CI runner means one worker for the
    // whole suite; the main vitest process is mostly idle, so both cores run test files.
    maxWorkers: 2,
    reporters: ['default', path.join(root, 'test/support/summary-reporter.ts')],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/main/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          // See setup.ts: room for a busy 2-core runner; a failing check still fails, only later.
          testTimeout: 15_000,
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', 'test/packaging/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each spec starts its own host and Chromium; two cores cannot run many at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
