import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Gives each test its own real folder under the OS temp folder and removes it afterwards.
 * Call once at module level: `const makeTempDir = useTempDirs();`.
 */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-unit-'));
    made.push(dir);
    return dir;
  };
}

/** Every file below `root` (relative path with `/` → bytes as base64), for before/after comparisons. */
export async function snapshotTree(root: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await fsp.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else snapshot[path.relative(root, full).split(path.sep).join('/')] = (await fsp.readFile(full)).toString('base64');
    }
  };
  await walk(root);
  return snapshot;
}

/** Relative paths of every file below `root`, sorted. */
export async function listTree(root: string): Promise<string[]> {
  return Object.keys(await snapshotTree(root)).sort();
}

export async function exists(file: string): Promise<boolean> {
  return fsp.access(file).then(
    () => true,
    () => false,
  );
}
