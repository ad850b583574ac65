import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientStatuses } from '../../../../../../main/domain/clients/client';
import { clientDocumentSchema } from '../../../../../../main/services/storage/client-document';
import { clientDocumentV2 } from '../../../../../../main/services/storage/migrations/client-document-v2';
import { clientDocumentBytes, manualClock, sampleClient, useCores, valueOf, writeClientFile } from '../../../support/core';
import { useTempDirs } from '../../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const id = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';

/** A client file exactly as Verbind 0.1 wrote it. */
const v1Client = sampleClient(id, {
  givenName: 'Zoë',
  familyName: 'van Dijk',
  dateOfBirth: '1948-11-30',
  phone: '06 12 34 56 78',
  email: 'zoe@example.nl',
  address: 'Kerkstraat 4\nUtrecht',
  status: 'intake',
  createdAt: '2024-11-04T08:15:00.000Z',
  updatedAt: '2025-01-20T13:40:00.000Z',
});
const v1Bytes = clientDocumentBytes(v1Client);

async function folderWithV1Client(): Promise<{ dir: string; file: string }> {
  const dir = await makeTempDir();
  const file = await writeClientFile(dir, id, v1Bytes);
  return { dir, file };
}

describe('client document migration v1 → v2', () => {
  it('opens a real v1 file as a v2 client file: same profile, no flags, history from the old status, empty log', async () => {
    const { dir } = await folderWithV1Client();
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });

    expect(valueOf(await app.call('app.status', {})).problems).toEqual([]);
    expect(valueOf(await app.call('clients.get', { id }))).toStrictEqual({
      ...v1Client,
      flags: [],
      statusHistory: [{ to: 'intake', at: '2024-11-04T08:15:00.000Z', by: '' }],
    });
    expect(valueOf(await app.call('contacts.list', { clientId: id }))).toEqual([]);
    expect(valueOf(await app.call('appointments.list', { clientId: id }))).toEqual([]);
    expect(valueOf(await app.call('clients.list', { query: '0612' })).map((row) => row.id)).toEqual([id]);
  });

  it.each(clientStatuses)('starts the history of a client stored as %s with that status at its registration', (status) => {
    const migrated = clientDocumentV2.up({ schemaVersion: 1, client: { ...v1Client, status } });
    const parsed = clientDocumentSchema.parse({ ...migrated, schemaVersion: 2 });
    expect(parsed.client.status).toBe(status);
    expect(parsed.client.statusHistory).toEqual([{ to: status, at: v1Client.createdAt, by: '' }]);
  });

  it('does not change the document it was given', () => {
    const stored = JSON.parse(v1Bytes.toString('utf8')) as Record<string, unknown>;
    const copy = structuredClone(stored);
    clientDocumentV2.up(stored);
    expect(stored).toEqual(copy);
  });

  it('leaves the file on disk byte for byte as it was while the client is only read', async () => {
    const { dir, file } = await folderWithV1Client();
    const app = await startTestCore({ dataDir: dir });
    valueOf(await app.call('clients.list', {}));
    valueOf(await app.call('clients.get', { id }));
    valueOf(await app.call('clients.overview', { id }));
    valueOf(await app.call('attention.list', {}));
    await app.close();
    expect(await fsp.readFile(file)).toEqual(v1Bytes);

    // Opening again (still unedited) migrates again, the same way.
    const again = await startTestCore({ dataDir: dir });
    expect(valueOf(await again.call('clients.get', { id })).statusHistory).toEqual([{ to: 'intake', at: v1Client.createdAt, by: '' }]);
    expect(await fsp.readFile(file)).toEqual(v1Bytes);
  });

  it('writes the file as v2 at the next edit, keeping everything the worker entered', async () => {
    const { dir, file } = await folderWithV1Client();
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    const contact = valueOf(
      await app.call('contacts.create', { clientId: id, fields: { at: '2025-03-01T08:30:00.000Z', type: 'phone', summary: 'Eerste gesprek' } }),
    );

    const onDisk = JSON.parse(await fsp.readFile(file, 'utf8')) as unknown;
    expect(clientDocumentSchema.parse(onDisk)).toEqual({
      schemaVersion: 2,
      client: { ...v1Client, flags: [], statusHistory: [{ to: 'intake', at: v1Client.createdAt, by: '' }] },
      contacts: [contact],
      appointments: [],
    });
    await app.close();

    const again = await startTestCore({ dataDir: dir });
    expect(valueOf(await again.call('app.status', {})).problems).toEqual([]);
    expect(valueOf(await again.call('contacts.list', { clientId: id }))).toEqual([contact]);
    expect(path.basename(file)).toBe(`${id}.json`);
  });

  it('sets aside a v1 file that cannot become a valid v2 file (no status), instead of inventing one', async () => {
    const dir = await makeTempDir();
    const { status: _status, ...withoutStatus } = v1Client;
    await writeClientFile(dir, id, Buffer.from(JSON.stringify({ schemaVersion: 1, client: withoutStatus })));
    const app = await startTestCore({ dataDir: dir });
    expect(valueOf(await app.call('app.status', {})).problems).toEqual([expect.objectContaining({ reason: 'invalid_schema' })]);
    expect(valueOf(await app.call('clients.list', {}))).toEqual([]);
  });
});
