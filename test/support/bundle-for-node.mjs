// Bundles a TypeScript entry point into one ES module for plain Node: the repository's way of
// running TypeScript outside vitest (the benchmark, the kill -9 test's writer). npm packages stay
// external, so the bundle must live inside the repository to resolve them; fonts come as bytes.
import { build } from 'esbuild';

/** @param {{ root: string, entry: string, outfile: string }} options */
export async function bundleForNode({ root, entry, outfile }) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    loader: { '.ttf': 'binary' },
    absWorkingDir: root,
  });
}
