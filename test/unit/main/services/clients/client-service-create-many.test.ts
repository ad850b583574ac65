import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientFieldsSchema } from '../../../../../main/domain/clients/client';
import { openAuditTrail } from '../../../../../main/services/audit/audit-trail';
import { createClientFiles } from '../../../../../main/services/clients/client-files';
import { createClientIndex } from '../../../../../main/services/clients/client-index';
import { createClientService } from '../../../../../main/services/clients/client-service';
import { openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import { chainProblems, manualClock, readAuditLog } from '../../support/core';
import { fsError } from '../../support/faulty-fs';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();

/** The real data folder, except that the k-th client document written from now on fails (a full disk). */
function failingOnClientWrite(files: DataFiles, k: number): DataFiles {
  let writes = 0;
  return {
    ...files,
    async write(relative, data) {
      if (relative.startsWith('caseload/clients/') && ++writes === k) throw fsError('ENOSPC', `write ${relative}`);
      return files.write(relative, data);
    },
  };
}

async function open(dir: string, failAt?: number) {
  const clock = manualClock('2025-03-10T09:00:00.000Z');
  const disk = createDataFiles(dir);
  const dataFiles = failAt === undefined ? disk : failingOnClientWrite(disk, failAt);
  const store = await openCaseloadStore(dataFiles, () => clock.now());
  const audit = await openAuditTrail(dataFiles, () => 'Sanne', () => clock.now());
  const files = createClientFiles(store);
  const index = createClientIndex(files, clock);
  const clients = createClientService(files, audit, clock, randomUUID, () => 'Sanne');
  return { index, clients };
}

const rows = Array.from({ length: 6 }, (_, i) => clientFieldsSchema.parse({ givenName: `Import${i + 1}`, familyName: 'Rij', status: i % 2 ? 'active' : 'registered' }));
const clientFiles = async (dir: string) => (await fsp.readdir(path.join(dir, 'caseload/clients'))).filter((name) => name.endsWith('.json'));

describe('createMany (the CSV import): all or nothing', () => {
  it('creates every client, shows them all, and writes one import record', async () => {
    const dir = await makeTempDir();
    const { index, clients } = await open(dir);
    const existing = await clients.create(clientFieldsSchema.parse({ givenName: 'Al', familyName: 'Bekend' }));

    expect(await clients.createMany(rows)).toBe(6);

    expect(index.list({}).map((row) => row.givenName).sort()).toEqual(['Al', ...rows.map((row) => row.givenName)].sort());
    expect(await clientFiles(dir)).toHaveLength(7);
    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((record) => record.action === 'import')).toEqual([
      expect.objectContaining({ action: 'import', entity: 'caseload', detail: 'clients:6', actor: 'Sanne' }),
    ]);
    expect(records.filter((record) => record.action === 'create').map((record) => record.clientId)).toEqual([existing.id]);
  });

  it.each([1, 2, 4, 6])('refuses the import when write %i of 6 fails, shows none of it and leaves no client file', async (k) => {
    const dir = await makeTempDir();
    const first = await open(dir);
    const existing = await first.clients.create(clientFieldsSchema.parse({ givenName: 'Al', familyName: 'Bekend' }));
    const { index, clients } = await open(dir, k);
    const before = await clientFiles(dir);

    await expect(clients.createMany(rows)).rejects.toMatchObject({ code: 'ENOSPC' });

    expect(index.list({}).map((row) => row.id)).toEqual([existing.id]);
    expect(await clientFiles(dir)).toEqual(before);
    expect((await readAuditLog(dir)).filter((record) => record.action === 'import')).toEqual([]);
    // A restart finds the same: nothing of the import.
    const again = await open(dir);
    expect(again.index.list({}).map((row) => row.id)).toEqual([existing.id]);
  });

  it('can import the same rows again after a failed attempt', async () => {
    const dir = await makeTempDir();
    const failing = await open(dir, 3);
    await expect(failing.clients.createMany(rows)).rejects.toThrow();
    const { index, clients } = await open(dir);
    expect(await clients.createMany(rows)).toBe(6);
    expect(index.list({})).toHaveLength(6);
  });
});
