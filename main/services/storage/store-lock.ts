import * as fsp from 'node:fs/promises';
import path from 'node:path';

export class StoreLockedError extends Error {
  constructor(readonly holderPid: number) {
    super(`The data folder is in use by another Verbind process (pid ${holderPid})`);
    this.name = 'StoreLockedError';
  }
}

export interface StoreLock {
  release(): Promise<void>;
}

/** Lock files this process holds: a lock with our own pid is only stale if it is not in here. */
const heldByThisProcess = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Creates `file` holding `content`, or fails with EEXIST, without a moment in which another process
 * could see it empty: the content is written to a private temp file that is then hard-linked into
 * place (link never replaces). Where links are not supported, falls back to an exclusive create.
 */
async function createWithContent(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(temp, content);
  try {
    await fsp.link(temp, file);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    await fsp.writeFile(file, content, { flag: 'wx' });
  } finally {
    await fsp.rm(temp, { force: true });
  }
}

/**
 * One process at a time may write a data folder: a second window, or the browser host next to the
 * desktop app, would otherwise overwrite each other's edits. A lock left by a crashed process
 * (its pid no longer runs) is taken over.
 */
export async function acquireStoreLock(dataDir: string): Promise<StoreLock> {
  const lockFile = path.resolve(dataDir, 'verbind.lock');
  // Reserved before the first await, so two opens in this process cannot both get through.
  if (heldByThisProcess.has(lockFile)) throw new StoreLockedError(process.pid);
  heldByThisProcess.add(lockFile);
  try {
    await fsp.mkdir(dataDir, { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await createWithContent(lockFile, String(process.pid));
        let held = true;
        return {
          // Releasing twice must not remove the lock of whoever took the folder after us.
          release: async () => {
            if (!held) return;
            held = false;
            heldByThisProcess.delete(lockFile);
            await fsp.rm(lockFile, { force: true });
          },
        };
      } catch (error) {
        if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
      }
      const holder = Number.parseInt(await fsp.readFile(lockFile, 'utf8').catch(() => ''), 10);
      // Our own pid, yet not held by this process: left by an earlier run that had the same pid.
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new StoreLockedError(holder);
      }
      await fsp.rm(lockFile, { force: true });
    }
    throw new StoreLockedError(-1);
  } catch (error) {
    heldByThisProcess.delete(lockFile);
    throw error;
  }
}
