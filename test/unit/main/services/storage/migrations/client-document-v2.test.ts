import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientStatuses } from '../../../../../../main/domain/clients/client';
import {
  clientDocumentMigrations,
  clientDocumentSchema,
  clientDocumentVersion,
} from '../../../../../../main/services/storage/client-document';
import { migrateDocument } from '../../../../../../main/services/storage/migrations';
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
    // The step itself: v1 in, the v2 layout out (the runner stamps the version).
    expect(clientDocumentV2.up({ schemaVersion: 1, client: { ...v1Client, status } })).toEqual({
      schemaVersion: 1,
      client: { ...v1Client, status, flags: [], statusHistory: [{ to: status, at: v1Client.createdAt, by: '' }] },
      contacts: [],
      appointments: [],
    });
    // And what it gives stays a valid client file after the later steps.
    const current = clientDocumentSchema.parse(
      migrateDocument({ schemaVersion: 1, client: { ...v1Client, status } }, clientDocumentMigrations, clientDocumentVersion),
    );
    expect(current.client.status).toBe(status);
    expect(current.client.statusHistory).toEqual([{ to: status, at: v1Client.createdAt, by: '' }]);
  });

  it('keeps flags a v1 file somehow already had, and drops nothing else', () => {
    const migrated = clientDocumentV2.up({ schemaVersion: 1, client: { ...v1Client, flags: ['recent_loss'] } });
    expect(migrated.client).toEqual({ ...v1Client, flags: ['recent_loss'], statusHistory: [{ to: 'intake', at: v1Client.createdAt, by: '' }] });
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

  it('writes the file in the current layout at the next edit, keeping everything the worker entered', async () => {
    const { dir, file } = await folderWithV1Client();
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    const contact = valueOf(
      await app.call('contacts.create', { clientId: id, fields: { at: '2025-03-01T08:30:00.000Z', type: 'phone', summary: 'Eerste gesprek' } }),
    );

    // Written when the edit is checkpointed out of the journal: at the latest when the app closes.
    await app.close();
    // The v2 parts, after the whole chain (later versions add their own parts; their tests check those).
    const onDisk = clientDocumentSchema.parse(JSON.parse(await fsp.readFile(file, 'utf8')));
    expect(onDisk.schemaVersion).toBe(clientDocumentVersion);
    expect({ client: onDisk.client, contacts: onDisk.contacts, appointments: onDisk.appointments }).toEqual({
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
