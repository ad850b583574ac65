import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBackedUp } from '../../../../../main/domain/backup/backup-selection';
import { openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import { checkedContentsFile } from '../../../../../main/services/storage/checked-contents';
import { clientDocumentSchema, type ClientDocument } from '../../../../../main/services/storage/client-document';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { sampleDocument } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const annaId = '11111111-1111-4111-8111-111111111111';
const bramId = '33333333-3333-4333-8333-333333333333';
const fileOf = (dir: string, id: string) => path.join(dir, 'caseload/clients', `${id}.json`);

/** How many whole client documents the schema checked while `work` ran. */
async function checksDuring(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(clientDocumentSchema, 'safeParse');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

async function seeded(documents: ClientDocument[]): Promise<string> {
  const dir = await makeTempDir();
  const store = await openCaseloadStore(createDataFiles(dir));
  await store.createDocuments(documents);
  await store.flush();
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('the record of checked file contents: a file checked once is only parsed at the next opening', () => {
  it('checks every file at the first opening, and none that are unchanged at the next', async () => {
    const dir = await seeded([sampleDocument(annaId), sampleDocument(bramId)]);
    await fsp.rm(path.join(dir, checkedContentsFile), { force: true });
    expect(await checksDuring(() => openCaseloadStore(createDataFiles(dir)))).toBe(2);
    let reopened: Awaited<ReturnType<typeof openCaseloadStore>> | undefined;
    expect(await checksDuring(async () => (reopened = await openCaseloadStore(createDataFiles(dir))))).toBe(0);
    // Parsed without the check, the documents are the same.
    expect(await reopened!.getDocument(annaId)).toEqual(sampleDocument(annaId));
  });

  it('checks a file again once its bytes changed: an edit, or a change made outside the app', async () => {
    const dir = await seeded([sampleDocument(annaId), sampleDocument(bramId)]);
    await openCaseloadStore(createDataFiles(dir));
    const store = await openCaseloadStore(createDataFiles(dir));
    await store.putDocument(sampleDocument(annaId, { givenName: 'Anneke' }));
    await store.flush();
    expect(await checksDuring(() => openCaseloadStore(createDataFiles(dir)))).toBe(1);

    // Still valid JSON of the right shape, but not what was checked: checked, and a bad one set aside.
    const text = await fsp.readFile(fileOf(dir, bramId), 'utf8');
    await fsp.writeFile(fileOf(dir, bramId), text.replace('"contacts":[]', '"contacts":"geen"'));
    let reopened: Awaited<ReturnType<typeof openCaseloadStore>> | undefined;
    expect(await checksDuring(async () => (reopened = await openCaseloadStore(createDataFiles(dir))))).toBe(1);
    expect(reopened!.problems.map((problem) => [problem.file, problem.reason])).toEqual([[`caseload/clients/${bramId}.json`, 'invalid_schema']]);
  });

  it('never trusts a file the check changes (an older layout, migrated in memory): it is checked at every opening', async () => {
    const dir = await seeded([sampleDocument(annaId)]);
    const { consents: _consents, ...current } = JSON.parse(await fsp.readFile(fileOf(dir, annaId), 'utf8')) as ClientDocument;
    await fsp.writeFile(fileOf(dir, annaId), JSON.stringify({ ...current, schemaVersion: 4 }));
    for (let opening = 0; opening < 2; opening++) {
      let store: Awaited<ReturnType<typeof openCaseloadStore>> | undefined;
      expect(await checksDuring(async () => (store = await openCaseloadStore(createDataFiles(dir))))).toBe(1);
      expect((await store!.getDocument(annaId))?.consents).toEqual([]);
    }
  });

  it('starts afresh from a damaged record or one made for another schema, and says nothing about it', async () => {
    const dir = await seeded([sampleDocument(annaId)]);
    await fsp.writeFile(path.join(dir, checkedContentsFile), '{kapot');
    let store: Awaited<ReturnType<typeof openCaseloadStore>> | undefined;
    expect(await checksDuring(async () => (store = await openCaseloadStore(createDataFiles(dir))))).toBe(1);
    expect(store!.problems).toEqual([]);
    const record = JSON.parse(await fsp.readFile(path.join(dir, checkedContentsFile), 'utf8')) as { schema: string; digests: Record<string, string> };
    await fsp.writeFile(path.join(dir, checkedContentsFile), JSON.stringify({ ...record, schema: 'een ander schema' }));
    expect(await checksDuring(() => openCaseloadStore(createDataFiles(dir)))).toBe(1);
  });

  it('forgets an erased client, and is left out of backups (it is rebuilt from the files)', async () => {
    const dir = await seeded([sampleDocument(annaId), sampleDocument(bramId)]);
    const store = await openCaseloadStore(createDataFiles(dir));
    await store.removeDocument(annaId);
    await store.flush();
    const record = await fsp.readFile(path.join(dir, checkedContentsFile), 'utf8');
    expect(record).not.toContain(annaId);
    expect(record).toContain(bramId);
    expect(isBackedUp(checkedContentsFile, 'preferences.json')).toBe(false);
  });
});
