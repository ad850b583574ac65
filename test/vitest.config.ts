import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@locales': path.join(root, 'locales') } },
  test: {
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
