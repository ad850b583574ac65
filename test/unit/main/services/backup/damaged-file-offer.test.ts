import { afterEach, describe, expect, it } from 'vitest';
import { openDirectoryStore } from '../../../../../main/services/directory/directory-store';
import { openTemplateStore } from '../../../../../main/services/programme/template-store';
import { registerErasures } from '../../../../../main/services/privacy/erasure-register';
import { openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import { useTempDirs } from '../../support/temp-dirs';
import { backupService, clientPath, encryptedFolder, flipByte, ids, seedCaseload } from './backup-harness';

/** The store's whole files, read one by one, as a list. */
const allOf = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};


const makeTempDir = useTempDirs();
const stop: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of stop.splice(0)) await done();
});

describe('a file that cannot be decrypted', () => {
  it('is set aside when the caseload opens (never overwritten), and the other clients open', async () => {
    const { dir, files } = encryptedFolder(await makeTempDir());
    await seedCaseload(files);
    const stored = await files.plain.read(clientPath(ids.bram));
    await flipByte(dir, clientPath(ids.bram));

    const store = await openCaseloadStore(files.sealed);

    expect(store.problems).toEqual([expect.objectContaining({ file: clientPath(ids.bram), reason: 'unreadable', movedTo: expect.stringContaining('caseload/quarantine/') })]);
    expect((await allOf(store.documents())).map((document) => document.client.id)).toEqual([ids.anna]);
    const quarantined = await files.plain.read(store.problems[0]!.movedTo!);
    expect(quarantined?.length).toBe(stored?.length);
    expect(await files.plain.read(clientPath(ids.bram))).toBeUndefined();
  });

  it('in the service directory or a programme template is set aside the same way', async () => {
    const { dir, files } = encryptedFolder(await makeTempDir());
    await files.sealed.ensureFolder('directory');
    await files.sealed.ensureFolder('programmes');
    await files.sealed.write('directory/services.json', new TextEncoder().encode('{"schemaVersion":1,"services":[]}'));
    await files.sealed.write('programmes/eigen.json', new TextEncoder().encode('{"versions":[]}'));
    await flipByte(dir, 'directory/services.json', 20);
    await flipByte(dir, 'programmes/eigen.json', 20);

    const directory = await openDirectoryStore(files.sealed);
    const templates = await openTemplateStore(files.sealed);

    expect(directory.problems).toEqual([expect.objectContaining({ file: 'directory/services.json', reason: 'unreadable', movedTo: expect.stringContaining('directory/quarantine/') })]);
    expect(templates.problems).toEqual([expect.objectContaining({ file: 'programmes/eigen.json', reason: 'unreadable', movedTo: expect.stringContaining('programmes/quarantine/') })]);
  });

  it('is offered back from the newest backup holding a good copy, and restored on its own', async () => {
    const { dir, files } = encryptedFolder(await makeTempDir());
    await seedCaseload(files);
    const harness = backupService(files);
    stop.push(() => harness.service.stop());
    const older = await harness.service.create();
    harness.setNow('2025-03-02T09:00:00.000Z');
    const newer = await harness.service.create();
    harness.setNow('2025-03-03T09:00:00.000Z');
    const newest = await harness.service.create();
    // The newest backup's copy is damaged too: the offer passes over it.
    await flipByte(dir, `backups/${newest.stamp}/${clientPath(ids.bram)}`);
    await flipByte(dir, clientPath(ids.bram));
    const store = await openCaseloadStore(files.sealed);
    harness.caseload.problems = [...store.problems];

    const { offers } = await harness.service.list();
    expect(offers).toEqual([{ file: clientPath(ids.bram), stamp: newer.stamp, createdAt: '2025-03-02T09:00:00.000Z' }]);
    expect(older.stamp < newer.stamp).toBe(true);

    await harness.service.restoreFile(newer.stamp, clientPath(ids.bram));
    const reopened = await openCaseloadStore(files.sealed);
    expect(reopened.problems).toEqual([]);
    expect((await reopened.getDocument(ids.bram))?.client.givenName).toBe('Bram');
    expect(harness.caseload).toMatchObject({ closed: 1, reopened: 1 });
    expect(harness.events.at(-1)).toEqual({ action: 'restore', entity: 'backup', detail: newer.stamp, clientId: ids.bram });
  });

  it('is not offered or restored when the client was erased, nor from a damaged copy', async () => {
    const { dir, files } = encryptedFolder(await makeTempDir());
    await seedCaseload(files);
    const harness = backupService(files);
    stop.push(() => harness.service.stop());
    const made = await harness.service.create();
    await flipByte(dir, `backups/${made.stamp}/${clientPath(ids.anna)}`);
    await expect(harness.service.restoreFile(made.stamp, clientPath(ids.anna))).rejects.toMatchObject({ messageKey: 'backups:errors.damaged' });
    await expect(harness.service.restoreFile(made.stamp, 'caseload/clients/nope.json')).rejects.toMatchObject({ code: 'not_found' });

    await files.plain.moveAside(clientPath(ids.bram), 'caseload/quarantine');
    await registerErasures(files.sealed, [ids.bram], new Date('2025-03-02T09:00:00.000Z'));
    harness.caseload.problems = [{ file: clientPath(ids.bram), reason: 'unreadable', movedTo: 'caseload/quarantine/x.json', at: '2025-03-02T09:00:00.000Z' }];
    expect((await harness.service.list()).offers).toEqual([]);
    await expect(harness.service.restoreFile(made.stamp, clientPath(ids.bram))).rejects.toMatchObject({ code: 'conflict', messageKey: 'backups:errors.erased' });
    expect(await files.plain.read(clientPath(ids.bram))).toBeUndefined();
    expect(harness.caseload.closed).toBe(0);
  });
});
