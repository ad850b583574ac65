import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedDataFiles } from '../../../../../main/services/crypto/encrypted-data-files';
import { cachedDocuments, openCaseloadStore, StoreNewerVersionError, type CheckpointPolicy } from '../../../../../main/services/storage/caseload-store';
import type { Contact } from '../../../../../main/domain/contacts/contact';
import { clientDocumentVersion, type ClientDocument } from '../../../../../main/services/storage/client-document';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import { journalFolder } from '../../../../../main/services/storage/edit-journal';
import { sampleDocument } from '../../support/core';
import { faultyFs } from '../../support/faulty-fs';
import { listTree, snapshotTree, useTempDirs } from '../../support/temp-dirs';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';

const makeTempDir = useTempDirs();
const annaId = '11111111-1111-4111-8111-111111111111';
const bramId = '33333333-3333-4333-8333-333333333333';
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Checkpoints only when a test asks for one (flush), so what is left in the journal is the test's to choose. */
const never: CheckpointPolicy = { afterIdleMs: 3_600_000, journalBytes: Number.MAX_SAFE_INTEGER };

const renamed = (document: ClientDocument, givenName: string): ClientDocument => ({ ...document, client: { ...document.client, givenName } });
const journalFiles = async (dir: string) => (await fsp.readdir(path.join(dir, journalFolder))).sort();
const fileNameOf = async (dir: string, id: string) =>
  (JSON.parse(await fsp.readFile(path.join(dir, 'caseload/clients', `${id}.json`), 'utf8')) as ClientDocument).client.givenName;
const line = (entry: unknown) => `\n${JSON.stringify(entry)}\n`;

async function withJournal(dir: string, text: string, generation = 1): Promise<void> {
  await fsp.mkdir(path.join(dir, journalFolder), { recursive: true });
  await fsp.writeFile(path.join(dir, journalFolder, `${generation}.log`), text);
}

describe('the edit journal: a change is saved once appended, and its client file is rewritten later', () => {
  it('brings back a change the app saved but had not yet written into the client file when it stopped', async () => {
    const dir = await makeTempDir();
    const first = await openCaseloadStore(createDataFiles(dir), undefined, never);
    await first.createDocuments([sampleDocument(annaId)]);
    await first.putDocument(renamed(sampleDocument(annaId), 'Anneke'));
    // The app stops here (no flush): the file still holds the old name, the journal the new one.
    expect(await fileNameOf(dir, annaId)).toBe('Anna');

    const reopened = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect((await reopened.getDocument(annaId))?.client.givenName).toBe('Anneke');
    expect(reopened.getProjection(annaId)?.client.givenName).toBe('Anneke');
    expect(reopened.problems).toEqual([]);
    // Opening finished the work: the file is rewritten and the journal is empty.
    expect(await fileNameOf(dir, annaId)).toBe('Anneke');
    expect(await journalFiles(dir)).toEqual([]);
  });

  it('replays an encrypted journal, and no client text is readable in it', async () => {
    const dir = await makeTempDir();
    const key = randomBytes(32);
    const sealed = () => encryptedDataFiles(createDataFiles(dir), key);
    const first = await openCaseloadStore(sealed(), undefined, never);
    await first.putDocument(sampleDocument(annaId, { givenName: 'Zoë', phone: '06-98765432' }));
    const [generation] = await journalFiles(dir);
    expect(await fsp.readFile(path.join(dir, journalFolder, generation!), 'utf8')).not.toContain('06-98765432');

    const reopened = await openCaseloadStore(sealed(), undefined, never);
    expect((await reopened.getDocument(annaId))?.client.phone).toBe('06-98765432');
    expect(reopened.problems).toEqual([]);
  });

  it('ignores a last record torn by a crash (it was never acknowledged) and replays the ones before it', async () => {
    const dir = await makeTempDir();
    const torn = line({ id: annaId, document: renamed(sampleDocument(annaId), 'Nooit bevestigd') }).slice(0, 200);
    await withJournal(dir, line({ id: annaId, document: renamed(sampleDocument(annaId), 'Bevestigd') }) + torn);
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect((await store.getDocument(annaId))?.client.givenName).toBe('Bevestigd');
    expect(store.problems).toEqual([]);
    expect(await journalFiles(dir)).toEqual([]);
  });

  it('sets a journal with a damaged record before others aside and reports it, still replaying every readable record', async () => {
    const dir = await makeTempDir();
    await withJournal(dir, line({ id: annaId, document: sampleDocument(annaId) }) + '\n{"id": "kapot\n' + line({ id: bramId, document: sampleDocument(bramId, { givenName: 'Bram' }) }));
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect((await store.getDocument(annaId))?.client.givenName).toBe('Anna');
    expect((await store.getDocument(bramId))?.client.givenName).toBe('Bram');
    expect(store.problems).toEqual([expect.objectContaining({ file: `${journalFolder}/1.log`, reason: 'unreadable', movedTo: expect.stringMatching(/^caseload\/quarantine\//) })]);
    expect(await journalFiles(dir)).toEqual([]);
    expect((await listTree(path.join(dir, 'caseload/quarantine'))).length).toBe(1);
  });

  it('treats a record whose document fails its checks as damaged and keeps the client file as it was', async () => {
    const dir = await makeTempDir();
    const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
    await seed.createDocuments([sampleDocument(annaId)]);
    await withJournal(dir, line({ id: annaId, document: { ...sampleDocument(annaId), contacts: 'geen lijst' } }) + line({ id: bramId, document: sampleDocument(bramId) }));
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect((await store.getDocument(annaId))?.client.givenName).toBe('Anna');
    expect(store.problems.map((problem) => problem.file)).toEqual([`${journalFolder}/1.log`]);
  });

  it('replays generations oldest first, the newest record of a client winning', async () => {
    const dir = await makeTempDir();
    await withJournal(dir, line({ id: annaId, document: renamed(sampleDocument(annaId), 'Derde') }), 10);
    await withJournal(dir, line({ id: annaId, document: renamed(sampleDocument(annaId), 'Eerste') }) + line({ id: annaId, document: renamed(sampleDocument(annaId), 'Tweede') }), 9);
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect((await store.getDocument(annaId))?.client.givenName).toBe('Derde');
    // New records continue after the newest generation found, never in an old one's place.
    await store.putDocument(renamed(sampleDocument(annaId), 'Vierde'));
    const [next] = await journalFiles(dir);
    expect(Number.parseInt(next!, 10)).toBeGreaterThan(10);
  });

  it('does not bring an erased client back: the tombstone after a record wins, and the file goes', async () => {
    const dir = await makeTempDir();
    const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
    await seed.createDocuments([sampleDocument(annaId), sampleDocument(bramId)]);
    await withJournal(dir, line({ id: annaId, document: renamed(sampleDocument(annaId), 'Gewist') }) + line({ id: annaId, removed: true }));
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    expect(await store.getDocument(annaId)).toBeUndefined();
    expect([...store.projections()].map((projection) => projection.client.id)).toEqual([bramId]);
    expect(await listTree(path.join(dir, 'caseload/clients'))).toEqual([`${bramId}.json`]);
  });

  it('erasing a client leaves none of their documents in the journal', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
    await store.putDocument(sampleDocument(annaId, { givenName: 'Zoë', familyName: 'Vergeten' }));
    await store.putDocument(sampleDocument(bramId, { givenName: 'Bram' }));
    await store.removeDocument(annaId);
    const everything = Object.values(await snapshotTree(dir)).map((base64) => Buffer.from(base64, 'base64').toString('utf8')).join('\n');
    expect(everything).not.toContain('Vergeten');
    expect(everything).toContain('Bram');
    expect(await journalFiles(dir)).toEqual([]);
  });

  it('refuses a journal written by a newer version and changes no file', async () => {
    const dir = await makeTempDir();
    const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
    await seed.createDocuments([sampleDocument(annaId)]);
    await seed.flush();
    await withJournal(dir, line({ id: annaId, document: { ...sampleDocument(annaId), schemaVersion: clientDocumentVersion + 1 } }));
    const before = await snapshotTree(dir);
    await expect(openCaseloadStore(createDataFiles(dir), undefined, never)).rejects.toBeInstanceOf(StoreNewerVersionError);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('rewrites the client files by itself once the edits stop, and at once when the journal grows big', async () => {
    const dir = await makeTempDir();
    const idle = await openCaseloadStore(createDataFiles(dir), undefined, { afterIdleMs: 20, journalBytes: Number.MAX_SAFE_INTEGER });
    await idle.putDocument(sampleDocument(annaId, { givenName: 'Stil' }));
    await expect.poll(() => journalFiles(dir), { timeout: 3_000 }).toEqual([]);
    expect(await fileNameOf(dir, annaId)).toBe('Stil');

    const other = await makeTempDir();
    const big = await openCaseloadStore(createDataFiles(other), undefined, { afterIdleMs: 3_600_000, journalBytes: 1 });
    await big.putDocument(sampleDocument(bramId, { givenName: 'Groot' }));
    await expect.poll(() => journalFiles(other), { timeout: 3_000 }).toEqual([]);
    expect(await fileNameOf(other, bramId)).toBe('Groot');
  });

  it('writes back an edit whose append was still under way when a checkpoint closed its generation', async () => {
    const dir = await makeTempDir();
    const real = createDataFiles(dir);
    let release: () => void = () => undefined;
    let held = false;
    const slow: DataFiles = {
      ...real,
      async append(relative, data) {
        if (!held) {
          held = true;
          await new Promise<void>((resolve) => (release = resolve));
        }
        await real.append(relative, data);
      },
    };
    const seed = await openCaseloadStore(real, undefined, never);
    await seed.createDocuments([sampleDocument(annaId), sampleDocument(bramId)]);
    const store = await openCaseloadStore(slow, undefined, never);
    const edit = store.putDocument(renamed(sampleDocument(annaId), 'Onderweg'));
    // Erasing Bram runs a checkpoint, which closes the generation Anna's edit is being appended to.
    const erase = store.removeDocument(bramId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([edit, erase]);
    expect(await fileNameOf(dir, annaId)).toBe('Onderweg');
  });

  it('keeps the journal when rewriting a client file fails, and the next checkpoint finishes the work', async () => {
    const dir = await makeTempDir();
    const fs = faultyFs();
    const store = await openCaseloadStore(createDataFiles(dir, fs), undefined, never);
    await store.putDocument(sampleDocument(annaId, { givenName: 'Volhouden' }));
    fs.failOn('rename', 'ENOSPC', { times: 1 });
    await expect(store.flush()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await journalFiles(dir)).toHaveLength(1);
    // Nothing is lost even if the app stopped now…
    expect((await (await openCaseloadStore(createDataFiles(dir), undefined, never)).getDocument(annaId))?.client.givenName).toBe('Volhouden');
  });

  it('retries a failed rewrite at the next checkpoint of the same store', async () => {
    const dir = await makeTempDir();
    const fs = faultyFs();
    const store = await openCaseloadStore(createDataFiles(dir, fs), undefined, never);
    await store.putDocument(sampleDocument(annaId, { givenName: 'Opnieuw' }));
    fs.failOn('rename', 'EIO', { times: 1 });
    await expect(store.flush()).rejects.toMatchObject({ code: 'EIO' });
    await store.flush();
    expect(await fileNameOf(dir, annaId)).toBe('Opnieuw');
    expect(await journalFiles(dir)).toEqual([]);
  });

  it('never drops from memory a document whose file is not rewritten yet, however many clients change', async () => {
    const disk: DataFiles = createMemoryDataFiles();
    const count = cachedDocuments + 16;
    const seed = await openCaseloadStore(disk, undefined, never);
    await seed.createDocuments(Array.from({ length: count }, (_, n) => sampleDocument(idOf(n), { givenName: `Oud ${n}` })));
    const store = await openCaseloadStore(disk, undefined, never);
    for (let n = 0; n < count; n++) await store.putDocument(sampleDocument(idOf(n), { givenName: `Nieuw ${n}` }));
    for (let n = 0; n < count; n++) expect((await store.getDocument(idOf(n)))?.client.givenName).toBe(`Nieuw ${n}`);
    const names: string[] = [];
    for await (const document of store.documents()) names.push(document.client.givenName);
    expect(names.filter((name) => name.startsWith('Nieuw'))).toHaveLength(count);
  });

  describe('logging a contact', () => {
    const contactFor = (n: number, summary: string): Contact => ({
      id: idOf(500 + n),
      at: `2025-02-0${n}T10:00:00.000Z`,
      type: 'phone',
      summary,
      agreements: [],
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
      createdBy: 'Sanne',
      updatedBy: 'Sanne',
    });

    it('journals only the contact: the client file is neither read nor rewritten until the checkpoint', async () => {
      const dir = await makeTempDir();
      const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await seed.createDocuments([sampleDocument(annaId)]);
      const fileBefore = await fsp.readFile(path.join(dir, 'caseload/clients', `${annaId}.json`));
      const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await store.addContact(annaId, contactFor(1, 'Gebeld over de buurtkamer'));

      const [generation] = await journalFiles(dir);
      const journalText = await fsp.readFile(path.join(dir, journalFolder, generation!), 'utf8');
      expect(journalText).toContain('Gebeld over de buurtkamer');
      expect(journalText).not.toContain('"givenName"');
      expect(await fsp.readFile(path.join(dir, 'caseload/clients', `${annaId}.json`))).toEqual(fileBefore);
      // The caseload views know about it at once, from the projection.
      expect(store.getProjection(annaId)?.contacts.map((contact) => contact.id)).toEqual([idOf(501)]);
      expect((await store.getDocument(annaId))?.contacts.map((contact) => contact.summary)).toEqual(['Gebeld over de buurtkamer']);

      await store.flush();
      const written = JSON.parse(await fsp.readFile(path.join(dir, 'caseload/clients', `${annaId}.json`), 'utf8')) as ClientDocument;
      expect(written.contacts.map((contact) => contact.summary)).toEqual(['Gebeld over de buurtkamer']);
      expect(await journalFiles(dir)).toEqual([]);
    });

    it('puts contacts logged while the file was out of memory into the document when it is read', async () => {
      const disk = createMemoryDataFiles();
      const seed = await openCaseloadStore(disk, undefined, never);
      await seed.createDocuments(Array.from({ length: cachedDocuments + 4 }, (_, n) => sampleDocument(idOf(n))));
      const store = await openCaseloadStore(disk, undefined, never);
      await store.addContact(idOf(0), contactFor(1, 'Eerste'));
      await store.addContact(idOf(0), contactFor(2, 'Tweede'));
      expect((await store.getDocument(idOf(0)))?.contacts.map((contact) => contact.summary)).toEqual(['Eerste', 'Tweede']);
      await store.addContact(idOf(0), contactFor(3, 'Derde'));
      expect((await store.getDocument(idOf(0)))?.contacts.map((contact) => contact.summary)).toEqual(['Eerste', 'Tweede', 'Derde']);
    });

    it('keeps every contact when a reader and a checkpoint read the same client file at once', async () => {
      const dir = await makeTempDir();
      const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await seed.createDocuments([sampleDocument(annaId)]);
      const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await store.addContact(annaId, contactFor(1, 'Niet kwijtraken'));
      const [read] = await Promise.all([store.getDocument(annaId), store.flush(), store.getDocument(annaId)]);
      expect(read?.contacts.map((contact) => contact.summary)).toEqual(['Niet kwijtraken']);
      const reopened = await openCaseloadStore(createDataFiles(dir), undefined, never);
      expect((await reopened.getDocument(annaId))?.contacts.map((contact) => contact.summary)).toEqual(['Niet kwijtraken']);
    });

    it('replays contacts after the app stopped: onto the client file, and onto a whole document journaled before them', async () => {
      const dir = await makeTempDir();
      const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await seed.createDocuments([sampleDocument(annaId), sampleDocument(bramId, { givenName: 'Bram' })]);
      const first = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await first.addContact(annaId, contactFor(1, 'Op het bestand'));
      await first.putDocument(renamed(sampleDocument(bramId), 'Bram-Jan'));
      await first.addContact(bramId, contactFor(2, 'Na de naamswijziging'));

      const reopened = await openCaseloadStore(createDataFiles(dir), undefined, never);
      expect(reopened.problems).toEqual([]);
      expect((await reopened.getDocument(annaId))?.contacts.map((contact) => contact.summary)).toEqual(['Op het bestand']);
      const bram = await reopened.getDocument(bramId);
      expect(bram?.client.givenName).toBe('Bram-Jan');
      expect(bram?.contacts.map((contact) => contact.summary)).toEqual(['Na de naamswijziging']);
      expect(await journalFiles(dir)).toEqual([]);
    });

    it('sets a journal aside when a contact in it does not pass the checks, keeping the client as the file has it', async () => {
      const dir = await makeTempDir();
      const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await seed.createDocuments([sampleDocument(annaId)]);
      await withJournal(dir, line({ id: annaId, contact: { ...contactFor(1, 'Kapot'), type: 'postduif' }, version: clientDocumentVersion }));
      const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
      expect((await store.getDocument(annaId))?.contacts).toEqual([]);
      expect(store.problems.map((problem) => problem.file)).toEqual([`${journalFolder}/1.log`]);
    });

    it('refuses a contact journaled by a newer version and changes no file', async () => {
      const dir = await makeTempDir();
      const seed = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await seed.createDocuments([sampleDocument(annaId)]);
      await seed.flush();
      await withJournal(dir, line({ id: annaId, contact: contactFor(1, 'Uit de toekomst'), version: clientDocumentVersion + 1 }));
      const before = await snapshotTree(dir);
      await expect(openCaseloadStore(createDataFiles(dir), undefined, never)).rejects.toBeInstanceOf(StoreNewerVersionError);
      expect(await snapshotTree(dir)).toEqual(before);
    });

    it('refuses a contact for a client that is not there or was erased', async () => {
      const dir = await makeTempDir();
      const store = await openCaseloadStore(createDataFiles(dir), undefined, never);
      await expect(store.addContact(annaId, contactFor(1, 'Niemand'))).rejects.toThrow();
      await store.putDocument(sampleDocument(annaId));
      await store.removeDocument(annaId);
      await expect(store.addContact(annaId, contactFor(1, 'Gewist'))).rejects.toThrow();
      expect(await journalFiles(dir)).toEqual([]);
    });
  });
});
