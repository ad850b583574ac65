import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseloadStore, StoreNewerVersionError } from '../../../../../main/services/storage/caseload-store';
import { clientDocumentVersion, type ClientDocument } from '../../../../../main/services/storage/client-document';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import type { StoreProblem } from '../../../../../main/services/storage/store-problem';
import {
  clientDocumentBytes,
  errorOf,
  sampleClient,
  sampleDocument,
  useCores,
  valueOf,
  writeClientFile,
} from '../../support/core';
import { faultyFs, fsError } from '../../support/faulty-fs';
import { exists, snapshotTree, useTempDirs } from '../../support/temp-dirs';

/** The store's whole files, read one by one, as a list. */
const allOf = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};


const makeTempDir = useTempDirs();
const startTestCore = useCores();

const goodId = '11111111-1111-4111-8111-111111111111';
const badId = '22222222-2222-4222-8222-222222222222';
const otherId = '33333333-3333-4333-8333-333333333333';

/** A client document version this app does not know yet. */
const newer = clientDocumentVersion + 1;

const validBytes = clientDocumentBytes(sampleClient(badId));
const validText = validBytes.toString('utf8');

/** A data folder with one good client and the given bytes as a second client's document. */
async function folderWithDamagedClient(bytes: Uint8Array): Promise<string> {
  const dir = await makeTempDir();
  await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId, { givenName: 'Goed' })));
  await writeClientFile(dir, badId, bytes);
  return dir;
}

const damages: [string, Buffer, StoreProblem['reason']][] = [
  ['not JSON at all', Buffer.from('Dit is geen JSON'), 'not_json'],
  ['truncated JSON (torn write)', Buffer.from(validText.slice(0, Math.floor(validText.length * 0.6))), 'not_json'],
  ['zero-filled (power cut on some file systems)', Buffer.alloc(validBytes.length), 'not_json'],
  ['empty', Buffer.alloc(0), 'not_json'],
  ['invalid UTF-8', Buffer.concat([validBytes.subarray(0, 60), Buffer.from([0xff, 0xfe]), validBytes.subarray(60)]), 'not_json'],
  ['valid JSON with the wrong schema', Buffer.from(JSON.stringify({ schemaVersion: 1, client: { id: badId, name: 'Anna' } })), 'invalid_schema'],
  ['valid JSON without a schemaVersion', Buffer.from(JSON.stringify({ client: sampleClient(badId) })), 'invalid_schema'],
  ['a JSON array', Buffer.from('[]'), 'invalid_schema'],
  ['a document whose client.id differs from its file name', clientDocumentBytes(sampleClient(otherId)), 'invalid_schema'],
];

describe('opening a caseload with a damaged client document', () => {
  it.each(damages)('sets aside a file that is %s, keeps its bytes and reports it', async (_label, bytes, reason) => {
    const dir = await folderWithDamagedClient(bytes);
    const app = await startTestCore({ dataDir: dir });

    const status = valueOf(await app.call('app.status', {}));
    expect(status.store).toBe('ready');
    expect(status.problems).toEqual([
      { file: `caseload/clients/${badId}.json`, reason, movedTo: expect.any(String), at: expect.any(String) },
    ]);
    const movedTo = status.problems[0]?.movedTo ?? '';
    expect(path.dirname(movedTo)).toBe(path.join('caseload', 'quarantine'));
    expect(await fsp.readFile(path.join(dir, movedTo))).toEqual(bytes);
    expect(await exists(path.join(dir, 'caseload/clients', `${badId}.json`))).toBe(false);

    // The other clients still load, and the damaged one is not shown as a client.
    expect(valueOf(await app.call('clients.list', {})).map((c) => c.id)).toEqual([goodId]);
    expect(errorOf(await app.call('clients.get', { id: badId })).code).toBe('not_found');
  });

  it('never writes over the set-aside bytes, not even when a client with that id is saved later', async () => {
    const damaged = Buffer.from('{"schemaVersion":1,"client":');
    const dir = await folderWithDamagedClient(damaged);
    const app = await startTestCore({ dataDir: dir, newId: () => badId });
    const movedTo = valueOf(await app.call('app.status', {})).problems[0]?.movedTo ?? '';

    valueOf(await app.call('clients.create', { givenName: 'Nieuw', familyName: 'Mens' }));
    await app.close();
    await writeClientFile(dir, badId, Buffer.from('damaged again'));
    const again = await startTestCore({ dataDir: dir });

    const problems = valueOf(await again.call('app.status', {})).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.movedTo).not.toBe(movedTo);
    expect(await fsp.readFile(path.join(dir, movedTo))).toEqual(damaged);
    expect(await fsp.readFile(path.join(dir, problems[0]?.movedTo ?? ''), 'utf8')).toBe('damaged again');
  });

  it('reports every damaged file, not just the first', async () => {
    const dir = await folderWithDamagedClient(Buffer.from('x'));
    await writeClientFile(dir, otherId, Buffer.alloc(10));
    const app = await startTestCore({ dataDir: dir });
    const problems = valueOf(await app.call('app.status', {})).problems;
    expect(problems.map((p) => p.file).sort()).toEqual([`caseload/clients/${badId}.json`, `caseload/clients/${otherId}.json`]);
    expect(valueOf(await app.call('clients.list', {}))).toHaveLength(1);
  });

  it('sets aside a damaged store.json, writes a fresh one and still loads the clients', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    await fsp.writeFile(path.join(dir, 'caseload/store.json'), 'garbage');
    const app = await startTestCore({ dataDir: dir });

    const status = valueOf(await app.call('app.status', {}));
    expect(status.problems).toEqual([expect.objectContaining({ file: 'caseload/store.json', reason: 'not_json' })]);
    expect(await fsp.readFile(path.join(dir, status.problems[0]?.movedTo ?? ''), 'utf8')).toBe('garbage');
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'caseload/store.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    expect(valueOf(await app.call('clients.list', {}))).toHaveLength(1);
  });

  it('leaves files that are not client documents alone (notes, leftover temp files)', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    const strays = ['README.txt', `.${goodId}.json.4242.1.tmp`, 'ABCDEF.json'];
    for (const name of strays) await fsp.writeFile(path.join(dir, 'caseload/clients', name), 'stray');
    const app = await startTestCore({ dataDir: dir });
    expect(valueOf(await app.call('app.status', {})).problems).toEqual([]);
    for (const name of strays) expect(await fsp.readFile(path.join(dir, 'caseload/clients', name), 'utf8')).toBe('stray');
  });
});

describe('opening a caseload written by a newer Verbind', () => {
  async function expectRefusedUntouched(dir: string): Promise<void> {
    const before = await snapshotTree(dir);
    const app = await startTestCore({ dataDir: dir });

    const status = valueOf(await app.call('app.status', {}));
    expect(status.store).toBe('newer_version');
    for (const [name, input] of [
      ['clients.list', {}],
      ['clients.get', { id: goodId }],
      ['clients.create', { givenName: 'A', familyName: 'B' }],
      ['clients.update', { id: goodId, expectedUpdatedAt: '2025-01-02T10:00:00.000Z', fields: { givenName: 'A', familyName: 'B' } }],
    ] as const) {
      expect(errorOf(await app.call(name, input)), name).toEqual({ code: 'store_newer_version', messageKey: 'errors:storeNewerVersion' });
    }
    // Preferences still work, so the worker can switch language and read the message.
    expect(valueOf(await app.call('preferences.get', {})).language).toBe('nl');

    const { 'verbind.lock': _lock, ...whileOpen } = await snapshotTree(dir);
    expect(whileOpen).toEqual(before);
    await app.close();
    expect(await snapshotTree(dir)).toEqual(before);
  }

  it('refuses a newer client document and changes no file', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    await writeClientFile(dir, otherId, Buffer.from(JSON.stringify({ schemaVersion: newer, client: { id: otherId, newShape: true } })));
    await fsp.writeFile(path.join(dir, 'caseload/store.json'), JSON.stringify({ schemaVersion: 1, createdAt: '2025-01-01T00:00:00.000Z' }));
    await expectRefusedUntouched(dir);
  });

  it('refuses a newer store.json and changes no file', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    await fsp.writeFile(path.join(dir, 'caseload/store.json'), JSON.stringify({ schemaVersion: 7, layout: 'future' }));
    await expectRefusedUntouched(dir);
  });

  it('changes no file even when the newer folder also holds files this version cannot read', async () => {
    // A newer app may write files this one would call damaged; quarantining them would break that app.
    const dir = await makeTempDir();
    await writeClientFile(dir, otherId, Buffer.from(JSON.stringify({ schemaVersion: newer, client: { id: otherId } })));
    await writeClientFile(dir, badId, Buffer.from('{"written by": "a newer app", "format": "other"'));
    await writeClientFile(dir, goodId, Buffer.from(JSON.stringify({ schemaVersion: 1, client: { id: goodId } })));
    await fsp.writeFile(path.join(dir, 'caseload/store.json'), 'not json to this version');
    await expectRefusedUntouched(dir);
  });

  it('changes no file when store.json is missing and a client document is newer', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, otherId, Buffer.from(JSON.stringify({ schemaVersion: newer, client: {} })));
    await expectRefusedUntouched(dir);
  });

  it('throws StoreNewerVersionError naming the file, from openCaseloadStore itself', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, otherId, Buffer.from(JSON.stringify({ schemaVersion: 99 })));
    await expect(openCaseloadStore(createDataFiles(dir))).rejects.toMatchObject({
      name: 'StoreNewerVersionError',
      file: `caseload/clients/${otherId}.json`,
    });
    await expect(openCaseloadStore(createDataFiles(dir))).rejects.toBeInstanceOf(StoreNewerVersionError);
  });
});

describe('putDocument', () => {
  const edited = (document: ClientDocument): ClientDocument => ({
    ...document,
    client: { ...document.client, givenName: 'Gewijzigd', updatedAt: '2025-02-01T00:00:00.000Z' },
  });

  it('saves a document in the journal at once, then writes it as one JSON file per client that the next start reads back', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir));
    const document = sampleDocument(goodId, { phone: '06-12345678' });
    await store.putDocument(document);
    const journal = path.join(dir, 'caseload/journal');
    expect(await fsp.readdir(journal)).toHaveLength(1);
    expect(await fsp.readFile(path.join(journal, (await fsp.readdir(journal))[0]!), 'utf8')).toContain('06-12345678');

    await store.flush();
    const text = await fsp.readFile(path.join(dir, 'caseload/clients', `${goodId}.json`), 'utf8');
    expect(JSON.parse(text)).toEqual(document);
    expect(text.endsWith('\n')).toBe(true);
    expect(await fsp.readdir(journal)).toEqual([]);
    const reopened = await openCaseloadStore(createDataFiles(dir));
    expect((await reopened.getDocument(goodId))).toEqual(document);
    expect(reopened.problems).toEqual([]);
  });

  it.each(['ENOSPC', 'EIO'])('rejects on %s and leaves the client in memory and on disk as it was', async (code) => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    const fs = faultyFs();
    const store = await openCaseloadStore(createDataFiles(dir, fs));
    const original = (await store.getDocument(goodId));
    expect(original?.client.givenName).toBe('Anna');
    const before = await snapshotTree(dir);

    fs.failOn('write', code);
    await expect(store.putDocument(edited(original as ClientDocument))).rejects.toMatchObject({ code });

    expect((await store.getDocument(goodId))).toEqual(original);
    expect((await allOf(store.documents()))).toEqual([original]);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('does not show a new client whose first write failed', async () => {
    const dir = await makeTempDir();
    const fs = faultyFs();
    const store = await openCaseloadStore(createDataFiles(dir, fs));
    fs.failOn('sync', 'EIO');
    await expect(store.putDocument(sampleDocument(otherId))).rejects.toMatchObject({ code: 'EIO' });
    expect((await store.getDocument(otherId))).toBeUndefined();
    expect((await allOf(store.documents()))).toEqual([]);
    expect(await fsp.readdir(path.join(dir, 'caseload/clients'))).toEqual([]);
  });

  it('keeps working after a failed write: the next write of the same client lands', async () => {
    const dir = await makeTempDir();
    const fs = faultyFs();
    const store = await openCaseloadStore(createDataFiles(dir, fs));
    await store.putDocument(sampleDocument(goodId));
    fs.failOn('sync', 'EIO', { times: 1 });
    await expect(store.putDocument(edited(sampleDocument(goodId)))).rejects.toMatchObject({ code: 'EIO' });
    await store.putDocument(edited(sampleDocument(goodId)));
    expect((await store.getDocument(goodId))?.client.givenName).toBe('Gewijzigd');
    expect((await (await openCaseloadStore(createDataFiles(dir))).getDocument(goodId))?.client.givenName).toBe('Gewijzigd');
  });

  it('keeps the order of quick writes to one client: the last one wins on disk', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir));
    const versions = Array.from({ length: 10 }, (_, i) => sampleDocument(goodId, { givenName: `Versie ${i}` }));
    await Promise.all(versions.map((document) => store.putDocument(document)));
    expect((await store.getDocument(goodId))?.client.givenName).toBe('Versie 9');
    expect((await (await openCaseloadStore(createDataFiles(dir))).getDocument(goodId))?.client.givenName).toBe('Versie 9');
  });

  it('finishes every write already asked for before flush resolves', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir));
    const pending = [goodId, otherId].map((id) => store.putDocument(sampleDocument(id)));
    await store.flush();
    expect((await fsp.readdir(path.join(dir, 'caseload/clients'))).sort()).toEqual([`${goodId}.json`, `${otherId}.json`]);
    await Promise.all(pending);
  });
});

describe('createDocuments', () => {
  const ids = Array.from({ length: 5 }, (_, i) => `aaaaaaaa-aaaa-4aaa-8aaa-${String(i + 1).padStart(12, '0')}`);
  const batch = () => ids.map((id, i) => sampleDocument(id, { givenName: `Import ${i + 1}` }));

  /** The real data folder, with the k-th client document write (counted from now) failing as a full disk would. */
  function failingOnWrite(files: DataFiles, k: number): DataFiles {
    let writes = 0;
    return {
      ...files,
      async write(relative, data) {
        if (relative.startsWith('caseload/clients/') && ++writes === k) throw fsError('ENOSPC', `write ${relative}`);
        return files.write(relative, data);
      },
    };
  }

  it('writes every new client and shows them all', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir));
    await store.createDocuments(batch());
    expect((await allOf(store.documents())).map((document) => document.client.givenName).sort()).toEqual(batch().map((d) => d.client.givenName).sort());
    expect((await fsp.readdir(path.join(dir, 'caseload/clients'))).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    expect((await allOf((await openCaseloadStore(createDataFiles(dir))).documents()))).toHaveLength(ids.length);
  });

  it.each([1, 3, 5])('lands nothing when write %i of 5 fails: nothing shown, no client file left, the call refused', async (k) => {
    const dir = await makeTempDir();
    await writeClientFile(dir, goodId, clientDocumentBytes(sampleClient(goodId)));
    const store = await openCaseloadStore(failingOnWrite(createDataFiles(dir), k));
    const before = await snapshotTree(path.join(dir, 'caseload/clients'));

    await expect(store.createDocuments(batch())).rejects.toMatchObject({ code: 'ENOSPC' });

    expect((await allOf(store.documents())).map((document) => document.client.id)).toEqual([goodId]);
    for (const id of ids) expect((await store.getDocument(id))).toBeUndefined();
    expect(await snapshotTree(path.join(dir, 'caseload/clients'))).toEqual(before);
    expect((await allOf((await openCaseloadStore(createDataFiles(dir))).documents())).map((document) => document.client.id)).toEqual([goodId]);
  });

  it('makes flush (and so closing the app) wait for an import still being written', async () => {
    const dir = await makeTempDir();
    const disk = createDataFiles(dir);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = await openCaseloadStore({
      ...disk,
      async write(relative, data) {
        if (relative.startsWith('caseload/clients/')) await gate;
        return disk.write(relative, data);
      },
    });
    const importing = store.createDocuments(batch());
    let flushed = false;
    const flushing = store.flush().then(() => (flushed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushed).toBe(false);

    release();
    await flushing;
    await importing;
    expect(await fsp.readdir(path.join(dir, 'caseload/clients'))).toHaveLength(ids.length);
  });

  it('refuses ids that repeat or already exist, before writing anything', async () => {
    const dir = await makeTempDir();
    const store = await openCaseloadStore(createDataFiles(dir));
    await store.putDocument(sampleDocument(goodId));
    await expect(store.createDocuments([sampleDocument(otherId), sampleDocument(otherId)])).rejects.toThrow();
    await expect(store.createDocuments([sampleDocument(otherId), sampleDocument(goodId, { givenName: 'Dubbel' })])).rejects.toThrow();
    await store.flush();
    expect(await fsp.readdir(path.join(dir, 'caseload/clients'))).toEqual([`${goodId}.json`]);
    expect((await store.getDocument(goodId))?.client.givenName).toBe('Anna');
  });
});
