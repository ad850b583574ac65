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
 * One process at a time may write a data folder: a second window, or the browser host next to the
 * desktop app, would otherwise overwrite each other's edits. A lock left by a crashed process
 * (its pid no longer runs) is taken over.
 */
export async function acquireStoreLock(dataDir: string): Promise<StoreLock> {
  const lockFile = path.join(dataDir, 'verbind.lock');
  await fsp.mkdir(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fsp.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return { release: () => fsp.rm(lockFile, { force: true }) };
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const holder = Number.parseInt(await fsp.readFile(lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new StoreLockedError(holder);
    }
    await fsp.rm(lockFile, { force: true });
  }
  throw new StoreLockedError(-1);
}
