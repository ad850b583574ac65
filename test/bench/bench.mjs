// npm run bench [-- --sizes worker,team|tiny] [--seed N] [--no-renderer] [--no-chromium]
// Builds the app when the renderer is measured (it runs against dist/), bundles the bench with
// esbuild (the repository's way of running TypeScript outside vitest) and runs it on Node.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../support/bundle-for-node.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const outfile = path.join(root, 'node_modules/.cache/verbind-tests/run-bench.mjs');

if (!args.includes('--no-renderer') && !args.includes('--child')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(path.dirname(outfile), { recursive: true });
await bundleForNode({ root, entry: path.join(root, 'test/bench/run-bench.ts'), outfile });
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, VERBIND_REPO: root } });
process.exit(run.status ?? 1);
