import * as fsp from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientDocumentSchema, clientDocumentVersion } from '../../../../../../main/services/storage/client-document';
import { clientDocumentV5 } from '../../../../../../main/services/storage/migrations/client-document-v5';
import { manualClock, sampleClient, useCores, valueOf, writeClientFile } from '../../../support/core';
import { useTempDirs } from '../../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const id = '0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

/** A client file exactly as Verbind wrote it with referrals (version 4), before consents. */
const v4Document = {
  schemaVersion: 4,
  client: {
    ...sampleClient(id, { givenName: 'Henk', familyName: 'Bakker', status: 'active' }),
    flags: [],
    statusHistory: [{ to: 'active', at: '2025-01-02T10:00:00.000Z', by: 'Sanne' }],
  },
  contacts: [],
  appointments: [],
  programmes: [],
  measurements: [],
  referrals: [],
};
const v4Bytes = Buffer.from(`${JSON.stringify(v4Document, null, 2)}\n`);

describe('client document migration v4 → v5', () => {
  it('adds an empty list of consents and keeps the rest as it was, without changing its input', () => {
    const stored = structuredClone(v4Document);
    expect(clientDocumentV5.up(stored)).toEqual({ ...v4Document, consents: [] });
    expect(stored).toEqual(v4Document);
  });

  it('opens a real v4 file as a client who was never asked for consent, and nothing is reported', async () => {
    const dir = await makeTempDir();
    await writeClientFile(dir, id, v4Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    expect(valueOf(await app.call('app.status', {})).problems).toEqual([]);
    expect(valueOf(await app.call('clients.get', { id }))).toStrictEqual(v4Document.client);
    expect(valueOf(await app.call('privacy.consents', { clientId: id }))).toEqual({ records: [], current: { keep_data: null, share_with_referrals: null } });
  });

  it('leaves the file on disk byte for byte as it was until the next edit, then writes it in the current version', async () => {
    const dir = await makeTempDir();
    const file = await writeClientFile(dir, id, v4Bytes);
    const app = await startTestCore({ dataDir: dir, clock: manualClock('2025-03-01T09:00:00.000Z') });
    valueOf(await app.call('clients.list', {}));
    valueOf(await app.call('privacy.consents', { clientId: id }));
    valueOf(await app.call('privacy.retentionDue', {}));
    valueOf(await app.call('privacy.erasePreview', { clientId: id }));
    expect(await fsp.readFile(file)).toEqual(v4Bytes);

    const consent = valueOf(await app.call('privacy.recordConsent', { clientId: id, purpose: 'keep_data', given: true, date: '2025-03-01' }));
    // Written when the edit is checkpointed out of the journal: at the latest when the app closes.
    await app.close();
    const onDisk = clientDocumentSchema.parse(JSON.parse(await fsp.readFile(file, 'utf8')));
    expect(onDisk).toEqual({ ...v4Document, schemaVersion: clientDocumentVersion, consents: [consent] });
  });
});
