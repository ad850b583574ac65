import { describe, expect, it, vi } from 'vitest';
import { openAuditTrail } from '../../../../../main/services/audit/audit-trail';
import { createClientFiles } from '../../../../../main/services/clients/client-files';
import { createClientIndex } from '../../../../../main/services/clients/client-index';
import { readErasedClientIds } from '../../../../../main/services/privacy/erasure-register';
import { createPrivacyService } from '../../../../../main/services/privacy/privacy-service';
import { openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { documentBytes, sampleDocument } from '../../support/core';

/** The store's whole files, read one by one, as a list. */
const allOf = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};


const id = '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const clientPath = `caseload/clients/${id}.json`;

async function setUp(backups: { count?: () => Promise<number>; purge?: (clientId: string) => Promise<number> } = {}) {
  const dataFiles = createMemoryDataFiles();
  await dataFiles.write(clientPath, documentBytes(sampleDocument(id, { givenName: 'Anna', familyName: 'de Vries' })));
  const clock = { now: () => new Date('2026-12-04T10:00:00.000Z') };
  const store = await openCaseloadStore(dataFiles, clock.now);
  const files = createClientFiles(store);
  const index = createClientIndex(files, clock);
  const audit = await openAuditTrail(dataFiles, () => 'Sanne', clock.now);
  const logError = vi.fn();
  const privacy = createPrivacyService({
    dataFiles,
    store,
    files,
    index,
    audit,
    clock,
    newId: () => crypto.randomUUID(),
    actor: () => 'Sanne',
    logError,
    retentionMonths: () => 24,
    language: () => 'nl',
    countInBackups: backups.count ?? (async () => 0),
    purgeFromBackups: backups.purge ?? (async () => 0),
  });
  return { dataFiles, store, files, index, privacy, logError };
}

describe('client erasure and backups', () => {
  it('tells the backups only after the register names the client and the file is gone, and counts them in the preview', async () => {
    const seen: { registered: boolean; fileLeft: boolean }[] = [];
    const context = await setUp({
      count: async () => 3,
      purge: async (clientId) => {
        seen.push({
          registered: (await readErasedClientIds(context.dataFiles)).has(clientId),
          fileLeft: context.dataFiles.files.has(clientPath),
        });
        return 3;
      },
    });
    expect((await context.privacy.erasePreview(id)).backups).toBe(3);
    const outcome = await context.privacy.erase(id, 'anna de vries');
    expect(seen).toEqual([{ registered: true, fileLeft: false }]);
    expect(outcome.backupsPurged).toBe(3);
    expect(context.index.list({})).toEqual([]);
  });

  it('still erases the file when cleaning the backups fails, and reports that to the error log', async () => {
    const context = await setUp({ purge: async () => Promise.reject(new Error('backup folder unreachable')) });
    const outcome = await context.privacy.erase(id, 'Anna de Vries');
    expect(outcome.backupsPurged).toBeUndefined();
    expect(context.dataFiles.files.has(clientPath)).toBe(false);
    expect(context.logError).toHaveBeenCalledOnce();
  });

  it('never lets an edit that races the erasure bring the file back', async () => {
    const context = await setUp();
    const edit = context.files.change(id, (current) => ({ document: { ...current, client: { ...current.client, phone: '0612345678' } }, result: undefined }));
    const erased = context.privacy.erase(id, 'Anna de Vries');
    const late = context.files.change(id, (current) => ({ document: current, result: undefined }));
    await Promise.allSettled([edit, erased, late]);
    await erased;
    await expect(late).rejects.toMatchObject({ code: 'not_found' });
    await context.store.flush();
    expect(context.dataFiles.files.has(clientPath)).toBe(false);
    expect((await allOf(context.store.documents()))).toEqual([]);
  });
});
