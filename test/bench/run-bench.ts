import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runSize, type SizeResult } from './measure/run-size';
import { buildResults, formatResults, type BenchResults } from './report';
import { benchSizes, defaultSeed, isBenchSize, type BenchSizeName } from './sizes';

/**
 * `npm run bench [-- --sizes worker,team] [--seed N] [--no-renderer] [--no-chromium]`.
 * Each size runs in its own process (this file with `--child`), so one size's heap never counts
 * in another's and an organisation run that runs out of memory still leaves the others.
 */
interface Args {
  sizes: BenchSizeName[];
  seed: number;
  renderer: boolean;
  chromium: boolean;
  out: string;
  child?: BenchSizeName;
  resultFile?: string;
  now: Date;
}

const repoRoot = process.env.VERBIND_REPO ?? path.resolve(import.meta.dirname, '../..');
const cacheRoot = path.join(repoRoot, 'node_modules/.cache/verbind-bench');

function parseArgs(argv: readonly string[]): Args {
  const today = new Date();
  const args: Args = {
    sizes: ['worker', 'team', 'organisation'],
    seed: defaultSeed,
    renderer: true,
    chromium: true,
    out: '',
    // The data's "now": the first of this month, so a cached caseload is reused all month.
    now: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1, 12)),
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--sizes') {
      const names = value().split(',').map((name) => name.trim()).filter(Boolean);
      for (const name of names) if (!isBenchSize(name)) throw new Error(`unknown size ${name}; one of ${Object.keys(benchSizes).join(', ')}`);
      args.sizes = names as BenchSizeName[];
    } else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--now') args.now = new Date(`${value()}T12:00:00.000Z`);
    else if (flag === '--no-renderer') args.renderer = false;
    else if (flag === '--no-chromium') args.chromium = false;
    else if (flag === '--out') args.out = path.resolve(value());
    else if (flag === '--child') {
      const name = value();
      if (!isBenchSize(name)) throw new Error(`unknown size ${name}`);
      args.child = name;
    } else if (flag === '--result') args.resultFile = value();
    else throw new Error(`unknown option ${flag}`);
  }
  // The smoke size never lands in the published results.
  args.out ||= args.sizes.every((size) => size === 'tiny') ? path.join(cacheRoot, 'results-tiny.json') : path.join(repoRoot, 'bench/results.json');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
  if (Number.isNaN(args.now.getTime())) throw new Error('--now must be YYYY-MM-DD');
  return args;
}

function childArgs(args: Args, size: BenchSizeName, resultFile: string): string[] {
  return [
    '--expose-gc',
    `--max-old-space-size=${Math.max(4096, Math.floor((os.totalmem() / 1024 ** 2) * 0.75))}`,
    process.argv[1]!,
    '--child', size,
    '--result', resultFile,
    '--seed', String(args.seed),
    '--now', args.now.toISOString().slice(0, 10),
    ...(args.renderer ? [] : ['--no-renderer']),
    ...(args.chromium ? [] : ['--no-chromium']),
  ];
}

function runChild(args: Args, size: BenchSizeName, resultFile: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, childArgs(args, size, resultFile), { stdio: 'inherit', env: { ...process.env, VERBIND_REPO: repoRoot } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? -1 : code));
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await fsp.mkdir(cacheRoot, { recursive: true });
  if (args.child) {
    const result = await runSize(args.child, { seed: args.seed, now: args.now, cacheRoot, repoRoot, renderer: args.renderer, chromium: args.chromium, log: (line) => console.log(line) });
    await fsp.writeFile(args.resultFile!, JSON.stringify(result));
    return;
  }
  console.log(`Verbind benchmark: sizes ${args.sizes.join(', ')}, seed ${args.seed} (replay with --seed ${args.seed}), data up to ${args.now.toISOString().slice(0, 10)}`);
  const sizes: BenchResults['sizes'] = {};
  for (const size of args.sizes) {
    const resultFile = path.join(cacheRoot, `result-${size}-${process.pid}.json`);
    const started = performance.now();
    const code = await runChild(args, size, resultFile);
    const text = await fsp.readFile(resultFile, 'utf8').catch(() => undefined);
    await fsp.rm(resultFile, { force: true });
    sizes[size] = code === 0 && text ? { ...(JSON.parse(text) as SizeResult), measuredAt: new Date().toISOString() } : { failed: `the ${size} run exited with ${code} after ${Math.round((performance.now() - started) / 1000)} s (see its output above)` };
  }
  // Sizes not run now keep their figures from the last run with the same seed and data day, so
  // the organisation size can be run on its own without losing the others.
  const previous = await fsp
    .readFile(args.out, 'utf8')
    .then((text) => JSON.parse(text) as BenchResults)
    .catch(() => undefined);
  if (previous && previous.seed === args.seed && previous.dataNow === args.now.toISOString()) {
    for (const [size, result] of Object.entries(previous.sizes) as [BenchSizeName, SizeResult | { failed: string }][]) {
      if (size !== 'tiny' && !(size in sizes) && result && !('failed' in result)) sizes[size] = result;
    }
  }
  const ordered = Object.fromEntries((Object.keys(benchSizes) as BenchSizeName[]).filter((size) => sizes[size]).map((size) => [size, sizes[size]]));
  const results = buildResults(args.seed, args.now, ordered);
  console.log(`\n${formatResults(results)}`);
  await fsp.mkdir(path.dirname(args.out), { recursive: true });
  await fsp.writeFile(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), args.out) || args.out}`);
  if (Object.values(sizes).some((result) => result && 'failed' in result)) process.exitCode = 1;
}

await main();
