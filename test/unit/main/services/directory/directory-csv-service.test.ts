import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import type { ServiceFieldsInput } from '../../../../../main/domain/directory/service-entry';
import type { DataFiles } from '../../../../../main/services/storage/data-files';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { chainProblems, errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { exists, useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const decoded = (contentBase64: string) => Buffer.from(contentBase64, 'base64').toString('utf8');

/** A core on a fresh folder (or the given DataFiles) at 00:30 on 25 November 2026 in Amsterdam (still the 24th in UTC). */
async function setUp(options: { files?: DataFiles } = {}) {
  const dir = await makeTempDir();
  const app = await startTestCore({ dataDir: dir, clock: manualClock('2026-11-24T23:30:00.000Z'), ...options });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const create = (fields: ServiceFieldsInput) => call('directory.create', { fields });
  const list = () => call('directory.list', {});
  return { dir, app, call, create, list };
}

const kern: ServiceFieldsInput = {
  name: 'Buurthuis De Kern',
  kind: 'meeting_place',
  format: 'group',
  phases: ['connect'],
  contactPerson: 'Zoë van der Meer',
  phone: '+31 6 12345678',
  notes: 'Koffie € 1,50; dinsdag "inloop"',
};
const zonnebloem: ServiceFieldsInput = { name: 'Zonnebloem afdeling Oost', kind: 'buddy_service', format: 'individual', phases: ['calm', 'skills'] };

describe('directory.exportCsv', () => {
  it('exports every service by name, in Dutch, named after the local day, and logs the export without names', async () => {
    const { dir, call, create } = await setUp();
    await create(zonnebloem);
    await create(kern);
    const file = await call('directory.exportCsv', { language: 'nl' });
    expect(file.fileName).toBe('verbind-sociale-kaart-2026-11-25.csv');
    expect(file.count).toBe(2);
    const lines = decoded(file.contentBase64).split('\r\n');
    expect(lines[0]).toBe('\uFEFFNaam;Soort;Vorm;Past bij fase;Contactpersoon;Telefoon;E-mail;Website;Adres;Openingstijden;Doelgroepen;Notities');
    expect(lines[1]).toBe(`Buurthuis De Kern;Activiteit of ontmoetingsplek;In een groep;Verbinden en onderhouden;Zoë van der Meer;'+31 6 12345678;;;;;;"Koffie € 1,50; dinsdag ""inloop"""`);
    expect(lines[2]).toBe('Zonnebloem afdeling Oost;Maatje of bezoekdienst;Individueel;Ontspannen, Relatievaardigheden;;;;;;;;');

    const records = (await readAuditLog(dir)).filter((record) => record.action === 'export');
    expect(records.map((record) => [record.entity, record.detail])).toEqual([['service', 'services:2']]);
  });

  it('exports in English with the English file name and words', async () => {
    const { call, create } = await setUp();
    await create(kern);
    const file = await call('directory.exportCsv', { language: 'en' });
    expect(file.fileName).toBe('verbind-service-directory-2026-11-25.csv');
    expect(decoded(file.contentBase64).split('\r\n')[1]?.startsWith('Buurthuis De Kern;Activity or meeting place;In a group;Connect and keep;')).toBe(true);
  });
});

describe('directory import', () => {
  it("adds a colleague's export to a fresh directory: every field the same, accents and € intact", async () => {
    const colleague = await setUp();
    const exported = [await colleague.create(kern), await colleague.create(zonnebloem)];
    const file = await colleague.call('directory.exportCsv', { language: 'en' });

    const mine = await setUp();
    expect((await mine.call('directory.previewImport', { contentBase64: file.contentBase64 })).counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
    expect(await mine.call('directory.commitImport', { contentBase64: file.contentBase64 })).toEqual({ added: 2, skippedDuplicates: 0, skippedInvalid: 0 });
    const withoutIds = (entries: { id: string; createdAt: string; updatedAt: string }[]) =>
      entries.map(({ id: _id, createdAt: _created, updatedAt: _updated, ...rest }) => rest);
    expect(withoutIds(await mine.list())).toEqual(withoutIds(exported));
  });

  it('previews new, duplicate and invalid rows without storing anything', async () => {
    const { dir, call, create, list } = await setUp();
    await create(kern);
    const csv = [
      'Naam;Soort;Vorm',
      'buurthuis de kern;Activiteit of ontmoetingsplek;In een groep',
      'Huisarts Jansen;Huisarts;Individueel',
      'Zonder soort;;Individueel',
    ].join('\r\n');
    const before = await list();
    const preview = await call('directory.previewImport', { contentBase64: base64(csv) });
    expect(preview.rows.map((row) => [row.line, row.outcome, row.duplicateOf ?? row.issues?.map((issue) => issue.messageKey)])).toEqual([
      [2, 'duplicate', 'Buurthuis De Kern'],
      [3, 'new', undefined],
      [4, 'invalid', ['directory:validation.kindRequired']],
    ]);
    expect(await list()).toEqual(before);
    expect((await readAuditLog(dir)).filter((record) => record.action === 'import')).toEqual([]);
  });

  it('adds only the new valid rows, never changes an existing service, and refuses the same file the second time', async () => {
    const { dir, app, call, create, list } = await setUp();
    const existing = await create(kern);
    const csv = ['Naam;Soort;Vorm;Notities', 'Buurthuis De Kern;meeting_place;group;Overschreven?', 'Huisarts Jansen;gp;individual;', 'Fout;gp;niet bekend;'].join('\n');
    expect(await call('directory.commitImport', { contentBase64: base64(csv) })).toEqual({ added: 1, skippedDuplicates: 1, skippedInvalid: 1 });
    const after = await list();
    expect(after.map((entry) => entry.name)).toEqual(['Buurthuis De Kern', 'Huisarts Jansen']);
    expect(after[0]).toEqual(existing);

    expect(errorOf(await app.call('directory.commitImport', { contentBase64: base64(csv) }))).toEqual({
      code: 'invalid_input',
      messageKey: 'directory:import.nothingToAdd',
    });
    expect(await list()).toEqual(after);
    const imports = (await readAuditLog(dir)).filter((record) => record.action === 'import');
    expect(imports.map((record) => [record.entity, record.detail])).toEqual([['service', 'rows:1']]);
    expect(chainProblems(await readAuditLog(dir))).toEqual([]);
  });

  it('refuses a file that is not a CSV or has no name column with a translated reason, and stores nothing', async () => {
    const { app, dir } = await setUp();
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    for (const name of ['directory.previewImport', 'directory.commitImport'] as const) {
      expect(errorOf(await app.call(name, { contentBase64: base64(zip) }))).toEqual({ code: 'invalid_input', messageKey: 'directory:import.notText' });
      expect(errorOf(await app.call(name, { contentBase64: base64('Organisatie;Telefoon\nDe Kern;030 1234567\n') }))).toEqual({
        code: 'invalid_input',
        messageKey: 'directory:import.noNameColumn',
      });
      expect(errorOf(await app.call(name, { contentBase64: base64('Naam;Soort\n"De Kern;gp\n') }))).toEqual({
        code: 'invalid_input',
        messageKey: 'directory:import.unterminatedQuote',
        params: { line: 2 },
      });
    }
    expect(await exists(path.join(dir, 'directory', 'services.json'))).toBe(false);
  });

  it('adds all new rows or none: a failed write leaves the directory as it was, and a retry adds them once', async () => {
    const memory = createMemoryDataFiles();
    let failWrites = false;
    const files: DataFiles = {
      ...memory,
      write: async (relative, data) => {
        if (failWrites && relative.startsWith('directory/')) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return memory.write(relative, data);
      },
    };
    const { app, call, create, list } = await setUp({ files });
    await create(kern);
    const before = await list();
    const csv = base64('Naam;Soort;Vorm\nEen;gp;individual\nTwee;gp;individual\nDrie;gp;individual\n');

    failWrites = true;
    expect(errorOf(await app.call('directory.commitImport', { contentBase64: csv })).code).toBe('internal');
    expect(await list()).toEqual(before);
    failWrites = false;
    expect(await call('directory.commitImport', { contentBase64: csv })).toMatchObject({ added: 3 });
    expect((await list()).map((entry) => entry.name)).toEqual(['Buurthuis De Kern', 'Drie', 'Een', 'Twee']);
    expect(JSON.parse(new TextDecoder().decode(memory.files.get('directory/services.json'))).services).toHaveLength(4);
  });
});

it('keeps the directory file byte for byte when only reading, exporting, previewing and importing nothing new', async () => {
  const { dir, app, call, create } = await setUp();
  await create(kern);
  const file = path.join(dir, 'directory', 'services.json');
  const bytes = await fsp.readFile(file);
  await call('directory.list', { query: 'kern' });
  const exported = await call('directory.exportCsv', { language: 'nl' });
  await call('directory.previewImport', { contentBase64: exported.contentBase64 });
  expect(errorOf(await app.call('directory.commitImport', { contentBase64: exported.contentBase64 })).messageKey).toBe('directory:import.nothingToAdd');
  expect(await fsp.readFile(file)).toEqual(bytes);
});
