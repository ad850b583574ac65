import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { faultyFs } from '../../support/faulty-fs';
import { exists, snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();

afterEach(() => {
  vi.useRealTimers();
});

/** A data folder inside a parent, with a sibling whose name starts the same (`data` / `data-evil`). */
async function nestedDataFolder(): Promise<{ parent: string; root: string }> {
  const parent = await makeTempDir();
  const root = path.join(parent, 'data');
  await fsp.mkdir(root);
  await fsp.mkdir(path.join(parent, 'data-evil'));
  await fsp.writeFile(path.join(parent, 'outside.txt'), 'outside');
  await fsp.writeFile(path.join(parent, 'data-evil', 'x.json'), 'sibling');
  return { parent, root };
}

describe('createDataFiles', () => {
  it('reads what it wrote, and undefined for a missing file', async () => {
    const files = createDataFiles(await makeTempDir());
    expect(await files.read('caseload/store.json')).toBeUndefined();
    await files.ensureFolder('caseload');
    await files.write('caseload/store.json', new TextEncoder().encode('{"a":1}'));
    expect(new TextDecoder().decode(await files.read('caseload/store.json'))).toBe('{"a":1}');
  });

  it('lists only the files in a folder, and nothing for a missing folder', async () => {
    const root = await makeTempDir();
    const files = createDataFiles(root);
    expect(await files.list('caseload/clients')).toEqual([]);
    await fsp.mkdir(path.join(root, 'caseload/clients/sub'), { recursive: true });
    await fsp.writeFile(path.join(root, 'caseload/clients/a.json'), 'a');
    expect(await files.list('caseload/clients')).toEqual(['a.json']);
  });

  it.each(['../outside.txt', '../../etc/passwd', 'caseload/../../outside.txt', '../data-evil/x.json', '/etc/passwd'])(
    'refuses %j, which escapes the data folder, for every operation',
    async (escape) => {
      const { parent, root } = await nestedDataFolder();
      const before = await snapshotTree(parent);
      const files = createDataFiles(root);
      await expect(files.read(escape)).rejects.toThrow(/escapes the data folder/);
      await expect(files.write(escape, new Uint8Array([1]))).rejects.toThrow(/escapes the data folder/);
      await expect(files.list(escape)).rejects.toThrow(/escapes the data folder/);
      await expect(files.ensureFolder(escape)).rejects.toThrow(/escapes the data folder/);
      await expect(files.moveAside(escape, 'quarantine')).rejects.toThrow(/escapes the data folder/);
      await expect(files.moveAside('x.json', escape)).rejects.toThrow(/escapes the data folder/);
      expect(await snapshotTree(parent)).toEqual(before);
    },
  );

  it('accepts a path that only looks odd but stays inside', async () => {
    const files = createDataFiles(await makeTempDir());
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/../store.json', new Uint8Array([7]));
    expect([...((await files.read('caseload/store.json')) ?? [])]).toEqual([7]);
  });

  describe('moveAside', () => {
    it('moves the file into the folder with its bytes unchanged and says where it went', async () => {
      const root = await makeTempDir();
      const files = createDataFiles(root);
      const damaged = Buffer.from([0xff, 0x00, 0x7b, 0x22]);
      await fsp.mkdir(path.join(root, 'caseload/clients'), { recursive: true });
      await fsp.writeFile(path.join(root, 'caseload/clients/a.json'), damaged);

      const movedTo = await files.moveAside('caseload/clients/a.json', 'caseload/quarantine');

      expect(movedTo.startsWith(`caseload${path.sep}quarantine${path.sep}`)).toBe(true);
      expect(movedTo.endsWith('a.json')).toBe(true);
      expect(await fsp.readFile(path.join(root, movedTo))).toEqual(damaged);
      expect(await files.read('caseload/clients/a.json')).toBeUndefined();
    });

    it('never replaces a file already in the quarantine, even one moved in the same instant', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-05-05T12:00:00.000Z'));
      const root = await makeTempDir();
      const files = createDataFiles(root);
      await files.ensureFolder('clients');

      const moved: string[] = [];
      for (const content of ['first', 'second', 'third']) {
        await fsp.writeFile(path.join(root, 'clients/a.json'), content);
        moved.push(await files.moveAside('clients/a.json', 'quarantine'));
      }

      expect(new Set(moved).size).toBe(3);
      expect(await Promise.all(moved.map((m) => fsp.readFile(path.join(root, m), 'utf8')))).toEqual(['first', 'second', 'third']);
    });

    it('leaves a file placed in the quarantine by someone else alone', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-05-05T12:00:00.000Z'));
      const root = await makeTempDir();
      const files = createDataFiles(root);
      await files.ensureFolder('quarantine');
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fsp.writeFile(path.join(root, 'quarantine', `${stamp}-a.json`), 'kept');
      await fsp.writeFile(path.join(root, 'a.json'), 'damaged');

      const movedTo = await files.moveAside('a.json', 'quarantine');

      expect(await fsp.readFile(path.join(root, 'quarantine', `${stamp}-a.json`), 'utf8')).toBe('kept');
      expect(await fsp.readFile(path.join(root, movedTo), 'utf8')).toBe('damaged');
    });

    it('rejects for a file that does not exist and leaves no copy behind', async () => {
      const root = await makeTempDir();
      const files = createDataFiles(root);
      await expect(files.moveAside('missing.json', 'quarantine')).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await snapshotTree(root)).toEqual({});
    });
  });

  describe('remove', () => {
    it('deletes the file and then syncs its folder, so the deletion survives a power cut', async () => {
      const root = await makeTempDir();
      const fs = faultyFs();
      const files = createDataFiles(root, fs);
      await files.ensureFolder('caseload/clients');
      await files.write('caseload/clients/a.json', new TextEncoder().encode('{}'));
      fs.log.length = 0;

      await files.remove('caseload/clients/a.json');

      expect(await exists(path.join(root, 'caseload/clients/a.json'))).toBe(false);
      expect(fs.log.map(({ operation, file }) => `${operation} ${path.relative(root, file).split(path.sep).join('/')}`)).toEqual([
        'unlink caseload/clients/a.json',
        'open caseload/clients',
        'syncFolder caseload/clients',
        'close caseload/clients',
      ]);
    });

    it('treats a file that is already gone as removed', async () => {
      const files = createDataFiles(await makeTempDir());
      await expect(files.remove('caseload/clients/missing.json')).resolves.toBeUndefined();
    });

    it('refuses a path outside the data folder and removes nothing there', async () => {
      const { parent, root } = await nestedDataFolder();
      const before = await snapshotTree(parent);
      await expect(createDataFiles(root).remove('../outside.txt')).rejects.toThrow(/escapes/);
      expect(await snapshotTree(parent)).toEqual(before);
    });
  });

  describe('append', () => {
    it('adds bytes at the end, creating the file the first time, and keeps what was there', async () => {
      const root = await makeTempDir();
      const files = createDataFiles(root);
      await files.ensureFolder('audit');
      await files.append('audit/log.jsonl', new TextEncoder().encode('een\n'));
      await files.append('audit/log.jsonl', new TextEncoder().encode('twee\n'));
      expect(await fsp.readFile(path.join(root, 'audit/log.jsonl'), 'utf8')).toBe('een\ntwee\n');
    });

    it.each(['write', 'sync'] as const)('leaves the file as it was when the %s of an append fails, and the next append lands', async (operation) => {
      const root = await makeTempDir();
      const fs = faultyFs();
      const files = createDataFiles(root, fs);
      await files.ensureFolder('audit');
      await files.append('audit/log.jsonl', new TextEncoder().encode('een\n'));
      fs.failOn(operation, 'EIO', { times: 1 });
      await expect(files.append('audit/log.jsonl', new TextEncoder().encode('half\n'))).rejects.toMatchObject({ code: 'EIO' });
      expect(await fsp.readFile(path.join(root, 'audit/log.jsonl'), 'utf8')).toBe('een\n');
      await files.append('audit/log.jsonl', new TextEncoder().encode('twee\n'));
      expect(await fsp.readFile(path.join(root, 'audit/log.jsonl'), 'utf8')).toBe('een\ntwee\n');
    });

    it('leaves no file behind when the append that would create it fails', async () => {
      const root = await makeTempDir();
      const fs = faultyFs();
      const files = createDataFiles(root, fs);
      await files.ensureFolder('audit');
      fs.failOn('sync', 'ENOSPC', { times: 1 });
      await expect(files.append('audit/log.jsonl', new TextEncoder().encode('een\n'))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await exists(path.join(root, 'audit/log.jsonl'))).toBe(false);
    });

    it('syncs the folder after creating a log, so its name survives a power cut with the records in it', async () => {
      const root = await makeTempDir();
      const fs = faultyFs();
      const files = createDataFiles(root, fs);
      await files.ensureFolder('audit');
      await files.append('audit/log.jsonl', new TextEncoder().encode('een\n'));
      const operations = fs.log.map((entry) => entry.operation);
      expect(operations.indexOf('syncFolder')).toBeGreaterThan(operations.indexOf('sync'));
      await files.append('audit/log.jsonl', new TextEncoder().encode('twee\n'));
      expect(fs.log.filter((entry) => entry.operation === 'syncFolder')).toHaveLength(1);
    });

    it('appends to a new file after the old one was moved aside or removed, never to the old one', async () => {
      const root = await makeTempDir();
      const files = createDataFiles(root);
      await files.ensureFolder('audit');
      await files.append('audit/log.jsonl', new TextEncoder().encode('oud\n'));
      const movedTo = await files.moveAside('audit/log.jsonl', 'audit/quarantine');
      await files.append('audit/log.jsonl', new TextEncoder().encode('nieuw\n'));
      expect(await fsp.readFile(path.join(root, movedTo), 'utf8')).toBe('oud\n');
      expect(await fsp.readFile(path.join(root, 'audit/log.jsonl'), 'utf8')).toBe('nieuw\n');
      await files.remove('audit/log.jsonl');
      await files.append('audit/log.jsonl', new TextEncoder().encode('daarna\n'));
      expect(await fsp.readFile(path.join(root, 'audit/log.jsonl'), 'utf8')).toBe('daarna\n');
    });

    it('refuses a path outside the data folder', async () => {
      const { parent, root } = await nestedDataFolder();
      const before = await snapshotTree(parent);
      await expect(createDataFiles(root).append('../outside.txt', new Uint8Array([1]))).rejects.toThrow(/escapes/);
      expect(await snapshotTree(parent)).toEqual(before);
    });
  });
});
