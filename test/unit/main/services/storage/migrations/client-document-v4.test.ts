import * as fsp from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientDocumentSchema, clientDocumentVersion } from '../../../../../../main/services/storage/client-document';
import { clientDocumentV4 } from '../../../../../../main/services/storage/migrations/client-document-v4';
import { manualClock, sampleClient, useCores, valueOf, writeClientFile } from '../../../support/core';
import { useTempDirs } from '../../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const id = '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

/** A client file exactly as Verbind wrote it with programmes and measurements (version 3), before referrals. */
const v3Document = {
  schemaVersion: 3,
  client: {
    ...sampleClient(id, { givenName: 'Henk', familyName: 'Bakker', status: 'active' }),
    flags: [],
    statusHistory: [{ to: 'active', at: '2025-01-02T10:00:00.000Z', by: 'Sanne' }],
  },
  contacts: [
    {
      id: '1a2b3c4d-0000-4000-8000-000000000001',
      at: '2025-02-03T10:00:00.000Z',
      type: 'phone',
      summary: 'Gebeld over de koffieochtend.',
      agreements: [],
      createdAt: '2025-02-03T11:00:00.000Z',
      updatedAt: '2025-02-03T11:00:00.000Z',
      createdBy: 'Sanne',
      updatedBy: 'Sanne',
    },
  ],
  appointments: [],
  programmes: [],
  measurements: [
    {
      id: '1a2b3c4d-0000-4000-8000-000000000002',
      scaleId: 'ucla-3',
      scaleVersion: 1,
      moment: 'intake',
      takenOn: '2025-02-03',
      answers: { 'lack-companionship': 'often', 'left-out': 'some-of-the-time', 'isolated-from-others': 'hardly-ever' },
      createdAt: '2025-02-03T11:00:00.000Z',
      createdBy: 'Sanne',
    },
  ],
};
const v3Bytes = Buffer.from(`${JSON.stringify(v3Document, null, 2)}\n`);

describe('client document migration v3 → v4', () => {
  it('adds an empty list of referrals and keeps the rest as it was, without changing its input', () => {
    const stored = structuredClone(v3Document);
    expect(clientDocumentV4.up(stored)).toEqual({ ...v3Document, referrals: [] });
    expect(stored).toEqual(v3Document);
  });

  it('opens a real v3 file as a current client file without referrals, and nothing is reported', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, id, v3Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    expect(valueOf(await app.call('app.status', {})).problems).toEqual([]);
    expect(valueOf(await app.call('clients.get', { id }))).toStrictEqual(v3Document.client);
    expect(valueOf(await app.call('referrals.list', { clientId: id }))).toEqual([]);
    expect(valueOf(await app.call('referrals.open', {}))).toEqual([]);
    expect(valueOf(await app.call('measures.list', { clientId: id })).map((scored) => scored.measurement)).toEqual(v3Document.measurements);
  });

  it('leaves the file on disk byte for byte as it was until the next edit, then writes it in the current version', async () => {
    const dir = await makeTempDir();
    const file = await writeClientFile(dir, id, v3Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    valueOf(await app.call('clients.list', {}));
    valueOf(await app.call('referrals.list', { clientId: id }));
    valueOf(await app.call('referrals.open', {}));
    valueOf(await app.call('attention.list', {}));
    valueOf(await app.call('referrals.checkFit', { clientId: id, destination: { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'group' } }));
    expect(await fsp.readFile(file)).toEqual(v3Bytes);

    const referral = valueOf(
      await app.call('referrals.create', {
        clientId: id,
        fields: {
          destination: { source: 'free', name: 'Buurtteam', kind: 'district_team', format: 'individual' },
          reason: 'Zit veel alleen.',
          question: 'Eerste gesprek?',
          consentOn: '2025-03-01',
          plannedOn: '2025-03-03',
        },
      }),
    );
    // Written when the edit is checkpointed out of the journal: at the latest when the app closes.
    await app.close();
    const onDisk = clientDocumentSchema.parse(JSON.parse(await fsp.readFile(file, 'utf8')));
    expect(onDisk).toEqual({ ...v3Document, schemaVersion: clientDocumentVersion, referrals: [referral], consents: [] });
  });
});
