import { describe, expect, it, vi } from 'vitest';
import type { ClientFieldsInput } from '../../../../../main/domain/clients/client';
import { clientFieldsSchema, clientProfileInputSchema } from '../../../../../main/domain/clients/client';
import { contactFieldsSchema, type ContactFieldsInput } from '../../../../../main/domain/contacts/contact';
import { openAuditTrail } from '../../../../../main/services/audit/audit-trail';
import { createClientFiles } from '../../../../../main/services/clients/client-files';
import { createClientIndex, type ClientQuery } from '../../../../../main/services/clients/client-index';
import { createClientService } from '../../../../../main/services/clients/client-service';
import { createContactService } from '../../../../../main/services/contacts/contact-service';
import { openCaseloadStore } from '../../../../../main/services/storage/caseload-store';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { manualClock, memoryStore, useCores, valueOf } from '../../support/core';

const startTestCore = useCores();

/** A moment in the laptop's own zone (month 1–12), so day boundaries hold in any time zone. */
const local = (year: number, month: number, day: number, hour = 0) => new Date(year, month - 1, day, hour).toISOString();

/** A caseload as the worker sees it through the dispatcher, on in-memory storage. */
async function caseload() {
  const clock = manualClock(local(2025, 3, 10, 9));
  const app = await startTestCore({ dataDir: '/memory', files: createMemoryDataFiles(), clock, preferences: memoryStore() });
  const create = async (fields: ClientFieldsInput) => valueOf(await app.call('clients.create', fields));
  const contact = async (clientId: string, fields: ContactFieldsInput) => valueOf(await app.call('contacts.create', { clientId, fields }));
  const list = async (query: ClientQuery = {}) => valueOf(await app.call('clients.list', query)).map((row) => row.givenName);

  const zoe = await create({
    givenName: 'Zoë',
    familyName: 'Jansen',
    phone: '06 12 34 56 78',
    email: 'zoe.jansen@voorbeeld.nl',
    status: 'active',
    ageGroup: 'older_adult',
    assignedWorker: 'Sanne',
    flags: ['recent_loss'],
  });
  const johanna = await create({
    givenName: 'Johanna',
    preferredName: 'Jóke',
    familyName: 'de Boer',
    phone: '020-7654321',
    status: 'intake',
    ageGroup: 'older_adult',
    flags: ['safety_concern'],
  });
  const bram = await create({ givenName: 'Bram', familyName: 'Bakker', email: 'b.bakker@example.org', status: 'registered', ageGroup: 'student', assignedWorker: 'Joost' });
  const emile = await create({ givenName: 'Émile', familyName: 'Éluard', status: 'aftercare', assignedWorker: 'Sanne' });

  await contact(zoe.id, { at: local(2025, 3, 7, 10), type: 'home_visit', summary: '', agreements: [{ text: 'Bellen', owner: 'worker', due: '2025-03-12' }] });
  await contact(bram.id, { at: local(2025, 2, 1, 10), type: 'phone', summary: '' });
  valueOf(await app.call('appointments.create', { clientId: johanna.id, fields: { start: local(2025, 3, 20, 10), durationMinutes: 60, type: 'office' } }));
  return { app, clock, list, create, contact, ids: { zoe: zoe.id, johanna: johanna.id, bram: bram.id, emile: emile.id } };
}

describe('clients.list: search as you type', () => {
  it.each([
    ['0612', ['Zoë']],
    ['06 12 34', ['Zoë']],
    ['06-1234', ['Zoë']],
    ['7654321', ['Johanna']],
    ['020', ['Johanna']],
    ['zoe.jansen@voorbeeld.nl', ['Zoë']],
    ['VOORBEELD', ['Zoë']],
    ['example.org', ['Bram']],
    ['zoe', ['Zoë']],
    ['joke', ['Johanna']],
    ['JOKE BOER', ['Johanna']],
    ['emile', ['Émile']],
    ['éluard', ['Émile']],
    ['0699', []],
  ])('finds %j → %j', async (query, expected) => {
    const { list } = await caseload();
    expect(await list({ query })).toEqual(expected);
  });
});

describe('clients.list: filters', () => {
  it('filters on one flag, or on any flag', async () => {
    const { list } = await caseload();
    expect(await list({ flag: 'safety_concern' })).toEqual(['Johanna']);
    expect(await list({ flag: 'any' })).toEqual(['Johanna', 'Zoë']);
    expect(await list({ flag: 'suicidal_thoughts' })).toEqual([]);
  });

  it('filters on age group', async () => {
    const { list } = await caseload();
    expect(await list({ ageGroup: 'older_adult' })).toEqual(['Johanna', 'Zoë']);
    expect(await list({ ageGroup: 'student' })).toEqual(['Bram']);
  });

  it('filters on the worker, and the empty string gives the clients nobody is assigned to', async () => {
    const { list } = await caseload();
    expect(await list({ worker: 'Sanne' })).toEqual(['Émile', 'Zoë']);
    expect(await list({ worker: '' })).toEqual(['Johanna']);
    expect(await list({ worker: 'Niemand' })).toEqual([]);
  });

  it('combines status, filters and search', async () => {
    const { list } = await caseload();
    expect(await list({ worker: 'Sanne', status: 'active', query: 'zoe' })).toEqual(['Zoë']);
    expect(await list({ worker: 'Sanne', status: 'intake' })).toEqual([]);
  });
});

describe('clients.list: sorting', () => {
  it('sorts by name (family name first) both ways', async () => {
    const { list } = await caseload();
    expect(await list({ sort: 'name' })).toEqual(['Bram', 'Johanna', 'Émile', 'Zoë']);
    expect(await list({ sort: 'name', descending: true })).toEqual(['Zoë', 'Émile', 'Johanna', 'Bram']);
    expect(await list()).toEqual(await list({ sort: 'name' }));
  });

  it('sorts by status along the path both ways', async () => {
    const { list } = await caseload();
    expect(await list({ sort: 'status' })).toEqual(['Bram', 'Johanna', 'Zoë', 'Émile']);
    expect(await list({ sort: 'status', descending: true })).toEqual(['Émile', 'Zoë', 'Johanna', 'Bram']);
  });

  it('sorts by last contact with the never-contacted last, in both directions', async () => {
    const { list } = await caseload();
    expect(await list({ sort: 'lastContact' })).toEqual(['Bram', 'Zoë', 'Johanna', 'Émile']);
    expect(await list({ sort: 'lastContact', descending: true })).toEqual(['Zoë', 'Bram', 'Johanna', 'Émile']);
  });

  it('sorts by next action (appointment or due agreement) with nothing planned last, in both directions', async () => {
    const { list, app, ids } = await caseload();
    const rows = valueOf(await app.call('clients.list', {}));
    expect(rows.find((row) => row.id === ids.zoe)?.nextActionOn).toBe('2025-03-12');
    expect(rows.find((row) => row.id === ids.johanna)?.nextActionOn).toBe('2025-03-20');
    expect(await list({ sort: 'nextAction' })).toEqual(['Zoë', 'Johanna', 'Bram', 'Émile']);
    expect(await list({ sort: 'nextAction', descending: true })).toEqual(['Johanna', 'Zoë', 'Bram', 'Émile']);
  });
});

/** The services wired by hand, so the test can watch how often the stored files are walked. */
async function services() {
  const clock = manualClock(local(2025, 3, 10, 9));
  const dataFiles = createMemoryDataFiles();
  const store = await openCaseloadStore(dataFiles, () => clock.now());
  const audit = await openAuditTrail(dataFiles, () => 'Sanne', () => clock.now());
  const files = createClientFiles(store);
  const walks = vi.spyOn(files, 'projections');
  const index = createClientIndex(files, clock);
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const clients = createClientService(files, audit, clock, newId, () => 'Sanne');
  const contacts = createContactService(files, audit, clock, newId, () => 'Sanne');
  return { clock, files, walks, index, clients, contacts, store };
}

describe('the caseload index', () => {
  it('reflects every change at once without walking the stored files again', async () => {
    const { walks, index, clients, contacts } = await services();
    expect(index.list({})).toEqual([]);
    expect(walks).toHaveBeenCalledTimes(1);

    const anna = await clients.create(clientFieldsSchema.parse({ givenName: 'Anna', familyName: 'Jansen' }));
    expect(index.list({ query: 'anna' }).map((row) => row.id)).toEqual([anna.id]);

    const renamed = await clients.updateProfile(anna.id, anna.updatedAt, clientProfileInputSchema.parse({ givenName: 'Anneke', familyName: 'Jansen', phone: '06 98 76 54 32' }));
    expect(index.list({ query: 'anna' })).toEqual([]);
    expect(index.list({ query: '0698' }).map((row) => row.givenName)).toEqual(['Anneke']);

    await clients.changeStatus(anna.id, renamed.updatedAt, { to: 'intake' });
    expect(index.list({ status: 'intake' }).map((row) => row.id)).toEqual([anna.id]);

    await contacts.create(anna.id, contactFieldsSchema.parse({ at: local(2025, 3, 10, 8), type: 'phone', summary: '', agreements: [{ text: 'x', owner: 'worker', due: '2025-03-11' }] }));
    expect(index.summary(anna.id)).toMatchObject({ lastContactAt: local(2025, 3, 10, 8), openAgreements: 1, overdueAgreements: 0, nextActionOn: '2025-03-11' });

    await clients.createMany([clientFieldsSchema.parse({ givenName: 'Bram', familyName: 'Bakker' }), clientFieldsSchema.parse({ givenName: 'Cor', familyName: 'Claes' })]);
    expect(index.list({}).map((row) => row.givenName)).toEqual(['Bram', 'Cor', 'Anneke']);

    expect(walks).toHaveBeenCalledTimes(1);
  });

  it('keeps the list as it was when a change is refused', async () => {
    const { index, clients } = await services();
    const anna = await clients.create(clientFieldsSchema.parse({ givenName: 'Anna', familyName: 'Jansen' }));
    const before = index.list({});
    await expect(clients.changeStatus(anna.id, anna.updatedAt, { to: 'active' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(clients.changeStatus(anna.id, '2020-01-01T00:00:00.000Z', { to: 'intake' })).rejects.toMatchObject({ code: 'conflict' });
    expect(index.list({})).toEqual(before);
  });

  it('rebuilds the rows on a new day, so an agreement due today counts as overdue tomorrow', async () => {
    const { clock, walks, index, clients, contacts } = await services();
    const anna = await clients.create(clientFieldsSchema.parse({ givenName: 'Anna', familyName: 'Jansen', status: 'active' }));
    await contacts.create(
      anna.id,
      contactFieldsSchema.parse({ at: local(2025, 3, 10, 8), type: 'phone', summary: '', agreements: [{ text: 'Bellen', owner: 'worker', due: '2025-03-10' }] }),
    );
    expect(index.summary(anna.id)).toMatchObject({ openAgreements: 1, overdueAgreements: 0 });
    clock.set(local(2025, 3, 10, 23));
    expect(index.summary(anna.id)?.overdueAgreements).toBe(0);
    const walksToday = walks.mock.calls.length;

    clock.set(local(2025, 3, 11, 9));
    expect(index.list({})[0]).toMatchObject({ openAgreements: 1, overdueAgreements: 1 });
    expect(walks).toHaveBeenCalledTimes(walksToday + 1);
    index.list({});
    expect(walks).toHaveBeenCalledTimes(walksToday + 1);
  });
});
