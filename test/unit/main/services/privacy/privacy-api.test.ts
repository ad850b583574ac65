import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { erasureRegisterFile } from '../../../../../main/services/privacy/erasure-register';
import type { ClientDocument } from '../../../../../main/services/storage/client-document';
import { clientsFolder, errorOf, readAuditLog, useCores, valueOf, writeClientFile, documentBytes } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { clientFile, contactWith, measurement, programmeRun, referral } from '../documents/document-fixtures';
import { documentsCore } from '../documents/documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

/** A full client file: two contacts (one agreement), a programme run, two measurements, a referral. */
function fullFile(): ClientDocument {
  return clientFile({
    contacts: [
      contactWith('2026-11-05T14:00:00.000Z', [{ id: randomUUID(), text: 'Buurvrouw bellen', owner: 'client' }], 'Praat over haar zus.'),
      contactWith('2026-11-12T14:00:00.000Z', []),
    ],
    programmes: [programmeRun(2)],
    measurements: [measurement('2026-11-02', 'intake', 9), measurement('2026-11-30', 'halfway', 6)],
    referrals: [referral(['address'])],
  });
}

const closedOn = (iso: string) => ({ status: 'closed' as const, statusHistory: [{ to: 'active' as const, at: '2020-01-01T10:00:00.000Z', by: 'Sanne' }, { from: 'active' as const, to: 'closed' as const, at: iso, by: 'Sanne', reason: 'goal_reached' as const }] });

describe('consent per purpose', () => {
  it('keeps every answer as history, and the latest one holds; the audit says what changed, not the note', async () => {
    const file = clientFile();
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [file]);
    const clientId = file.client.id;
    expect(valueOf(await app.call('privacy.consents', { clientId })).current).toEqual({ keep_data: null, share_with_referrals: null });

    const given = valueOf(await app.call('privacy.recordConsent', { clientId, purpose: 'share_with_referrals', given: true, date: '2026-11-01', note: 'Mondeling, in bijzijn van dochter' }));
    expect(given).toMatchObject({ purpose: 'share_with_referrals', given: true, date: '2026-11-01', recordedBy: 'Sanne Visser', note: 'Mondeling, in bijzijn van dochter' });
    valueOf(await app.call('privacy.recordConsent', { clientId, purpose: 'keep_data', given: true, date: '2026-11-01' }));
    const withdrawn = valueOf(await app.call('privacy.recordConsent', { clientId, purpose: 'share_with_referrals', given: false, date: '2026-12-03' }));

    const consents = valueOf(await app.call('privacy.consents', { clientId }));
    expect(consents.current.share_with_referrals).toEqual(withdrawn);
    expect(consents.current.keep_data?.given).toBe(true);
    expect(consents.records.map((record) => record.id)).toEqual([withdrawn.id, expect.any(String), given.id]);

    const log = await readAuditLog(dir);
    const consentRecords = log.filter((record) => record.entity === 'consent');
    expect(consentRecords.map((record) => record.detail)).toEqual(['share_with_referrals:given', 'keep_data:given', 'share_with_referrals:withdrawn']);
    expect(JSON.stringify(log)).not.toContain('Mondeling');
  });

  it('refuses a day in the future and a note that is too long, with words for the form', async () => {
    const file = clientFile();
    const app = await documentsCore(startTestCore, await makeTempDir(), [file]);
    const future = errorOf(await app.call('privacy.recordConsent', { clientId: file.client.id, purpose: 'keep_data', given: true, date: '2026-12-05' }));
    expect(future).toMatchObject({ code: 'invalid_input', messageKey: 'privacy:validation.dateInFuture' });
    const long = errorOf(await app.call('privacy.recordConsent', { clientId: file.client.id, purpose: 'keep_data', given: true, date: '2026-12-04', note: 'x'.repeat(501) }));
    expect(long.issues?.[0]).toEqual({ path: ['note'], messageKey: 'privacy:validation.noteTooLong' });
    expect(valueOf(await app.call('privacy.consents', { clientId: file.client.id })).records).toEqual([]);
  });
});

describe('access export as JSON', () => {
  it('holds the whole client file and the audit records about it, and is logged as an export', async () => {
    const file = fullFile();
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [file]);
    valueOf(await app.call('clients.overview', { id: file.client.id }));
    await app.core.close();
    const reopened = await documentsCore(startTestCore, dir);
    const exported = valueOf(await reopened.call('privacy.accessExportJson', { clientId: file.client.id }));
    expect(exported.fileName).toBe('inzageverzoek-bakker-celik-2026-12-04.json');
    const content = JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString('utf8')) as Record<string, unknown>;
    expect(content).toMatchObject({ format: 'verbind-access-export', exportedAt: '2026-12-04T10:00:00.000Z', client: file.client, contacts: file.contacts, programmes: file.programmes, referrals: file.referrals, consents: [] });
    expect(content.auditRecords).toEqual([expect.objectContaining({ action: 'view', entity: 'client', actor: 'Sanne Visser' })]);
    const log = await readAuditLog(dir);
    expect(log.at(-1)).toMatchObject({ action: 'export', entity: 'client', clientId: file.client.id, detail: 'accessExport:json' });
  });
});

describe('erasing a client', () => {
  it('previews what will go, refuses a wrong name, and then removes the file, the search row and any trace of the person', async () => {
    const file = fullFile();
    const other = clientFile({ client: { givenName: 'Henk', familyName: 'Smit' } });
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [file, other]);
    const clientId = file.client.id;
    valueOf(await app.call('privacy.recordConsent', { clientId, purpose: 'keep_data', given: true, date: '2026-11-01' }));

    expect(valueOf(await app.call('privacy.erasePreview', { clientId }))).toEqual({
      clientId,
      givenName: 'Zoë',
      familyName: 'Bakker-Çelik',
      counts: { contacts: 2, agreements: 1, appointments: 0, programmeRuns: 1, sessions: 8, sessionNotes: 2, measurements: 2, referrals: 1, consents: 1 },
      backups: 0,
    });

    const wrong = errorOf(await app.call('privacy.erase', { clientId, confirmName: 'Zoë Bakker' }));
    expect(wrong).toMatchObject({ code: 'invalid_input', messageKey: 'privacy:validation.nameMismatch' });
    expect(valueOf(await app.call('clients.list', { query: 'Bakker' })).map((row) => row.id)).toEqual([clientId]);

    const outcome = valueOf(await app.call('privacy.erase', { clientId, confirmName: '  zoë   BAKKER-çelik ' }));
    expect(outcome.counts.contacts).toBe(2);
    expect(errorOf(await app.call('clients.get', { id: clientId })).code).toBe('not_found');
    expect(valueOf(await app.call('clients.list', { query: 'Bakker' }))).toEqual([]);
    expect(valueOf(await app.call('clients.list', {})).map((row) => row.id)).toEqual([other.client.id]);
    await expect(fsp.access(path.join(dir, clientsFolder, `${clientId}.json`))).rejects.toThrow();
    const register = JSON.parse(await fsp.readFile(path.join(dir, erasureRegisterFile), 'utf8')) as { erased: { clientId: string }[] };
    expect(register.erased.map((entry) => entry.clientId)).toEqual([clientId]);

    const log = await readAuditLog(dir);
    expect(log.at(-1)).toMatchObject({
      action: 'erase',
      entity: 'client',
      clientId,
      detail: 'contacts:2;agreements:1;appointments:0;programmeRuns:1;sessions:8;sessionNotes:2;measurements:2;referrals:1;consents:1',
    });
    const logText = await fsp.readFile(path.join(dir, 'audit', 'audit-log.jsonl'), 'utf8');
    for (const personal of ['Zoë', 'Bakker', 'Kerkstraat', 'Buurvrouw']) expect(logText).not.toContain(personal);

    // Erased stays erased after a restart, and a second erase finds nothing.
    await app.core.close();
    const reopened = await documentsCore(startTestCore, dir);
    expect(errorOf(await reopened.call('clients.get', { id: clientId })).code).toBe('not_found');
    expect(errorOf(await reopened.call('privacy.erase', { clientId, confirmName: 'Zoë Bakker-Çelik' })).code).toBe('not_found');
  });

  it('finishes an erasure a crash interrupted: a file whose id is in the register is removed at start', async () => {
    const file = clientFile();
    const dir = await makeTempDir();
    await writeClientFile(dir, file.client.id, documentBytes(file));
    await fsp.mkdir(path.join(dir, 'privacy'), { recursive: true });
    await fsp.writeFile(path.join(dir, erasureRegisterFile), JSON.stringify({ schemaVersion: 1, erased: [{ clientId: file.client.id, erasedAt: '2026-12-01T10:00:00.000Z' }] }));
    const app = await documentsCore(startTestCore, dir);
    expect(valueOf(await app.call('clients.list', {}))).toEqual([]);
    await expect(fsp.access(path.join(dir, clientsFolder, `${file.client.id}.json`))).rejects.toThrow();
    expect((await readAuditLog(dir)).some((record) => record.action === 'erase' && record.clientId === file.client.id)).toBe(true);
  });
});

describe('retention of closed cases', () => {
  it('lists closed cases past the keeping period and erases only those still due', async () => {
    const old = clientFile({ client: { givenName: 'Oud', familyName: 'Dossier', ...closedOn('2024-11-03T10:00:00.000Z') } });
    const recent = clientFile({ client: { givenName: 'Recent', familyName: 'Dossier', ...closedOn('2025-01-10T10:00:00.000Z') } });
    const active = clientFile({ client: { givenName: 'Actief', familyName: 'Dossier' } });
    const dir = await makeTempDir();
    const app = await documentsCore(startTestCore, dir, [old, recent, active]);

    expect(valueOf(await app.call('privacy.retentionDue', {}))).toEqual([
      { clientId: old.client.id, givenName: 'Oud', familyName: 'Dossier', closedOn: '2024-11-03', monthsSince: 25 },
    ]);
    valueOf(await app.call('preferences.update', { retentionMonths: 12 }));
    expect(valueOf(await app.call('privacy.retentionDue', {})).map((due) => due.givenName)).toEqual(['Oud', 'Recent']);
    valueOf(await app.call('preferences.update', { retentionMonths: 24 }));

    const refused = errorOf(await app.call('privacy.eraseMany', { clientIds: [old.client.id], confirmed: false }));
    expect(refused.code).toBe('invalid_input');
    expect(valueOf(await app.call('privacy.eraseMany', { clientIds: [old.client.id, recent.client.id, active.client.id], confirmed: true }))).toEqual({ erased: 1 });
    expect(valueOf(await app.call('clients.list', {})).map((row) => row.givenName).sort()).toEqual(['Actief', 'Recent']);
    expect(valueOf(await app.call('privacy.retentionDue', {}))).toEqual([]);
  });
});
