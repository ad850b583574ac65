import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { nodeWriteFs, syncFolder, writeFileAtomic, type WriteFs } from './atomic-write';
import { createLogAppender } from './log-appender';

/**
 * The one door through which every stored byte passes, relative to the data folder. Services never
 * touch `fs` for stored data; encryption at rest wraps this object without changing them.
 */
export interface DataFiles {
  readonly root: string;
  /** The bytes of a file, or undefined when it does not exist. */
  read(relative: string): Promise<Uint8Array | undefined>;
  /** Durable, atomic replacement of the whole file. */
  write(relative: string, data: Uint8Array): Promise<void>;
  /** File names (not folders) directly inside a folder; empty when the folder does not exist. */
  list(relativeFolder: string): Promise<string[]>;
  /** Every file in the data folder, as relative paths with `/`, for whole-folder work (encrypting, backups). */
  listAll(): Promise<string[]>;
  /** Moves a file aside, never over an existing one; returns where it went. */
  moveAside(relative: string, relativeFolder: string): Promise<string>;
  ensureFolder(relativeFolder: string): Promise<void>;
  /** Deletes a file durably; a missing file is not an error. */
  remove(relative: string): Promise<void>;
  /** Appends bytes and syncs them to disk before resolving (for append-only logs). */
  append(relative: string, data: Uint8Array): Promise<void>;
  /** Deletes a folder and everything in it durably (an old backup); a missing folder is not an error. */
  removeFolder(relativeFolder: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

function resolveInside(root: string, relative: string): string {
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) throw new Error(`Path escapes the data folder: ${relative}`);
  return full;
}

export function createDataFiles(root: string, writeFs: WriteFs = nodeWriteFs): DataFiles {
  const base = path.resolve(root);
  const logs = createLogAppender(writeFs);

  return {
    root: base,
    async read(relative) {
      try {
        return await fsp.readFile(resolveInside(base, relative));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    // async, so an escaping path is a rejected promise like every other failure, never a throw.
    async write(relative, data) {
      await writeFileAtomic(resolveInside(base, relative), data, writeFs);
    },
    async list(relativeFolder) {
      try {
        const entries = await fsp.readdir(resolveInside(base, relativeFolder), { withFileTypes: true });
        return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    async listAll() {
      const entries = await fsp.readdir(base, { withFileTypes: true, recursive: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort();
    },
    async moveAside(relative, relativeFolder) {
      await logs.release(resolveInside(base, relative));
      const folder = resolveInside(base, relativeFolder);
      await fsp.mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      for (let n = 0; ; n++) {
        const name = `${stamp}${n ? `-${n}` : ''}-${path.basename(relative)}`;
        const target = path.join(folder, name);
        try {
          // Copy-exclusive then unlink, not rename: rename would replace an existing file.
          await fsp.copyFile(resolveInside(base, relative), target, constants.COPYFILE_EXCL);
          // The copy must be on disk before the original goes, or a power cut could lose both.
          const copy = await fsp.open(target, 'r+');
          try {
            await copy.sync();
          } finally {
            await copy.close();
          }
          await fsp.unlink(resolveInside(base, relative));
          return path.relative(base, target);
        } catch (error) {
          if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') continue;
          throw error;
        }
      }
    },
    async ensureFolder(relativeFolder) {
      await fsp.mkdir(resolveInside(base, relativeFolder), { recursive: true });
    },
    async remove(relative) {
      const full = resolveInside(base, relative);
      await logs.release(full);
      try {
        await writeFs.unlink(full);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      // Only a synced folder makes the removal durable: an undone import must not return after a power cut.
      await syncFolder(writeFs, path.dirname(full));
    },
    // async, so an escaping path is a rejected promise like every other failure, never a throw.
    async append(relative, data) {
      await logs.append(resolveInside(base, relative), data);
    },
    async removeFolder(relativeFolder) {
      const full = resolveInside(base, relativeFolder);
      if (full === base) throw new Error('Refusing to remove the data folder itself');
      await logs.releaseUnder(full);
      await fsp.rm(full, { recursive: true, force: true });
      await syncFolder(writeFs, path.dirname(full));
    },
  };
}
