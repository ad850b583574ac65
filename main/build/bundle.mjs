// Bundles the main-process entry points with esbuild. npm packages stay external (they ship in the
// packaged app's node_modules); the preload is fully bundled because a sandboxed preload cannot
// require anything but `electron`.
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
// Fonts for PDF documents are bundled as bytes (`binary` loader): no path to resolve at run time,
// the same in the browser host and inside the packaged app's asar.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
  loader: { '.ttf': 'binary' },
};

await Promise.all([
  build({ ...common, entryPoints: ['main/shell/main.ts'], outfile: 'dist/main/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['main/shell/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['main/host/cli.ts'], outfile: 'dist/host/host.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['main/host/bridge.ts'], outfile: 'dist/host/bridge.js', format: 'iife', platform: 'browser', target: 'chrome120' }),
]);
