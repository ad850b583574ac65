import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

// The renderer is built once and loaded from `app://verbind/` in Electron and from the browser host;
// relative asset paths make both work from the same files.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: { alias: { '@locales': path.join(here, '../locales') } },
  build: {
    outDir: path.join(here, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
