import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireStoreLock, StoreLockedError, type StoreLock } from '../../../../../main/services/storage/store-lock';
import { exists, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();

/** A pid that certainly ran and certainly has ended: a child process we waited for. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

async function withLock<T>(lock: StoreLock, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    await lock.release();
  }
}

describe('acquireStoreLock', () => {
  it('writes our pid into verbind.lock and removes it on release', async () => {
    const dir = await makeTempDir();
    const lock = await acquireStoreLock(dir);
    expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(process.pid));
    await lock.release();
    expect(await exists(path.join(dir, 'verbind.lock'))).toBe(false);
  });

  it('creates a data folder that does not exist yet', async () => {
    const dir = path.join(await makeTempDir(), 'new', 'Verbind');
    await withLock(await acquireStoreLock(dir), async () => {
      expect(await exists(path.join(dir, 'verbind.lock'))).toBe(true);
    });
  });

  it('refuses a second lock on the same folder while the first is held, in the same process', async () => {
    const dir = await makeTempDir();
    await withLock(await acquireStoreLock(dir), async () => {
      await expect(acquireStoreLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
      await expect(acquireStoreLock(path.join(dir, '.'))).rejects.toBeInstanceOf(StoreLockedError);
      expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(process.pid));
    });
  });

  it('gives the folder to exactly one of two opens started at the same moment', async () => {
    const dir = await makeTempDir();
    const results = await Promise.allSettled([acquireStoreLock(dir), acquireStoreLock(dir), acquireStoreLock(dir)]);
    const winners = results.filter((r): r is PromiseFulfilledResult<StoreLock> => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StoreLockedError);
    await winners[0]?.value.release();
  });

  it('can be taken again after a refused attempt and a release', async () => {
    const dir = await makeTempDir();
    const other = process.ppid;
    await fsp.writeFile(path.join(dir, 'verbind.lock'), String(other));
    await expect(acquireStoreLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await fsp.rm(path.join(dir, 'verbind.lock'));
    await withLock(await acquireStoreLock(dir), async () => {
      expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(process.pid));
    });
  });

  it('can be taken again once released', async () => {
    const dir = await makeTempDir();
    await (await acquireStoreLock(dir)).release();
    await withLock(await acquireStoreLock(dir), async () => {
      expect(await exists(path.join(dir, 'verbind.lock'))).toBe(true);
    });
  });

  it('refuses a folder locked by another running process and leaves its lock alone', async () => {
    const dir = await makeTempDir();
    const other = process.ppid; // our parent: alive, and not us
    await fsp.writeFile(path.join(dir, 'verbind.lock'), String(other));

    const refusal = await acquireStoreLock(dir).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(StoreLockedError);
    expect((refusal as StoreLockedError).holderPid).toBe(other);
    expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(other));
  });

  it.each([
    ['a process that has ended', () => String(deadPid())],
    ['the stale pid 999999', () => '999999'],
    ['an empty file (crash while locking)', () => ''],
    ['garbage', () => 'not a pid'],
  ])('takes over a lock left by %s', async (_label, content) => {
    const dir = await makeTempDir();
    await fsp.writeFile(path.join(dir, 'verbind.lock'), content());
    await withLock(await acquireStoreLock(dir), async () => {
      expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(process.pid));
    });
  });

  it('takes over a lock with our own pid that this process does not hold (an earlier run reused the pid)', async () => {
    const dir = await makeTempDir();
    await fsp.writeFile(path.join(dir, 'verbind.lock'), String(process.pid));
    await withLock(await acquireStoreLock(dir), async () => {
      expect(await fsp.readFile(path.join(dir, 'verbind.lock'), 'utf8')).toBe(String(process.pid));
    });
  });

  it('does not remove a later holder\'s lock when released twice', async () => {
    const dir = await makeTempDir();
    const first = await acquireStoreLock(dir);
    await first.release();
    await withLock(await acquireStoreLock(dir), async () => {
      await first.release();
      expect(await exists(path.join(dir, 'verbind.lock'))).toBe(true);
      await expect(acquireStoreLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
    });
  });
});
