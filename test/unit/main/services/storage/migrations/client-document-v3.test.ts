import * as fsp from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientDocumentSchema, clientDocumentVersion } from '../../../../../../main/services/storage/client-document';
import { clientDocumentV3 } from '../../../../../../main/services/storage/migrations/client-document-v3';
import { manualClock, sampleClient, useCores, valueOf, writeClientFile } from '../../../support/core';
import { useTempDirs } from '../../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const id = '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

/** A client file exactly as Verbind wrote it with the contact log (version 2): one contact, one appointment. */
const v2Document = {
  schemaVersion: 2,
  client: {
    ...sampleClient(id, { givenName: 'Henk', familyName: 'Bakker', status: 'active', phone: '030 123 45 67' }),
    flags: ['recent_loss'],
    statusHistory: [{ to: 'active', at: '2025-01-02T10:00:00.000Z', by: 'Sanne' }],
  },
  contacts: [
    {
      id: '1a2b3c4d-0000-4000-8000-000000000001',
      at: '2025-02-03T10:00:00.000Z',
      type: 'home_visit',
      summary: 'Eerste huisbezoek.\n  Hij mist zijn vrouw.',
      agreements: [{ id: '1a2b3c4d-0000-4000-8000-000000000002', text: 'Bellen met de buurvrouw', owner: 'client', due: '2025-02-10' }],
      createdAt: '2025-02-03T11:00:00.000Z',
      updatedAt: '2025-02-03T11:00:00.000Z',
      createdBy: 'Sanne',
      updatedBy: 'Sanne',
    },
  ],
  appointments: [
    {
      id: '1a2b3c4d-0000-4000-8000-000000000003',
      start: '2025-03-05T09:30:00.000Z',
      durationMinutes: 45,
      type: 'home_visit',
      createdAt: '2025-02-03T11:00:00.000Z',
      updatedAt: '2025-02-03T11:00:00.000Z',
    },
  ],
};
const v2Bytes = Buffer.from(`${JSON.stringify(v2Document, null, 2)}\n`);

describe('client document migration v2 → v3', () => {
  it('adds an empty programme list and no measurements, and keeps the rest as it was', () => {
    expect(clientDocumentV3.up(structuredClone(v2Document))).toEqual({ ...v2Document, programmes: [], measurements: [] });
  });

  it('does not change the document it was given', () => {
    const stored = structuredClone(v2Document);
    clientDocumentV3.up(stored);
    expect(stored).toEqual(v2Document);
  });

  it('opens a real v2 file as a current client file with no programme and no measurements', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, id, v2Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });

    expect(valueOf(await app.call('app.status', {})).problems).toEqual([]);
    expect(valueOf(await app.call('clients.get', { id }))).toStrictEqual(v2Document.client);
    expect(valueOf(await app.call('contacts.list', { clientId: id }))).toEqual(v2Document.contacts);
    expect(valueOf(await app.call('appointments.list', { clientId: id }))).toEqual(v2Document.appointments);
    expect(valueOf(await app.call('programme.view', { clientId: id }))).toEqual({ moments: [] });
    expect(valueOf(await app.call('measures.list', { clientId: id }))).toEqual([]);
  });

  it('leaves the file on disk byte for byte as it was until the next edit, then writes it in the current version', async () => {
    const dir = await makeTempDir();
    const file = await writeClientFile(dir, id, v2Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    valueOf(await app.call('clients.list', {}));
    valueOf(await app.call('clients.overview', { id }));
    valueOf(await app.call('programme.view', { clientId: id }));
    valueOf(await app.call('measures.list', { clientId: id }));
    valueOf(await app.call('agenda.days', { from: '2025-03-01', to: '2025-03-14' }));
    expect(await fsp.readFile(file)).toEqual(v2Bytes);

    const run = valueOf(
      await app.call('programme.start', { clientId: id, templateId: 'verbind-8-weeks', firstSessionAt: '2025-03-03T10:00:00+01:00' }),
    );
    // Written when the edit is checkpointed out of the journal: at the latest when the app closes.
    await app.close();
    const onDisk = clientDocumentSchema.parse(JSON.parse(await fsp.readFile(file, 'utf8')));
    expect(onDisk).toEqual({ ...v2Document, schemaVersion: clientDocumentVersion, programmes: [run], measurements: [], referrals: [], consents: [] });
  });
});
