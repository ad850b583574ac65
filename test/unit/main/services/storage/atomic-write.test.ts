import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../../main/services/storage/atomic-write';
import { faultyFs, type FsOperation } from '../../support/faulty-fs';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const bytes = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  vi.useRealTimers();
});

async function folderWithOldFile(): Promise<{ dir: string; file: string }> {
  const dir = await makeTempDir();
  const file = path.join(dir, 'client.json');
  await fsp.writeFile(file, 'old bytes');
  return { dir, file };
}

/** Lets real I/O and fake timers both move until the promise settles. */
async function settleWithFakeTimers<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  let outcome: PromiseSettledResult<T> | undefined;
  void promise.then(
    (value) => (outcome = { status: 'fulfilled', value }),
    (reason: unknown) => (outcome = { status: 'rejected', reason }),
  );
  // Real I/O (fsync) runs on the thread pool, so keep yielding until it has; the limit only stops a hang.
  const giveUpAt = performance.now() + 20_000;
  while (outcome === undefined && performance.now() < giveUpAt) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(1000);
  }
  if (!outcome) throw new Error('write never settled');
  return outcome;
}

describe('writeFileAtomic', () => {
  it('creates a file and replaces it whole, leaving no temp file', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'client.json');
    await writeFileAtomic(file, bytes('first'));
    await writeFileAtomic(file, bytes('second, longer than the first'));
    await writeFileAtomic(file, bytes('3'));
    expect(await snapshotTree(dir)).toEqual({ 'client.json': Buffer.from('3').toString('base64') });
  });

  it('syncs the data before the rename and the folder after it', async () => {
    const { dir, file } = await folderWithOldFile();
    const fs = faultyFs();
    await writeFileAtomic(file, bytes('new'), fs);

    const steps = fs.log.map(({ operation, file: target }) => `${operation}:${target === dir ? 'folder' : path.basename(target)}`);
    const tempName = steps[0]?.split(':')[1] ?? '';
    expect(tempName).toMatch(/^\.client\.json\..+\.tmp$/);
    expect(steps).toEqual([
      `open:${tempName}`,
      `write:${tempName}`,
      `sync:${tempName}`,
      `close:${tempName}`,
      `rename:client.json`, // basename of "temp -> target"
      'open:folder',
      'syncFolder:folder',
      'close:folder',
    ]);
    expect(await fsp.readFile(file, 'utf8')).toBe('new');
  });

  describe.each<[FsOperation, string]>([
    ['open', 'ENOSPC'],
    ['write', 'ENOSPC'],
    ['write', 'EIO'],
    ['sync', 'EIO'],
    ['sync', 'ENOSPC'],
    ['rename', 'EIO'],
    ['rename', 'ENOSPC'],
    ['rename', 'EXDEV'],
  ])('when %s fails with %s', (operation, code) => {
    it('rejects, keeps the old file byte-identical and leaves no temp file', async () => {
      const { dir, file } = await folderWithOldFile();
      const before = await snapshotTree(dir);
      const fs = faultyFs();
      fs.failOn(operation, code);

      await expect(writeFileAtomic(file, bytes('new bytes that must not land'), fs)).rejects.toMatchObject({ code });

      expect(await snapshotTree(dir)).toEqual(before);
    });

    it('creates nothing when there was no file yet', async () => {
      const dir = await makeTempDir();
      const fs = faultyFs();
      fs.failOn(operation, code);
      await expect(writeFileAtomic(path.join(dir, 'new.json'), bytes('x'), fs)).rejects.toMatchObject({ code });
      expect(await snapshotTree(dir)).toEqual({});
    });
  });

  it('never acknowledges a write that failed on the k-th call, and every acknowledged write is on disk', async () => {
    for (const operation of ['write', 'sync', 'rename'] as const) {
      for (let k = 1; k <= 4; k++) {
        const { dir, file } = await folderWithOldFile();
        const fs = faultyFs();
        fs.failOn(operation, 'EIO', { nth: k });
        let lastAcknowledged = 'old bytes';
        for (let version = 1; version <= 5; version++) {
          const text = `version ${version}`;
          const ok = await writeFileAtomic(file, bytes(text), fs).then(
            () => true,
            () => false,
          );
          if (ok) lastAcknowledged = text;
          expect(ok, `${operation} #${k}, write ${version}`).toBe(version !== k);
          expect(await fsp.readFile(file, 'utf8')).toBe(lastAcknowledged);
        }
        expect(Object.keys(await snapshotTree(dir))).toEqual(['client.json']);
      }
    }
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename refused with %s (a virus scanner holding the file) and succeeds', async (code) => {
    const { dir, file } = await folderWithOldFile();
    const fs = faultyFs();
    fs.failOn('rename', code, { times: 2 });

    await writeFileAtomic(file, bytes('new'), fs);

    expect(fs.log.filter((entry) => entry.operation === 'rename')).toHaveLength(3);
    expect(await snapshotTree(dir)).toEqual({ 'client.json': Buffer.from('new').toString('base64') });
  });

  it('does not retry a rename error that will not go away', async () => {
    const { dir, file } = await folderWithOldFile();
    const before = await snapshotTree(dir);
    const fs = faultyFs();
    fs.failOn('rename', 'EIO');

    await expect(writeFileAtomic(file, bytes('new'), fs)).rejects.toMatchObject({ code: 'EIO' });

    expect(fs.log.filter((entry) => entry.operation === 'rename')).toHaveLength(1);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('gives up on a rename that stays refused, with the old file intact and no temp file', async () => {
    const { dir, file } = await folderWithOldFile();
    const before = await snapshotTree(dir);
    const fs = faultyFs();
    fs.failOn('rename', 'EPERM');
    vi.useFakeTimers({ toFake: ['setTimeout'] });

    const outcome = await settleWithFakeTimers(writeFileAtomic(file, bytes('new'), fs));

    expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'EPERM' } });
    const attempts = fs.log.filter((entry) => entry.operation === 'rename').length;
    expect(attempts).toBeGreaterThan(1);
    expect(attempts).toBeLessThanOrEqual(10);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it.each(['EISDIR', 'EINVAL', 'EPERM'])('accepts a folder that cannot be synced (%s, as on Windows)', async (code) => {
    const { file } = await folderWithOldFile();
    const fs = faultyFs();
    fs.failOn('syncFolder', code);
    await writeFileAtomic(file, bytes('new'), fs);
    expect(await fsp.readFile(file, 'utf8')).toBe('new');
  });

  it('does not acknowledge a write whose folder sync failed (the rename may not survive a power cut)', async () => {
    const { dir, file } = await folderWithOldFile();
    const fs = faultyFs();
    fs.failOn('syncFolder', 'EIO');
    await expect(writeFileAtomic(file, bytes('new'), fs)).rejects.toMatchObject({ code: 'EIO' });
    // The rename has happened, so the file is whole: the new bytes, not a mix, and no temp file.
    expect(await snapshotTree(dir)).toEqual({ 'client.json': Buffer.from('new').toString('base64') });
  });

  it('keeps concurrent writes to one file apart: each is whole, no temp file is left', async () => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'client.json');
    const texts = Array.from({ length: 20 }, (_, i) => `write ${i} `.repeat(200));
    await Promise.all(texts.map((text) => writeFileAtomic(file, bytes(text))));
    expect(texts).toContain(await fsp.readFile(file, 'utf8'));
    expect(Object.keys(await snapshotTree(dir))).toEqual(['client.json']);
  });
});
