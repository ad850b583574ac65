import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import type { ServiceFieldsInput } from '../../../../../main/domain/directory/service-entry';
import { chainProblems, errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { exists, listTree, snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const unknownId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const directoryFile = (dir: string) => path.join(dir, 'directory', 'services.json');

async function setUp(existingDir?: string) {
  const dir = existingDir ?? (await makeTempDir());
  const clock = manualClock('2026-11-25T12:00:00.000Z');
  const app = await startTestCore({ dataDir: dir, clock });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const create = (fields: ServiceFieldsInput) => call('directory.create', { fields });
  const names = async (filter: Record<string, unknown> = {}) => (await call('directory.list', filter)).map((entry) => entry.name);
  return { dir, clock, app, call, create, names };
}

const kern: ServiceFieldsInput = {
  name: '  Buurthuis De Kern ',
  kind: 'meeting_place',
  format: 'group',
  phases: ['connect', 'skills'],
  contactPerson: 'Zoë van der Meer',
  phone: '',
  address: 'Dorpsstraat 1, IJsselstein',
  targetGroups: 'Ouderen en mantelzorgers',
  notes: 'Koffieochtend op dinsdag',
};

describe('directory: adding and finding services', () => {
  it('stores a service with id and times, trimmed, phases in programme order and no keys for empty fields', async () => {
    const { create, call } = await setUp();
    const entry = await create(kern);
    expect(entry).toStrictEqual({
      id: expect.stringMatching(uuid),
      name: 'Buurthuis De Kern',
      kind: 'meeting_place',
      format: 'group',
      phases: ['skills', 'connect'],
      contactPerson: 'Zoë van der Meer',
      address: 'Dorpsstraat 1, IJsselstein',
      targetGroups: 'Ouderen en mantelzorgers',
      notes: 'Koffieochtend op dinsdag',
      createdAt: '2026-11-25T12:00:00.000Z',
      updatedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(await call('directory.list', {})).toEqual([entry]);
  });

  it('keeps the directory across a restart, in its own file', async () => {
    const first = await setUp();
    const entry = await first.create(kern);
    await first.app.close();
    expect(JSON.parse(await fsp.readFile(directoryFile(first.dir), 'utf8'))).toEqual({ schemaVersion: 1, services: [entry] });
    const second = await setUp(first.dir);
    expect(await second.call('directory.list', {})).toEqual([entry]);
    expect((await second.call('app.status', {})).problems).toEqual([]);
  });

  it('finds services by words from name, contact person, target groups, address and notes, ignoring case and accents', async () => {
    const { create, names } = await setUp();
    await create(kern);
    await create({ name: 'Café Samen', kind: 'meeting_place', format: 'both', notes: 'Voor jongeren' });
    await create({ name: 'Huisartsenpraktijk Oost', kind: 'gp', format: 'individual', address: 'Oosterweg 5, Utrecht' });
    expect(await names({ query: 'cafe' })).toEqual(['Café Samen']);
    expect(await names({ query: 'zoe' })).toEqual(['Buurthuis De Kern']);
    expect(await names({ query: 'MANTELZORGERS ouderen' })).toEqual(['Buurthuis De Kern']);
    expect(await names({ query: 'IJSSELSTEIN' })).toEqual(['Buurthuis De Kern']);
    expect(await names({ query: 'jongeren' })).toEqual(['Café Samen']);
    expect(await names({ query: 'utrecht' })).toEqual(['Huisartsenpraktijk Oost']);
    expect(await names({ query: 'kern utrecht' })).toEqual([]);
  });

  it('filters by kind and by phase, and sorts by name as a Dutch reader would (accents and case do not reorder, 2 before 10)', async () => {
    const { create, names } = await setUp();
    await create({ name: 'Zonnebloem', kind: 'buddy_service', format: 'individual', phases: ['connect'] });
    await create({ name: 'buurtkamer 10', kind: 'meeting_place', format: 'group', phases: ['connect', 'aftercare'] });
    await create({ name: 'Àpart Atelier', kind: 'sport_culture', format: 'group', phases: ['calm'] });
    await create({ name: 'Buurtkamer 2', kind: 'meeting_place', format: 'group' });
    expect(await names()).toEqual(['Àpart Atelier', 'Buurtkamer 2', 'buurtkamer 10', 'Zonnebloem']);
    expect(await names({ kind: 'meeting_place' })).toEqual(['Buurtkamer 2', 'buurtkamer 10']);
    expect(await names({ phase: 'connect' })).toEqual(['buurtkamer 10', 'Zonnebloem']);
    expect(await names({ phase: 'aftercare', kind: 'meeting_place', query: 'buurt' })).toEqual(['buurtkamer 10']);
  });

  it('refuses what the form would refuse, with an issue per field, and stores nothing', async () => {
    const { app, dir } = await setUp();
    const before = await snapshotTree(dir);
    const error = errorOf(
      await app.call('directory.create', {
        fields: { name: ' ', kind: 'restaurant', format: 'group', email: 'geen-adres', website: 'www.example.org', phone: 'bel maar' },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: ['fields', 'name'], messageKey: 'directory:validation.nameRequired' },
        { path: ['fields', 'kind'], messageKey: 'directory:validation.kindRequired' },
        { path: ['fields', 'email'], messageKey: 'directory:validation.emailInvalid' },
        { path: ['fields', 'website'], messageKey: 'directory:validation.websiteInvalid' },
        { path: ['fields', 'phone'], messageKey: 'directory:validation.phoneInvalid' },
      ]),
    );
    expect(await snapshotTree(dir)).toEqual(before);
    expect(await exists(directoryFile(dir))).toBe(false);
  });

  it('keeps every service when several are added at the same moment (changes run one at a time)', async () => {
    const { app, dir, names } = await setUp();
    const results = await Promise.all(
      ['Een', 'Twee', 'Drie', 'Vier'].map((name) => app.call('directory.create', { fields: { name, kind: 'other', format: 'individual' } })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await names()).toEqual(['Drie', 'Een', 'Twee', 'Vier']);
    const onDisk = JSON.parse(await fsp.readFile(directoryFile(dir), 'utf8')) as { services: unknown[] };
    expect(onDisk.services).toHaveLength(4);
  });
});

describe('directory: changing and removing', () => {
  it('changes a service and gives it a new time; a second edit from the same stale view is refused and changes nothing', async () => {
    const { app, clock, create, call } = await setUp();
    const entry = await create(kern);
    clock.set('2026-11-26T08:00:00.000Z');
    const updated = await call('directory.update', {
      serviceId: entry.id,
      expectedUpdatedAt: entry.updatedAt,
      fields: { ...kern, phone: '030 123 45 67', notes: '' },
    });
    expect(updated).toMatchObject({ id: entry.id, phone: '030 123 45 67', createdAt: entry.createdAt, updatedAt: '2026-11-26T08:00:00.000Z' });
    expect(updated.notes).toBeUndefined();

    const stale = await app.call('directory.update', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt, fields: { ...kern, name: 'Anders' } });
    expect(errorOf(stale)).toEqual({ code: 'conflict', messageKey: 'directory:errors.changedElsewhere' });
    expect(errorOf(await app.call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt })).code).toBe('conflict');
    expect(await call('directory.list', {})).toEqual([updated]);
  });

  it('removes a service, and answers not_found for one that is not there', async () => {
    const { app, create, call } = await setUp();
    const entry = await create(kern);
    expect(await call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt })).toEqual({ deleted: true });
    expect(await call('directory.list', {})).toEqual([]);
    expect(errorOf(await app.call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt }))).toEqual({
      code: 'not_found',
      messageKey: 'directory:errors.notFound',
    });
    expect(errorOf(await app.call('directory.update', { serviceId: unknownId, expectedUpdatedAt: entry.updatedAt, fields: kern })).code).toBe('not_found');
  });

  it('records every change in the audit log with the service id only: no names, contact persons or notes', async () => {
    const { dir, create, call } = await setUp();
    const entry = await create(kern);
    const updated = await call('directory.update', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt, fields: { ...kern, notes: 'Geheime notitie' } });
    await call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: updated.updatedAt });

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((record) => record.entity === 'service').map((record) => [record.action, record.entityId, record.clientId])).toEqual([
      ['create', entry.id, undefined],
      ['change', entry.id, undefined],
      ['delete', entry.id, undefined],
    ]);
    const log = await fsp.readFile(path.join(dir, 'audit', 'audit-log.jsonl'), 'utf8');
    for (const secret of ['Kern', 'Zoë', 'Geheime', 'Koffie', 'Dorpsstraat', 'mantelzorgers']) expect(log).not.toContain(secret);
  });
});

describe('directory: the file on disk', () => {
  it('sets a damaged file aside, reports it, starts empty, and never writes over the damaged bytes', async () => {
    const dir = await makeTempDir();
    const damaged = Buffer.from('{"schemaVersion": 1, "services": [ {"name": "Buurthuis De K');
    await fsp.mkdir(path.join(dir, 'directory'), { recursive: true });
    await fsp.writeFile(directoryFile(dir), damaged);

    const { call, create } = await setUp(dir);
    const status = await call('app.status', {});
    expect(status.store).toBe('ready');
    expect(status.problems).toEqual([{ file: 'directory/services.json', reason: 'not_json', movedTo: expect.any(String), at: expect.any(String) }]);
    const movedTo = status.problems[0]?.movedTo ?? '';
    expect(movedTo.startsWith(path.join('directory', 'quarantine'))).toBe(true);
    expect(await fsp.readFile(path.join(dir, movedTo))).toEqual(damaged);
    expect(await call('directory.list', {})).toEqual([]);

    const entry = await create(kern);
    expect(await call('directory.list', {})).toEqual([entry]);
    expect(await fsp.readFile(path.join(dir, movedTo))).toEqual(damaged);
    expect((await listTree(path.join(dir, 'directory'))).filter((file) => file.startsWith('quarantine/'))).toHaveLength(1);
  });

  it('sets aside a file that reads as JSON but is not a directory (a service without a kind)', async () => {
    const dir = await makeTempDir();
    await fsp.mkdir(path.join(dir, 'directory'), { recursive: true });
    const at = '2026-01-01T00:00:00.000Z';
    const stored = { schemaVersion: 1, services: [{ id: unknownId, name: 'Zonder soort', format: 'group', phases: [], createdAt: at, updatedAt: at }] };
    await fsp.writeFile(directoryFile(dir), JSON.stringify(stored));
    const { call } = await setUp(dir);
    expect((await call('app.status', {})).problems.map((problem) => [problem.file, problem.reason])).toEqual([['directory/services.json', 'invalid_schema']]);
    expect(await exists(directoryFile(dir))).toBe(false);
  });

  it('leaves a directory from a newer Verbind in place, reports it, and refuses to change it', async () => {
    const dir = await makeTempDir();
    await fsp.mkdir(path.join(dir, 'directory'), { recursive: true });
    const newer = Buffer.from(JSON.stringify({ schemaVersion: 2, services: [], groups: [] }));
    await fsp.writeFile(directoryFile(dir), newer);

    const { app, call } = await setUp(dir);
    const status = await call('app.status', {});
    expect(status.problems).toEqual([{ file: 'directory/services.json', reason: 'newer_version', at: expect.any(String) }]);
    expect(errorOf(await app.call('directory.create', { fields: kern }))).toEqual({
      code: 'store_newer_version',
      messageKey: 'directory:errors.newerVersion',
    });
    expect(await fsp.readFile(directoryFile(dir))).toEqual(newer);
    // The caseload itself is not affected.
    expect(valueOf(await app.call('clients.create', { givenName: 'Anna', familyName: 'Jansen' })).familyName).toBe('Jansen');
  });
});
