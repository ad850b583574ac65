import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import enClients from '../../../../../locales/en/clients.json';
import nlClients from '../../../../../locales/nl/clients.json';
import type { ClientFields } from '../../../../../main/domain/clients/client';
import { writeClientsCsv, type CsvExportTexts, type ExportableClient } from '../../../../../main/domain/transfer/csv-write';
import {
  commitCsvImport,
  maxImportBytes,
  previewCsvImport,
  type CsvImportPreview,
} from '../../../../../main/services/transfer/csv-import-service';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/csv/caseload-50-with-3-bad.csv'));

const utf8 = (text: string) => new TextEncoder().encode(text);

function preview(bytes: Uint8Array, ...rest: [Parameters<typeof previewCsvImport>[1]?, Parameters<typeof previewCsvImport>[2]?]): CsvImportPreview {
  const result = previewCsvImport(bytes, rest[0], rest[1] ?? []);
  if (!result.ok) throw new Error(`Expected a preview, got ${result.reason}`);
  return result;
}

/** A store stand-in that records what it was asked to create. */
function fakeStore() {
  const created: ClientFields[][] = [];
  const createClients = vi.fn(async (fields: ClientFields[]) => {
    created.push(fields);
    return fields.length;
  });
  return { created, createClients };
}

describe('previewCsvImport with a realistic Dutch Excel caseload (the E2E fixture)', () => {
  const result = preview(fixture);

  it('reads it as UTF-8 with BOM, `;`-separated, with all 11 columns', () => {
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.delimiter).toBe(';');
    expect(result.headers).toEqual(['Voornaam', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Telefoon', 'E-mailadres', 'Adres', 'Postcode', 'Woonplaats', 'Status', 'Opmerking']);
  });

  it('suggests the mapping and reports the remarks column as not imported', () => {
    expect(result.mapping).toEqual({
      givenName: 0,
      familyNamePrefix: 1,
      familyName: 2,
      dateOfBirth: 3,
      phone: 4,
      email: 5,
      address: 6,
      postcode: 7,
      town: 8,
      status: 9,
    });
    expect(result.ignoredColumns).toEqual([{ index: 10, header: 'Opmerking' }]);
  });

  it('finds exactly 47 valid rows and the 3 bad ones, on the lines a text editor shows', () => {
    expect(result.rows).toHaveLength(50);
    expect(result.validCount).toBe(47);
    expect(result.invalidCount).toBe(3);
    const bad = result.rows.filter((row) => row.issues.length > 0).map((row) => ({ line: row.line, name: row.values.givenName, issues: row.issues }));
    expect(bad).toEqual([
      { line: 14, name: 'Sanne', issues: [{ field: 'familyName', messageKey: 'clients:validation.familyNameRequired' }] },
      { line: 29, name: 'Wim', issues: [{ field: 'dateOfBirth', messageKey: 'import:validation.dateImpossible' }] },
      { line: 43, name: 'Jan', issues: [{ field: 'email', messageKey: 'clients:validation.emailInvalid' }] },
    ]);
  });

  it('keeps accents, apostrophes and tussenvoegsels and joins the address', () => {
    const byName = (givenName: string) => result.rows.find((row) => row.values.givenName === givenName)?.fields;
    expect(byName('Zoë')).toMatchObject({ familyName: 'Jansen', dateOfBirth: '1947-03-14', address: 'Dorpsstraat 12, 3511 AB Utrecht', status: 'active' });
    expect(byName('Ölçüm')).toMatchObject({ familyName: 'Yılmaz', phone: '+31 6 23456789', status: 'intake' });
    expect(byName('Daniëlle')).toMatchObject({ familyName: 'van der Berg', status: 'aftercare' });
    expect(byName('Pieter')).toMatchObject({ familyName: "d'Hondt" });
    expect(byName('Renée')).toMatchObject({ familyName: "'t Hart" });
    expect(byName('Kübra')).toMatchObject({ status: 'registered' });
    expect(byName('Yvonne')).toMatchObject({ dateOfBirth: '1960-02-29' });
  });

  it('flags the clients already in the caseload', () => {
    const again = preview(fixture, undefined, [{ givenName: 'zoe', familyName: 'JANSEN', dateOfBirth: '1947-03-14' }]);
    expect(again.validCount).toBe(46);
    expect(again.rows[0]!.issues).toEqual([{ field: 'row', messageKey: 'import:validation.alreadyInCaseload' }]);
  });

  it('reads the rows with the mapping the worker chose instead of the suggestion', () => {
    const chosen = preview(fixture, { givenName: 0, familyName: 2 });
    expect(chosen.mapping).toEqual({ givenName: 0, familyName: 2 });
    expect(chosen.validCount).toBe(49); // without the date and e-mail columns only the missing family name is left
    expect(chosen.rows[2]!.fields).toMatchObject({ givenName: 'Daniëlle', familyName: 'Berg' });
    expect(chosen.ignoredColumns.map((column) => column.header)).toEqual(['Tussenvoegsel', 'Geboortedatum', 'Telefoon', 'E-mailadres', 'Adres', 'Postcode', 'Woonplaats', 'Status', 'Opmerking']);
  });
});

describe('previewCsvImport: other files workers save', () => {
  it('reads an ANSI (Windows-1252) file from older Excel', () => {
    // "Voornaam;Achternaam\r\nDaniëlle;Müller\r\nAnaïs;Beaumé\r\n", bytes written out by hand.
    const bytes = Uint8Array.from([
      ...utf8('Voornaam;Achternaam\r\nDani'), 0xeb, ...utf8('lle;M'), 0xfc, ...utf8('ller\r\nAna'), 0xef, ...utf8('s;Beaum'), 0xe9, 0x0d, 0x0a,
    ]);
    const result = preview(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows.map((row) => row.fields && `${row.fields.givenName} ${row.fields.familyName}`)).toEqual(['Daniëlle Müller', 'Anaïs Beaumé']);
  });

  it('reads a tab-separated UTF-16LE "Unicode text" file', () => {
    const text = 'First name\tLast name\tDate of birth\r\nZoë\tJansen\t14-03-1947\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    const result = preview(bytes);
    expect([result.encoding, result.delimiter]).toEqual(['utf-16le', '\t']);
    expect(result.rows[0]!.fields).toMatchObject({ givenName: 'Zoë', familyName: 'Jansen', dateOfBirth: '1947-03-14' });
  });

  it('reads a comma-separated UTF-8 file without BOM with quoted fields', () => {
    const result = preview(utf8('Voornaam,Achternaam,Adres\nAnna,Jansen,"Kerkweg 1, 3701 AB Zeist"\n'));
    expect([result.encoding, result.delimiter]).toEqual(['utf-8', ',']);
    expect(result.rows[0]!.fields).toMatchObject({ address: 'Kerkweg 1, 3701 AB Zeist' });
  });

  it('handles a generated ~5 MB caseload', () => {
    const lines = ['Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail;Adres'];
    let size = 0;
    while (size < 5 * 1024 * 1024) {
      const i = lines.length;
      const line = `Voornaam${i};Achternaam${i};${String((i % 28) + 1).padStart(2, '0')}-0${(i % 9) + 1}-19${String(i % 90 + 10)};06-${String(10_000_000 + i)};p${i}@voorbeeld.nl;"Dorpsstraat ${i}; 3511 AB Utrecht"`;
      lines.push(line);
      size += line.length + 2;
    }
    const result = preview(utf8(lines.join('\r\n')));
    expect(result.rows).toHaveLength(lines.length - 1);
    expect(result.validCount).toBe(lines.length - 1);
  });
});

describe('previewCsvImport: refusals', () => {
  it('refuses a file over 20 MB before reading it', () => {
    expect(previewCsvImport(new Uint8Array(maxImportBytes + 1), undefined, [])).toEqual({
      ok: false,
      reason: 'too_large',
      messageKey: 'import:errors.tooLarge',
    });
  });

  it('refuses an xlsx saved under a .csv name', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...utf8('[Content_Types].xml')]);
    expect(previewCsvImport(xlsx, undefined, [])).toEqual({ ok: false, reason: 'not_text', messageKey: 'import:errors.notText' });
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['only a BOM', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['only blank lines and separators', utf8('\r\n\r\n;;;;\r\n')],
  ])('calls a file with %s empty', (_label, bytes) => {
    expect(previewCsvImport(bytes, undefined, [])).toEqual({ ok: false, reason: 'empty', messageKey: 'import:errors.empty' });
  });

  it('says so when there is only a header row', () => {
    expect(previewCsvImport(utf8('Voornaam;Achternaam\r\n;\r\n'), undefined, [])).toEqual({
      ok: false,
      reason: 'header_only',
      messageKey: 'import:errors.headerOnly',
    });
  });

  it('names the line of an unterminated quote', () => {
    expect(previewCsvImport(utf8('Voornaam;Opmerking\nAnna;ok\nBram;"oeps\nCor;ok\n'), undefined, [])).toEqual({
      ok: false,
      reason: 'unterminated_quote',
      messageKey: 'import:errors.unterminatedQuote',
      line: 3,
    });
  });

  it.each([
    ['a column the file does not have', { givenName: 0, familyName: 5 }],
    ['one column for two fields', { givenName: 0, familyName: 0 }],
    ['an unknown field', { givenName: 0, notes: 1 }],
    ['not an object', 'givenName=0'],
  ])('refuses a mapping with %s', (_label, mapping) => {
    expect(previewCsvImport(utf8('Voornaam;Achternaam\nAnna;Jansen\n'), mapping as never, [])).toEqual({
      ok: false,
      reason: 'mapping_invalid',
      messageKey: 'import:errors.mappingInvalid',
    });
  });
});

describe('commitCsvImport', () => {
  it('creates the 47 valid clients of the fixture in one call and skips the 3 bad ones', async () => {
    const store = fakeStore();
    expect(await commitCsvImport(fixture, undefined, [], store.createClients)).toEqual({ ok: true, imported: 47, skipped: 3 });
    expect(store.createClients).toHaveBeenCalledTimes(1);
    const names = store.created[0]!.map((fields) => `${fields.givenName} ${fields.familyName}`);
    expect(names).toHaveLength(47);
    expect(names).toEqual(expect.arrayContaining(['Zoë Jansen', 'Ölçüm Yılmaz', 'Daniëlle van der Berg', "Pieter d'Hondt"]));
    expect(names.some((name) => name.startsWith('Sanne') || name.startsWith('Wim ') || name.startsWith('Jan '))).toBe(false);
  });

  it('reads the file again with the mapping it is given, not a preview', async () => {
    const store = fakeStore();
    await commitCsvImport(fixture, { givenName: 0, familyName: 2 }, [], store.createClients);
    expect(store.created[0]).toHaveLength(49);
    expect(store.created[0]![0]).toMatchObject({ givenName: 'Zoë', familyName: 'Jansen', status: 'registered' });
    expect(store.created[0]![0]).not.toHaveProperty('dateOfBirth');
  });

  it('never calls the store when no row is valid', async () => {
    const store = fakeStore();
    const result = await commitCsvImport(utf8('Voornaam;Achternaam\n;Jansen\nBram;\n'), undefined, [], store.createClients);
    expect(result).toEqual({ ok: false, reason: 'no_valid_rows', messageKey: 'import:errors.noValidRows' });
    expect(store.createClients).not.toHaveBeenCalled();
  });

  it('never calls the store when every client is already in the caseload', async () => {
    const store = fakeStore();
    const result = await commitCsvImport(utf8('Voornaam;Achternaam\nAnna;Jansen\n'), undefined, [{ givenName: 'Anna', familyName: 'Jansen' }], store.createClients);
    expect(result).toMatchObject({ ok: false, reason: 'no_valid_rows' });
    expect(store.createClients).not.toHaveBeenCalled();
  });

  it('never calls the store for a refused file', async () => {
    const store = fakeStore();
    expect(await commitCsvImport(utf8('Voornaam;Achternaam\n'), undefined, [], store.createClients)).toMatchObject({ reason: 'header_only' });
    expect(await commitCsvImport(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]), undefined, [], store.createClients)).toMatchObject({ reason: 'not_text' });
    expect(store.createClients).not.toHaveBeenCalled();
  });

  it('lets a store failure reach the caller (nothing is half-imported by the service)', async () => {
    const failing = vi.fn(async () => {
      throw new Error('disk full');
    });
    await expect(commitCsvImport(fixture, undefined, [], failing)).rejects.toThrow('disk full');
    expect(failing).toHaveBeenCalledTimes(1);
  });
});

describe('export → import round trip', () => {
  const clients: ExportableClient[] = [
    { givenName: 'Zoë', familyName: 'van der Berg', dateOfBirth: '1947-03-04', phone: '+31 6 12345678', email: 'zoe@example.nl', address: 'Lange Nieuwstraat 88, 3512 PM Utrecht', status: 'aftercare' },
    { givenName: 'Pieter', familyName: "d'Hondt", dateOfBirth: '1939-09-09', phone: '030-2345678', status: 'active' },
    { givenName: 'Renée', familyName: "'t Hart", address: 'Kerkweg 1; achterom "De Linde"', status: 'closed' },
    { givenName: '=HYPERLINK("http://evil.example")', familyName: '@Jansen', phone: '-06 12345678', status: 'intake' },
    { givenName: 'Ölçüm', familyName: 'Yılmaz', address: 'Kanaalweg 4a\n3526 KL Utrecht', status: 'registered' },
  ];

  const titles = (locale: typeof nlClients): CsvExportTexts => ({ columnTitles: locale.fields, statusLabels: locale.status });

  it.each([
    ['Dutch', nlClients],
    ['English', enClients],
  ])('gives back the same clients from a %s export', async (_language, locale) => {
    const bytes = writeClientsCsv(clients, titles(locale));
    const store = fakeStore();
    expect(await commitCsvImport(bytes, undefined, [], store.createClients)).toEqual({ ok: true, imported: clients.length, skipped: 0 });
    // objectContaining: the stored record may carry defaults of its own (flags: [], …).
    expect(store.created[0]).toEqual(clients.map((client) => expect.objectContaining(client)));
  });

  it('recognises the exported clients as already in the caseload', () => {
    const result = preview(writeClientsCsv(clients, titles(nlClients)), undefined, clients);
    expect(result.validCount).toBe(0);
    expect(result.rows.every((row) => row.issues.some((issue) => issue.messageKey === 'import:validation.alreadyInCaseload'))).toBe(true);
  });
});

describe('any input', () => {
  /** A small seeded generator, so a failure names an input that can be replayed. */
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state * 1_664_525 + 1_013_904_223) >>> 0;
      return state / 2 ** 32;
    };
  }
  // Bytes that matter to the reader, plus any byte at all.
  const interesting = [...utf8(';,\t"\r\n \'=+-@0123456789-/.abcZ'), 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xab, 0x80, 0x92];

  it('gives a preview or a typed refusal, never an exception', () => {
    const next = random(20_251_125);
    for (let run = 0; run < 400; run++) {
      const length = Math.floor(next() * 300);
      const bytes = Uint8Array.from({ length }, () =>
        next() < 0.8 ? interesting[Math.floor(next() * interesting.length)]! : Math.floor(next() * 256),
      );
      const mapping = next() < 0.5 ? undefined : { givenName: Math.floor(next() * 4), familyName: 4 + Math.floor(next() * 3) };
      const result = previewCsvImport(bytes, mapping, [{ givenName: 'a', familyName: 'b' }]);
      if (result.ok) {
        expect(result.validCount + result.invalidCount, `run ${run}`).toBe(result.rows.length);
      } else {
        expect(result.messageKey, `run ${run}`).toMatch(/^import:errors\./);
      }
    }
  });
});
