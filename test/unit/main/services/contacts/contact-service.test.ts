import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agreement, ContactFieldsInput } from '../../../../../main/domain/contacts/contact';
import { chainProblems, errorOf, manualClock, memoryStore, readAuditLog, useCores, valueOf } from '../../support/core';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const unknownId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';

async function setUp() {
  const dir = await makeTempDir();
  const clock = manualClock('2026-11-25T12:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock, preferences: memoryStore({ workerName: 'Sanne' }) });
  const client = valueOf(await app.call('clients.create', { givenName: 'Zoë', familyName: 'Jansen' }));
  const log = async (fields: ContactFieldsInput) => valueOf(await app.call('contacts.create', { clientId: client.id, fields }));
  const list = async (type?: string) => valueOf(await app.call('contacts.list', type ? { clientId: client.id, type } : { clientId: client.id }));
  return { dir, clock, app, clientId: client.id, log, list };
}

const visit: ContactFieldsInput = { at: '2026-11-25T10:00:00+01:00', type: 'home_visit', summary: 'Thee gedronken.' };

describe('contacts through the dispatcher', () => {
  it('logs a contact with agreements: ids given, owner and due kept, open, and who logged it', async () => {
    const { log, list } = await setUp();
    const contact = await log({
      ...visit,
      durationMinutes: 45,
      present: '  dochter Lisa ',
      agreements: [
        { text: 'Buurthuis bellen', owner: 'worker', due: '2026-11-28' },
        { text: 'Naar de koffieochtend', owner: 'client' },
      ],
    });

    expect(contact).toEqual({
      id: expect.stringMatching(uuid),
      at: '2026-11-25T09:00:00.000Z',
      type: 'home_visit',
      durationMinutes: 45,
      present: 'dochter Lisa',
      summary: 'Thee gedronken.',
      agreements: [
        { id: expect.stringMatching(uuid), text: 'Buurthuis bellen', owner: 'worker', due: '2026-11-28' },
        { id: expect.stringMatching(uuid), text: 'Naar de koffieochtend', owner: 'client' },
      ],
      createdAt: '2026-11-25T12:00:00.000Z',
      updatedAt: '2026-11-25T12:00:00.000Z',
      createdBy: 'Sanne',
      updatedBy: 'Sanne',
    });
    expect(new Set([contact.id, ...contact.agreements.map((a) => a.id)]).size).toBe(3);
    expect(await list()).toEqual([contact]);
  });

  it('gives agreements fresh ids even when the caller sends some (ids are not chosen by the renderer)', async () => {
    const { log } = await setUp();
    const contact = await log({ ...visit, agreements: [{ id: unknownId, text: 'Bellen', owner: 'worker' }] });
    expect(contact.agreements[0]?.id).not.toBe(unknownId);
  });

  describe('notes keep their text exactly', () => {
    const summaries = {
      'line breaks (LF and CRLF) and blank lines': 'Eerste regel\n\nDerde regel\r\nVierde',
      'leading and trailing spaces': '   ingesprongen\n\t tab en spatie   ',
      emoji: 'Blij met de kat 🐈‍⬛ en 👩🏽‍🦳 op bezoek ❤️',
      'only spaces': '   ',
    };

    it.each(Object.entries(summaries))('keeps %s, in the answer, the list and after a restart', async (_label, summary) => {
      const { app, dir, log, list, clientId } = await setUp();
      const contact = await log({ ...visit, summary });
      expect(contact.summary).toBe(summary);
      expect((await list())[0]?.summary).toBe(summary);
      await app.close();
      const again = await startTestCore({ dataDir: dir });
      expect(valueOf(await again.call('contacts.list', { clientId }))[0]?.summary).toBe(summary);
    });

    it('keeps a 20,000-character note whole and refuses one character more on the summary field', async () => {
      const { app, log, clientId } = await setUp();
      const long = `${'Lange notitie met regels.\n'.repeat(769)}${'x'.repeat(6)}`;
      expect(long).toHaveLength(20_000);
      expect((await log({ ...visit, summary: long })).summary).toBe(long);

      expect(errorOf(await app.call('contacts.create', { clientId, fields: { ...visit, summary: `${long}!` } }))).toEqual({
        code: 'invalid_input',
        messageKey: 'errors:invalidInput',
        issues: [{ path: ['fields', 'summary'], messageKey: 'contacts:validation.tooLong' }],
      });
    });
  });

  it('stores a time given with an offset in UTC and lists contacts newest first across offsets', async () => {
    const { log, list } = await setUp();
    const amsterdam = await log({ ...visit, at: '2026-11-25T10:00:00+01:00' }); // 09:00 UTC
    const utc = await log({ ...visit, at: '2026-11-25T09:30:00Z' }); // 09:30 UTC
    const newYork = await log({ ...visit, at: '2026-11-25T05:00:00-05:00' }); // 10:00 UTC
    const dayBefore = await log({ ...visit, at: '2026-11-24T23:59:00-01:00' }); // 00:59 UTC on the 25th

    expect(amsterdam.at).toBe('2026-11-25T09:00:00.000Z');
    expect(newYork.at).toBe('2026-11-25T10:00:00.000Z');
    expect(dayBefore.at).toBe('2026-11-25T00:59:00.000Z');
    expect((await list()).map((contact) => contact.id)).toEqual([newYork.id, utc.id, amsterdam.id, dayBefore.id]);
  });

  it('refuses a time without an offset (it would mean a different moment on another laptop)', async () => {
    const { app, clientId } = await setUp();
    const result = await app.call('contacts.create', { clientId, fields: { ...visit, at: '2026-11-25T10:00:00' } });
    expect(errorOf(result).issues).toEqual([{ path: ['fields', 'at'], messageKey: 'contacts:validation.dateTimeInvalid' }]);
  });

  it('filters the timeline by type, still newest first', async () => {
    const { log, list } = await setUp();
    const call1 = await log({ ...visit, type: 'phone', at: '2026-11-20T10:00:00Z' });
    await log({ ...visit, type: 'home_visit', at: '2026-11-21T10:00:00Z' });
    const call2 = await log({ ...visit, type: 'phone', at: '2026-11-22T10:00:00Z' });
    expect((await list('phone')).map((contact) => contact.id)).toEqual([call2.id, call1.id]);
    expect(await list('video')).toEqual([]);
    expect(await list()).toHaveLength(3);
  });

  describe('editing', () => {
    async function withTickedAgreement() {
      const setup = await setUp();
      const contact = await setup.log({
        ...visit,
        agreements: [
          { text: 'Buurthuis bellen', owner: 'worker', due: '2026-11-28' },
          { text: 'Wandelen', owner: 'client' },
          { text: 'Foto’s meenemen', owner: 'client' },
        ],
      });
      const [call, walk, photos] = contact.agreements as [Agreement, Agreement, Agreement];
      setup.clock.set('2026-11-26T08:00:00.000Z');
      const ticked = valueOf(
        await setup.app.call('contacts.setAgreementDone', { clientId: setup.clientId, contactId: contact.id, agreementId: call.id, done: true }),
      );
      return { ...setup, contact: ticked, call, walk, photos };
    }

    it('keeps a ticked agreement ticked, with its id, when its text is corrected; drops a removed one; adds a new one', async () => {
      const { app, clientId, contact, call, walk, photos, clock, list } = await withTickedAgreement();
      clock.set('2026-11-26T09:00:00.000Z');
      const updated = valueOf(
        await app.call('contacts.update', {
          clientId,
          contactId: contact.id,
          expectedUpdatedAt: contact.updatedAt,
          fields: {
            ...visit,
            summary: 'Thee gedronken, gecorrigeerd.',
            agreements: [
              { id: call.id, text: 'Buurthuis Oost bellen', owner: 'worker', due: '2026-11-29' },
              { id: walk.id, text: 'Wandelen', owner: 'client' },
              { text: 'Huisarts vragen', owner: 'worker' },
            ],
          },
        }),
      );

      expect(updated.agreements).toEqual([
        { id: call.id, text: 'Buurthuis Oost bellen', owner: 'worker', due: '2026-11-29', doneAt: '2026-11-26T08:00:00.000Z' },
        { id: walk.id, text: 'Wandelen', owner: 'client' },
        { id: expect.stringMatching(uuid), text: 'Huisarts vragen', owner: 'worker' },
      ]);
      expect(updated.agreements.map((a) => a.id)).not.toContain(photos.id);
      expect(updated).toMatchObject({ summary: 'Thee gedronken, gecorrigeerd.', createdAt: contact.createdAt, updatedAt: '2026-11-26T09:00:00.000Z' });
      expect(await list()).toEqual([updated]);
    });

    it('refuses an edit from a copy older than a tick-off with conflict', async () => {
      const { app, clientId, contact, list } = await withTickedAgreement();
      const stale = await app.call('contacts.update', {
        clientId,
        contactId: contact.id,
        expectedUpdatedAt: contact.createdAt,
        fields: { ...visit, summary: 'Overschreven' },
      });
      expect(errorOf(stale)).toEqual({ code: 'conflict', messageKey: 'errors:contactChangedElsewhere' });
      expect(await list()).toEqual([contact]);
    });

    it('ticks an agreement off with the time, and opens it again without a done time', async () => {
      const { app, clientId, contact, call, clock } = await withTickedAgreement();
      expect(contact.agreements.find((a) => a.id === call.id)?.doneAt).toBe('2026-11-26T08:00:00.000Z');
      expect(contact.updatedBy).toBe('Sanne');

      clock.set('2026-11-27T08:00:00.000Z');
      const again = valueOf(await app.call('contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId: call.id, done: true }));
      expect(again.agreements.find((a) => a.id === call.id)?.doneAt).toBe('2026-11-26T08:00:00.000Z');

      const reopened = valueOf(await app.call('contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId: call.id, done: false }));
      expect(reopened.agreements.find((a) => a.id === call.id)).toEqual({ id: call.id, text: 'Buurthuis bellen', owner: 'worker', due: '2026-11-28' });
      expect(reopened.agreements.filter((a) => a.doneAt !== undefined)).toEqual([]);
    });
  });

  describe('deleting', () => {
    it('refuses a delete from a stale copy with conflict and keeps the contact', async () => {
      const { app, dir, clientId, log, list, clock } = await setUp();
      const contact = await log(visit);
      clock.set('2026-11-25T13:00:00.000Z');
      const edited = valueOf(
        await app.call('contacts.update', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt, fields: { ...visit, summary: 'Nieuw' } }),
      );
      const before = await snapshotTree(path.join(dir, 'caseload'));
      expect(errorOf(await app.call('contacts.delete', { clientId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt }))).toEqual({
        code: 'conflict',
        messageKey: 'errors:contactChangedElsewhere',
      });
      expect(await list()).toEqual([edited]);
      expect(await snapshotTree(path.join(dir, 'caseload'))).toEqual(before);
    });

    it('removes the contact, also from the files on disk once the change is checkpointed (at the latest on closing)', async () => {
      const { app, dir, clientId, log, list } = await setUp();
      const kept = await log({ ...visit, summary: 'Blijft', at: '2026-11-20T10:00:00Z' });
      const gone = await log({ ...visit, summary: 'Weg ermee' });
      expect(valueOf(await app.call('contacts.delete', { clientId, contactId: gone.id, expectedUpdatedAt: gone.updatedAt }))).toEqual({ deleted: true });
      expect(await list()).toEqual([kept]);
      await app.close();
      expect(await fsp.readdir(path.join(dir, 'caseload/journal'))).toEqual([]);
      const file = await fsp.readFile(path.join(dir, 'caseload/clients', `${clientId}.json`), 'utf8');
      expect(file).not.toContain('Weg ermee');
      expect(file).toContain('Blijft');
    });
  });

  it('loses nothing when several changes to one client arrive at once (each sees the one before)', async () => {
    const { app, clientId, log, list } = await setUp();
    const contact = await log({
      ...visit,
      agreements: Array.from({ length: 5 }, (_, i) => ({ text: `Afspraak ${i + 1}`, owner: 'worker' as const })),
    });
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => app.call('contacts.create', { clientId, fields: { ...visit, summary: `Tegelijk ${i}` } })),
      ...contact.agreements.map((agreement) =>
        app.call('contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId: agreement.id, done: true }),
      ),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const contacts = await list();
    expect(contacts).toHaveLength(9);
    expect(contacts.find((c) => c.id === contact.id)?.agreements.every((agreement) => agreement.doneAt !== undefined)).toBe(true);
  });

  it('answers not_found with the key of what is missing: client, contact or agreement', async () => {
    const { app, clientId, log } = await setUp();
    const contact = await log({ ...visit, agreements: [{ text: 'Bellen', owner: 'worker' }] });
    const agreementId = contact.agreements[0]?.id ?? '';
    const cases: [string, Record<string, unknown>, string][] = [
      ['contacts.list', { clientId: unknownId }, 'errors:clientNotFound'],
      ['contacts.create', { clientId: unknownId, fields: visit }, 'errors:clientNotFound'],
      ['contacts.update', { clientId, contactId: unknownId, expectedUpdatedAt: contact.updatedAt, fields: visit }, 'errors:contactNotFound'],
      ['contacts.delete', { clientId, contactId: unknownId, expectedUpdatedAt: contact.updatedAt }, 'errors:contactNotFound'],
      ['contacts.delete', { clientId: unknownId, contactId: contact.id, expectedUpdatedAt: contact.updatedAt }, 'errors:clientNotFound'],
      ['contacts.setAgreementDone', { clientId, contactId: unknownId, agreementId, done: true }, 'errors:contactNotFound'],
      ['contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId: unknownId, done: true }, 'errors:agreementNotFound'],
    ];
    for (const [name, input, messageKey] of cases) {
      expect(errorOf(await app.call(name as 'contacts.list', input)), `${name} ${messageKey}`).toEqual({ code: 'not_found', messageKey });
    }
  });

  it('writes an audit record for every change, on an intact chain, without the note or agreement text', async () => {
    const { app, dir, clientId, log } = await setUp();
    const secret = 'Zij vertelde over haar verdriet';
    const contact = await log({ ...visit, summary: secret, agreements: [{ text: 'Rouwgroep zoeken', owner: 'worker' }] });
    const agreementId = contact.agreements[0]?.id ?? '';
    const ticked = valueOf(await app.call('contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId, done: true }));
    const edited = valueOf(
      await app.call('contacts.update', { clientId, contactId: contact.id, expectedUpdatedAt: ticked.updatedAt, fields: { ...visit, summary: `${secret}!` } }),
    );
    valueOf(await app.call('contacts.delete', { clientId, contactId: contact.id, expectedUpdatedAt: edited.updatedAt }));

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.map(({ action, entity, clientId: id, entityId }) => ({ action, entity, clientId: id, entityId }))).toEqual([
      { action: 'create', entity: 'client', clientId, entityId: undefined },
      { action: 'create', entity: 'contact', clientId, entityId: contact.id },
      { action: 'change', entity: 'agreement', clientId, entityId: agreementId },
      { action: 'change', entity: 'contact', clientId, entityId: contact.id },
      { action: 'delete', entity: 'contact', clientId, entityId: contact.id },
    ]);
    expect(records.every((record) => record.actor === 'Sanne')).toBe(true);
    const text = await fsp.readFile(path.join(dir, 'audit/audit-log.jsonl'), 'utf8');
    expect(text).not.toContain('verdriet');
    expect(text).not.toContain('Rouwgroep');
  });

  it('writes no audit record for a refused change', async () => {
    const { app, dir, clientId, log } = await setUp();
    const contact = await log(visit);
    const before = (await readAuditLog(dir)).length;
    errorOf(await app.call('contacts.delete', { clientId, contactId: contact.id, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' }));
    errorOf(await app.call('contacts.setAgreementDone', { clientId, contactId: contact.id, agreementId: unknownId, done: true }));
    expect(await readAuditLog(dir)).toHaveLength(before);
  });
});
