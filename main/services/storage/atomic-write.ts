import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * The file-system calls a durable write makes, injectable so tests can fail the k-th write, sync
 * or rename and simulate power cuts.
 */
export interface WriteFs {
  open(file: string, flags: string | number): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export const nodeWriteFs: WriteFs = {
  open: (file, flags) => fsp.open(file, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
};

// Windows virus scanners and indexers briefly hold files open; a rename then fails with these.
const transientRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const renameAttempts = 8;

let tempCounter = 0;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

async function renameWithRetry(fs: WriteFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= renameAttempts || !transientRenameCodes.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
    }
  }
}

/** Makes the rename itself durable; not every OS lets a folder be opened for syncing (Windows). */
export async function syncFolder(fs: WriteFs, folder: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a whole file so that, after a crash or power cut, it holds either the old bytes or the
 * new ones, never a mix: temp file, fsync, rename, fsync of the folder. lowdb's own writer skips
 * the fsync, which survives a killed process but not a power cut. Resolves only once durable;
 * on any failure the old file is untouched and the temp file is removed.
 */
export async function writeFileAtomic(file: string, data: Uint8Array, fs: WriteFs = nodeWriteFs): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, file);
    renamed = true;
    await syncFolder(fs, path.dirname(file));
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
