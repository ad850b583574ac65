import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client, ClientFieldsInput } from '../../../../../main/domain/clients/client';
import { openConfStore } from '../../../../../main/services/preferences/conf-store';
import { errorOf, manualClock, useCores, valueOf, type TestCore } from '../../support/core';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

/** The app as the browser host runs it: a real data folder and conf-backed preferences. */
async function startApp(dataDir: string, options: { clock?: ReturnType<typeof manualClock> } = {}): Promise<TestCore> {
  const { store } = await openConfStore(dataDir);
  return startTestCore({ dataDir, preferences: store, ...options });
}

async function create(app: TestCore, fields: ClientFieldsInput): Promise<Client> {
  return valueOf(await app.call('clients.create', fields));
}

const names = (list: { givenName: string; familyName: string }[]) => list.map((c) => `${c.givenName} ${c.familyName}`);

describe('clients through the dispatcher', () => {
  it('creates a client, gets it back and lists it', async () => {
    const clock = manualClock('2025-03-01T09:00:00.000Z');
    const app = await startApp(await makeTempDir(), { clock });
    valueOf(await app.call('preferences.update', { workerName: 'Sanne' }));

    const created = await create(app, {
      givenName: ' Anna ',
      familyName: 'de Vries',
      dateOfBirth: '1950-04-01',
      phone: '06-12345678',
      email: 'anna@example.nl',
      address: 'Dorpsstraat 1',
      status: 'intake',
    });

    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      givenName: 'Anna',
      familyName: 'de Vries',
      dateOfBirth: '1950-04-01',
      phone: '06-12345678',
      email: 'anna@example.nl',
      address: 'Dorpsstraat 1',
      flags: [],
      status: 'intake',
      statusHistory: [{ to: 'intake', at: '2025-03-01T09:00:00.000Z', by: 'Sanne' }],
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
    });
    expect(valueOf(await app.call('clients.get', { id: created.id }))).toEqual(created);
    expect(valueOf(await app.call('clients.list', {}))).toEqual([
      {
        id: created.id,
        givenName: 'Anna',
        familyName: 'de Vries',
        dateOfBirth: '1950-04-01',
        phone: '06-12345678',
        email: 'anna@example.nl',
        status: 'intake',
        flags: [],
        openAgreements: 0,
        overdueAgreements: 0,
        updatedAt: created.updatedAt,
      },
    ]);
  });

  it('stores no empty optional texts, in the answer or in the file', async () => {
    const dir = await makeTempDir();
    const app = await startApp(dir);
    const created = await create(app, { givenName: 'Piet', familyName: 'Smit', phone: '', email: '  ', address: '' });

    expect(Object.keys(valueOf(await app.call('clients.get', { id: created.id }))).sort()).toEqual(
      ['createdAt', 'familyName', 'flags', 'givenName', 'id', 'status', 'statusHistory', 'updatedAt'],
    );
    const stored = JSON.parse(await fsp.readFile(path.join(dir, 'caseload/clients', `${created.id}.json`), 'utf8')) as {
      client: Record<string, unknown>;
    };
    expect(stored.client).not.toHaveProperty('phone');
    expect(stored.client).not.toHaveProperty('email');
    expect(stored.client).not.toHaveProperty('address');
  });

  describe('list', () => {
    async function caseload(): Promise<TestCore> {
      const app = await startApp(await makeTempDir());
      await create(app, { givenName: 'Zoë', familyName: 'Jansen', status: 'active' });
      await create(app, { givenName: 'Céline', familyName: 'Bakker', status: 'intake' });
      await create(app, { givenName: 'Piet', familyName: 'van der Berg', status: 'closed' });
      await create(app, { givenName: 'Anna', familyName: 'Jansen', status: 'active' });
      await create(app, { givenName: 'Émile', familyName: 'Éluard', status: 'aftercare' });
      await create(app, { givenName: 'Kees', familyName: 'de Vries', status: 'active' });
      return app;
    }

    it('sorts by family name, then given name, as a Dutch register does', async () => {
      const app = await caseload();
      expect(names(valueOf(await app.call('clients.list', {})))).toEqual([
        'Céline Bakker',
        'Kees de Vries',
        'Émile Éluard',
        'Anna Jansen',
        'Zoë Jansen',
        'Piet van der Berg',
      ]);
    });

    it.each([
      ['zoe', ['Zoë Jansen']],
      ['ZOË', ['Zoë Jansen']],
      ['celine', ['Céline Bakker']],
      ['emile eluard', ['Émile Éluard']],
      ['jansen', ['Anna Jansen', 'Zoë Jansen']],
      ['jansen anna', ['Anna Jansen']],
      ['van der', ['Piet van der Berg']],
      ['  ', ['Céline Bakker', 'Kees de Vries', 'Émile Éluard', 'Anna Jansen', 'Zoë Jansen', 'Piet van der Berg']],
      ['nobody', []],
    ])('finds %j → %j', async (query, expected) => {
      const app = await caseload();
      expect(names(valueOf(await app.call('clients.list', { query })))).toEqual(expected);
    });

    it('filters on status, alone and together with a search', async () => {
      const app = await caseload();
      expect(names(valueOf(await app.call('clients.list', { status: 'active' })))).toEqual(['Kees de Vries', 'Anna Jansen', 'Zoë Jansen']);
      expect(names(valueOf(await app.call('clients.list', { status: 'active', query: 'jansen' })))).toEqual(['Anna Jansen', 'Zoë Jansen']);
      expect(names(valueOf(await app.call('clients.list', { status: 'closed', query: 'jansen' })))).toEqual([]);
    });
  });

  describe('update', () => {
    it('changes the client, keeps createdAt and moves updatedAt on', async () => {
      const clock = manualClock('2025-03-01T09:00:00.000Z');
      const app = await startApp(await makeTempDir(), { clock });
      const created = await create(app, { givenName: 'Anna', familyName: 'Jansen', phone: '06-12345678' });
      clock.set('2025-03-02T10:30:00.000Z');

      const updated = valueOf(
        await app.call('clients.update', {
          id: created.id,
          expectedUpdatedAt: created.updatedAt,
          fields: { givenName: 'Anna', familyName: 'Jansen-Smit', flags: ['recent_loss'] },
        }),
      );

      // The phone was left out of the form, so it is gone; status and its history are untouched.
      expect(updated).toEqual({
        id: created.id,
        givenName: 'Anna',
        familyName: 'Jansen-Smit',
        flags: ['recent_loss'],
        status: 'registered',
        statusHistory: created.statusHistory,
        createdAt: '2025-03-01T09:00:00.000Z',
        updatedAt: '2025-03-02T10:30:00.000Z',
      });
      expect(valueOf(await app.call('clients.get', { id: created.id }))).toEqual(updated);
    });

    it('refuses a change based on an old copy with conflict, and changes nothing', async () => {
      const dir = await makeTempDir();
      const clock = manualClock();
      const app = await startApp(dir, { clock });
      const created = await create(app, { givenName: 'Anna', familyName: 'Jansen' });
      clock.set('2025-03-01T09:05:00.000Z');
      const first = valueOf(
        await app.call('clients.update', { id: created.id, expectedUpdatedAt: created.updatedAt, fields: { givenName: 'Anna', familyName: 'Bakker' } }),
      );
      const before = await snapshotTree(path.join(dir, 'caseload'));

      const stale = await app.call('clients.update', {
        id: created.id,
        expectedUpdatedAt: created.updatedAt,
        fields: { givenName: 'Anna', familyName: 'Overschreven' },
      });

      expect(errorOf(stale)).toEqual({ code: 'conflict', messageKey: 'errors:clientChangedElsewhere' });
      expect(valueOf(await app.call('clients.get', { id: created.id }))).toEqual(first);
      expect(await snapshotTree(path.join(dir, 'caseload'))).toEqual(before);
    });

    it('gives two quick edits strictly increasing updatedAt, even when the clock has not moved', async () => {
      const clock = manualClock('2025-03-01T09:00:00.000Z');
      const app = await startApp(await makeTempDir(), { clock });
      let client = await create(app, { givenName: 'Anna', familyName: 'Jansen' });
      const stamps = [client.updatedAt];
      for (const familyName of ['Een', 'Twee', 'Drie']) {
        client = valueOf(
          await app.call('clients.update', { id: client.id, expectedUpdatedAt: client.updatedAt, fields: { givenName: 'Anna', familyName } }),
        );
        stamps.push(client.updatedAt);
      }
      clock.set('2025-02-01T00:00:00.000Z'); // the clock jumps back (time zone fix, NTP)
      client = valueOf(
        await app.call('clients.update', { id: client.id, expectedUpdatedAt: client.updatedAt, fields: { givenName: 'Anna', familyName: 'Vier' } }),
      );
      stamps.push(client.updatedAt);

      for (let i = 1; i < stamps.length; i++) expect(Date.parse(stamps[i] ?? '')).toBeGreaterThan(Date.parse(stamps[i - 1] ?? ''));
    });

    it('accepts only one of two edits sent at once from the same copy (double-clicked Save)', async () => {
      const clock = manualClock();
      const app = await startApp(await makeTempDir(), { clock });
      const created = await create(app, { givenName: 'Anna', familyName: 'Jansen' });
      const edit = (familyName: string) =>
        app.call('clients.update', { id: created.id, expectedUpdatedAt: created.updatedAt, fields: { givenName: 'Anna', familyName } });

      const results = await Promise.all([edit('Eerste'), edit('Tweede')]);

      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => errorOf(r).code)).toEqual(['conflict']);
      const winner = results.find((r) => r.ok);
      expect(valueOf(await app.call('clients.get', { id: created.id }))).toEqual(winner && valueOf(winner));
    });

    it('answers not_found for a client that does not exist', async () => {
      const app = await startApp(await makeTempDir());
      expect(
        errorOf(
          await app.call('clients.update', {
            id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10',
            expectedUpdatedAt: '2025-01-01T00:00:00.000Z',
            fields: { givenName: 'A', familyName: 'B' },
          }),
        ),
      ).toEqual({ code: 'not_found', messageKey: 'errors:clientNotFound' });
    });
  });

  it('answers not_found for an unknown id and invalid_input for something that is not an id', async () => {
    const app = await startApp(await makeTempDir());
    expect(errorOf(await app.call('clients.get', { id: '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' }))).toEqual({
      code: 'not_found',
      messageKey: 'errors:clientNotFound',
    });
    expect(errorOf(await app.call('clients.get', { id: '../store' })).code).toBe('invalid_input');
  });

  it('still has every client, unchanged, after the app is closed and started again', async () => {
    const dir = await makeTempDir();
    const clock = manualClock();
    const app = await startApp(dir, { clock });
    const anna = await create(app, { givenName: 'Anna', familyName: 'Jansen', dateOfBirth: '1950-04-01', email: 'anna@example.nl' });
    const zoe = await create(app, { givenName: 'Zoë', familyName: 'Bakker', status: 'active' });
    clock.set('2025-03-05T12:00:00.000Z');
    const annaEdited = valueOf(
      await app.call('clients.changeStatus', { id: anna.id, expectedUpdatedAt: anna.updatedAt, to: 'closed', reason: 'moved' }),
    );
    valueOf(await app.call('preferences.update', { language: 'en', lastView: `/clients/${zoe.id}` }));
    const listBefore = valueOf(await app.call('clients.list', {}));
    await app.close();

    const again = await startApp(dir);
    expect(valueOf(await again.call('app.status', {}))).toMatchObject({ store: 'ready', problems: [] });
    expect(valueOf(await again.call('clients.list', {}))).toEqual(listBefore);
    expect(valueOf(await again.call('clients.get', { id: anna.id }))).toEqual(annaEdited);
    expect(valueOf(await again.call('clients.get', { id: zoe.id }))).toEqual(zoe);
    expect(valueOf(await again.call('preferences.get', {}))).toMatchObject({ language: 'en', lastView: `/clients/${zoe.id}` });
    // The edit made from a copy opened before the restart is still guarded.
    expect(
      errorOf(await again.call('clients.update', { id: anna.id, expectedUpdatedAt: anna.updatedAt, fields: { givenName: 'X', familyName: 'Y' } })).code,
    ).toBe('conflict');
  });

  it('does not acknowledge a client whose write failed, and keeps the list as it was', async () => {
    const dir = await makeTempDir();
    const app = await startApp(dir, {});
    await create(app, { givenName: 'Anna', familyName: 'Jansen' });
    // Make the clients folder unwritable in a way that also holds for root: replace it with a file.
    await fsp.rename(path.join(dir, 'caseload/clients'), path.join(dir, 'caseload/clients-moved'));
    await fsp.writeFile(path.join(dir, 'caseload/clients'), 'not a folder');

    expect(errorOf(await app.call('clients.create', { givenName: 'Piet', familyName: 'Smit' })).code).toBe('internal');
    expect(names(valueOf(await app.call('clients.list', {})))).toEqual(['Anna Jansen']);
  });
});
