import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErasures } from '../../../../../main/services/privacy/erasure-register';
import { restoreJournalFile } from '../../../../../main/services/backup/backup-restore';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import { listTree, useTempDirs } from '../../support/temp-dirs';
import { backupService, clientPath, encryptedFolder, familyNameOf, flipByte, ids, seedCaseload } from './backup-harness';
import { documentBytes, sampleDocument } from '../../support/core';

const makeTempDir = useTempDirs();
const stop: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of stop.splice(0)) await done();
});

async function setUp() {
  const folder = encryptedFolder(await makeTempDir());
  await seedCaseload(folder.files);
  const harness = backupService(folder.files);
  stop.push(() => harness.service.stop());
  return { ...folder, ...harness };
}

describe('making a backup', () => {
  it('copies every caseload file as stored (still encrypted) with a copy of the key ring, and leaves out preferences and set-aside files', async () => {
    const { dir, service, events } = await setUp();
    const made = await service.create();
    expect(made).toMatchObject({ state: 'complete', reason: 'manual', clientCount: 2, fileCount: 4 });
    const folder = `backups/${made.stamp}`;
    const inBackup = (await listTree(path.join(dir, folder))).sort();
    expect(inBackup).toEqual(
      ['audit/audit-log.jsonl', 'caseload/clients/' + `${ids.anna}.json`, `caseload/clients/${ids.bram}.json`, 'caseload/store.json', 'keyring.json', 'manifest.json'].sort(),
    );
    for (const file of inBackup.filter((name) => name !== 'manifest.json')) {
      expect(await fsp.readFile(path.join(dir, folder, file))).toEqual(await fsp.readFile(path.join(dir, file)));
    }
    // Nothing in the backup is readable without the key, the manifest (with its file list) included.
    for (const file of inBackup) expect((await fsp.readFile(path.join(dir, folder, file), 'utf8')).includes('Vries')).toBe(false);
    expect(await fsp.readFile(path.join(dir, folder, 'manifest.json'), 'utf8')).not.toContain('verbind-backup');
    expect(events).toEqual([{ action: 'backup', entity: 'backup', detail: made.stamp }]);
  });

  it('first has the caseload write its journaled changes into the client files, and leaves out the journal and the record of checked contents', async () => {
    const { dir, files, service, caseload } = await setUp();
    await files.sealed.ensureFolder('caseload/journal');
    await files.sealed.append('caseload/journal/3.log', new TextEncoder().encode('{"id":"x"}\n'));
    await files.sealed.write('caseload/checked-contents.json', new TextEncoder().encode('{}\n'));
    const made = await service.create();
    expect(caseload.settled).toBe(1);
    const inBackup = await listTree(path.join(dir, 'backups', made.stamp));
    expect(inBackup.filter((file) => file.includes('journal') || file.includes('checked-contents'))).toEqual([]);
  });

  it('leaves out a file that cannot be read back, and still completes', async () => {
    const { dir, service } = await setUp();
    await flipByte(dir, clientPath(ids.bram));
    const made = await service.create();
    expect(made).toMatchObject({ state: 'complete', clientCount: 1 });
    expect(await listTree(path.join(dir, 'backups', made.stamp))).not.toContain(clientPath(ids.bram));
  });

  it('lists a folder without a readable manifest as damaged', async () => {
    const { dir, service } = await setUp();
    const made = await service.create();
    await flipByte(dir, `backups/${made.stamp}/manifest.json`, 30);
    const list = await service.list();
    expect(list.backups).toEqual([{ stamp: made.stamp, createdAt: '2025-03-01T09:00:00.000Z', state: 'damaged' }]);
    expect(list.keep).toBe(14);
  });
});

describe('daily backups and rotation', () => {
  it('makes one backup a day, keeps the newest N, and removes damaged leftovers', async () => {
    const { dir, service, setNow, caseload } = await setUp();
    caseload.keep = 2;
    await service.ensureDaily();
    setNow('2025-03-01T20:00:00.000Z');
    await service.ensureDaily();
    expect((await service.list()).backups).toHaveLength(1);
    // An unfinished backup from a crash: files, no manifest.
    await fsp.mkdir(path.join(dir, 'backups/2025-03-01T21-00-00-000Z/caseload'), { recursive: true });
    await fsp.writeFile(path.join(dir, 'backups/2025-03-01T21-00-00-000Z/caseload/store.json'), 'half');
    for (const day of ['2025-03-02T09:00:00.000Z', '2025-03-03T09:00:00.000Z', '2025-03-04T09:00:00.000Z']) {
      setNow(day);
      await service.ensureDaily();
    }
    const list = await service.list();
    expect(list.backups.map((backup) => [backup.createdAt, backup.reason, backup.state])).toEqual([
      ['2025-03-04T09:00:00.000Z', 'daily', 'complete'],
      ['2025-03-03T09:00:00.000Z', 'daily', 'complete'],
    ]);
    expect(await fsp.readdir(path.join(dir, 'backups'))).toHaveLength(2);
  });

  it('makes no automatic backup of a caseload that did not open', async () => {
    const folder = encryptedFolder(await makeTempDir());
    await seedCaseload(folder.files);
    const { service } = backupService(folder.files, { caseloadReady: () => false });
    await service.ensureDaily();
    expect((await service.list()).backups).toEqual([]);
  });

  it('gives up a backup in progress when stopped (locking must not wait for it), then makes no more', async () => {
    const dir = await makeTempDir();
    const disk = createDataFiles(dir);
    let stopping: Promise<void> | undefined;
    let first: ReturnType<typeof backupService> | undefined;
    // The lock comes while the backup is copying the first client.
    const watched: DataFiles = {
      ...disk,
      read: async (relative) => {
        if (relative === clientPath(ids.anna) && first && !stopping) stopping = first.service.stop();
        return disk.read(relative);
      },
    };
    const { files } = encryptedFolder(dir, watched);
    await seedCaseload(files);
    first = backupService(files);
    await expect(first.service.create()).rejects.toThrow('stopped');
    await stopping;
    first.setNow('2025-03-05T09:00:00.000Z');
    await first.service.ensureDaily();
    const [half] = await fsp.readdir(path.join(dir, 'backups'));
    expect(await listTree(path.join(dir, 'backups', half!))).not.toContain('manifest.json');

    // The half-made folder is damaged, and the next backup's rotation removes it.
    const next = backupService(files);
    stop.push(() => next.service.stop());
    next.setNow('2025-03-05T09:00:00.000Z');
    await next.service.ensureDaily();
    expect((await next.service.list()).backups.map((backup) => backup.state)).toEqual(['complete']);
  });
});

describe('restoring a backup', () => {
  it('puts the backup back, saves the current state first, and moves files it does not hold aside', async () => {
    const { dir, files, service, setNow, caseload, events } = await setUp();
    const made = await service.create();
    setNow('2025-03-02T09:00:00.000Z');
    await files.sealed.write(clientPath(ids.anna), documentBytes(sampleDocument(ids.anna, { familyName: 'Later' })));
    await files.sealed.write(clientPath(ids.cor), documentBytes(sampleDocument(ids.cor, { givenName: 'Cor' })));
    await files.sealed.append('audit/audit-log.jsonl', new TextEncoder().encode('{"seq":2}\n'));
    const auditBefore = await fsp.readFile(path.join(dir, 'audit/audit-log.jsonl'));

    const result = await service.restore(made.stamp);

    expect(await familyNameOf(files, ids.anna)).toBe('de Vries');
    expect(await files.sealed.read(clientPath(ids.cor))).toBeUndefined();
    const replaced = (await listTree(dir)).filter((file) => file.startsWith('backups/replaced-'));
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatch(new RegExp(`-${ids.cor}\\.json$`));
    // The audit log is never rolled back.
    expect(await fsp.readFile(path.join(dir, 'audit/audit-log.jsonl'))).toEqual(auditBefore);
    const list = await service.list();
    expect(list.backups.find((backup) => backup.stamp === result.savedAs)).toMatchObject({ reason: 'before_restore', clientCount: 3, state: 'complete' });
    expect(caseload).toMatchObject({ closed: 1, reopened: 1 });
    expect(events.at(-1)).toEqual({ action: 'restore', entity: 'backup', detail: made.stamp });
    expect(await files.plain.read(restoreJournalFile)).toBeUndefined();
  });

  it('moves a journal left behind aside, so its changes are not replayed over the restored files', async () => {
    const { dir, files, service } = await setUp();
    const made = await service.create();
    await files.sealed.ensureFolder('caseload/journal');
    await files.sealed.append('caseload/journal/7.log', new TextEncoder().encode('{"id":"x"}\n'));
    await service.restore(made.stamp);
    expect(await listTree(path.join(dir, 'caseload/journal'))).toEqual([]);
    expect((await listTree(dir)).filter((file) => file.startsWith('backups/replaced-') && file.endsWith('-7.log'))).toHaveLength(1);
  });

  it('never brings back a client erased after the backup', async () => {
    const { files, service } = await setUp();
    const made = await service.create();
    await files.plain.remove(clientPath(ids.bram));
    await registerErasures(files.sealed, [ids.bram], new Date('2025-03-02T09:00:00.000Z'));
    await service.restore(made.stamp);
    expect(await files.sealed.read(clientPath(ids.bram))).toBeUndefined();
    expect(await familyNameOf(files, ids.anna)).toBe('de Vries');
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { dir, files, service, caseload } = await setUp();
    const made = await service.create();
    await flipByte(dir, `backups/${made.stamp}/${clientPath(ids.anna)}`);
    await files.sealed.write(clientPath(ids.anna), documentBytes(sampleDocument(ids.anna, { familyName: 'Now' })));
    await expect(service.restore(made.stamp)).rejects.toMatchObject({ code: 'conflict', messageKey: 'backups:errors.damaged' });
    await expect(service.restore('2020-01-01T00-00-00-000Z')).rejects.toMatchObject({ code: 'not_found' });
    expect(await familyNameOf(files, ids.anna)).toBe('Now');
    expect(caseload.closed).toBe(0);
  });

  it('finishes a restore that was interrupted halfway before the caseload opens again', async () => {
    const dir = await makeTempDir();
    const disk = createDataFiles(dir);
    let failWritesOf: string | undefined;
    const flaky: DataFiles = {
      ...disk,
      write: async (relative, data) => {
        if (relative === failWritesOf) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        await disk.write(relative, data);
      },
    };
    const folder = encryptedFolder(dir, flaky);
    await seedCaseload(folder.files);
    const first = backupService(folder.files);
    const made = await first.service.create();
    await folder.files.sealed.write(clientPath(ids.anna), documentBytes(sampleDocument(ids.anna, { familyName: 'Later' })));
    await folder.files.sealed.write(clientPath(ids.cor), documentBytes(sampleDocument(ids.cor)));

    failWritesOf = clientPath(ids.bram);
    await expect(first.service.restore(made.stamp)).rejects.toThrow('EIO');
    // Halfway: the caseload stays closed rather than open on a mix of two states.
    expect(first.caseload).toMatchObject({ closed: 1, reopened: 0 });
    expect(await folder.files.plain.read(restoreJournalFile)).toBeDefined();
    await first.service.stop();

    failWritesOf = undefined;
    const next = backupService({ ...folder.files });
    await next.service.finishInterruptedRestore();
    expect(await familyNameOf(folder.files, ids.anna)).toBe('de Vries');
    expect(await folder.files.sealed.read(clientPath(ids.cor))).toBeUndefined();
    expect(await folder.files.plain.read(restoreJournalFile)).toBeUndefined();
  });
});

describe('erasing a client from backups', () => {
  it('removes the client from every backup, which stay complete and restorable', async () => {
    const { files, service, setNow } = await setUp();
    await service.create();
    setNow('2025-03-02T09:00:00.000Z');
    const second = await service.create();
    expect(await service.countClient(ids.bram)).toBe(2);
    expect(await service.purgeClient(ids.bram)).toBe(2);
    expect(await service.countClient(ids.bram)).toBe(0);
    const list = await service.list();
    expect(list.backups.map((backup) => [backup.state, backup.clientCount])).toEqual([
      ['complete', 1],
      ['complete', 1],
    ]);
    await service.restore(second.stamp);
    expect(await files.sealed.read(clientPath(ids.bram))).toBeUndefined();
  });

  it('finishes at the daily check an erasure whose purge of the backups did not happen', async () => {
    const { files, service, setNow } = await setUp();
    await service.create();
    await files.plain.remove(clientPath(ids.bram));
    await registerErasures(files.sealed, [ids.bram], new Date('2025-03-01T10:00:00.000Z'));
    setNow('2025-03-01T11:00:00.000Z');
    await service.ensureDaily();
    expect(await service.countClient(ids.bram)).toBe(0);
    expect((await service.list()).backups.map((backup) => backup.state)).toEqual(['complete']);
  });
});
