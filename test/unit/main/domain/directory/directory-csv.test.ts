import { describe, expect, it } from 'vitest';
import en from '../../../../../locales/en/directory.json' with { type: 'json' };
import nl from '../../../../../locales/nl/directory.json' with { type: 'json' };
import {
  readDirectoryCsv,
  writeDirectoryCsv,
  type DirectoryCsvRefusal,
  type DirectoryCsvTexts,
} from '../../../../../main/domain/directory/directory-csv';
import type { DirectoryImportPreview } from '../../../../../main/domain/directory/directory-transfer';
import { serviceFormats, serviceKinds, servicePhases, type ServiceFields } from '../../../../../main/domain/directory/service-entry';

const textsOf = (locale: typeof nl): DirectoryCsvTexts => ({
  columnTitles: locale.export.columns,
  kinds: locale.kinds,
  formats: locale.formats,
  phases: locale.phases,
});
const dutch = textsOf(nl);
const english = textsOf(en);
const both = [dutch, english];

const kern: ServiceFields = {
  name: 'Buurthuis De Kern',
  kind: 'meeting_place',
  format: 'group',
  phases: ['skills', 'connect'],
  contactPerson: 'Zoë van der Meer',
  phone: '+31 6 12345678',
  email: 'kern@example.org',
  website: 'https://dekern.example.org',
  address: 'Dorpsstraat 1; 1234 AB Ĳsselstein',
  openingHours: 'ma–vr 9:00–17:00',
  targetGroups: 'Ouderen, mantelzorgers',
  notes: 'Koffie kost € 1,50.\nZeg "hoi" tegen Ans.',
};
const poh: ServiceFields = { name: 'POH-GGZ Huisartsenpraktijk Oost', kind: 'mental_health', format: 'individual', phases: [] };

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

function preview(data: Uint8Array, existing: { name: string; kind: ServiceFields['kind'] }[] = []): DirectoryImportPreview {
  const result = readDirectoryCsv(data, both, existing);
  if ('ok' in result) throw new Error(`Refused: ${result.messageKey}`);
  return result;
}
const refusal = (data: Uint8Array): DirectoryCsvRefusal => readDirectoryCsv(data, both, []) as DirectoryCsvRefusal;

describe('writeDirectoryCsv', () => {
  it('writes a BOM, the titles in the chosen language, labels instead of ids, `;` and CRLF, as Dutch Excel expects', () => {
    const written = writeDirectoryCsv([poh], dutch);
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(written.subarray(3))).toBe(
      'Naam;Soort;Vorm;Past bij fase;Contactpersoon;Telefoon;E-mail;Website;Adres;Openingstijden;Doelgroepen;Notities\r\n' +
        'POH-GGZ Huisartsenpraktijk Oost;GGZ of POH-GGZ;Individueel;;;;;;;;;\r\n',
    );
    expect(text(writeDirectoryCsv([poh], english).subarray(3)).split('\r\n')[0]).toBe(
      'Name;Kind;Format;Suits phase;Contact person;Phone;Email;Website;Address;Opening hours;Target groups;Notes',
    );
  });

  it('guards cells that a spreadsheet would run as a formula, the phone number included', () => {
    const hostile: ServiceFields = { ...poh, name: '=HYPERLINK("http://evil.example","klik")', notes: '@SUM(1+1)', phone: '+31 6 12345678' };
    const row = text(writeDirectoryCsv([hostile], dutch)).split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""klik"")"`)).toBe(true);
    expect(row).toContain(";'+31 6 12345678;");
    expect(row.endsWith(";'@SUM(1+1)")).toBe(true);
  });
});

describe('readDirectoryCsv: round trip', () => {
  it.each([
    ['Dutch', dutch],
    ['English', english],
  ])('reads back an export in %s exactly: accents, €, quotes, line breaks, `;` in a cell, phases, a guarded phone', (_language, texts) => {
    const result = preview(writeDirectoryCsv([kern, poh], texts));
    expect(result.rows).toEqual([
      { line: 2, outcome: 'new', fields: kern },
      // The notes cell of Kern holds a line break, so the next row starts two lines further.
      { line: 4, outcome: 'new', fields: poh },
    ]);
    expect(result.counts).toEqual({ new: 2, duplicate: 0, invalid: 0 });
  });

  it('reads the same file saved by older Excel as Windows-1252 (ANSI), € included', () => {
    const ansiText = 'Naam;Soort;Vorm;Notities\r\nCafé IJzer;Anders;Individueel;Kost € 2\r\n';
    const ansi = Uint8Array.from([...ansiText].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
    expect(preview(ansi).rows[0]?.fields).toEqual({ name: 'Café IJzer', kind: 'other', format: 'individual', phases: [], notes: 'Kost € 2' });
  });
});

describe('readDirectoryCsv: columns and cells', () => {
  it('finds the columns by title in Dutch or English in any case and order, ignores others, and takes the ids too', () => {
    const file = 'notes,FORMAT,Extra kolom,naam,kind,Telefoon\nVia de huisarts,one to one,x,Huisarts Jansen,gp,030 123 45 67\n';
    expect(preview(bytes(file)).rows[0]?.fields).toEqual({
      name: 'Huisarts Jansen',
      kind: 'gp',
      format: 'individual',
      phases: [],
      phone: '030 123 45 67',
      notes: 'Via de huisarts',
    });
  });

  it('accepts kind, format and phase labels in either language or as ids, phases split by , ; or /', () => {
    const file = [
      'Naam;Soort;Vorm;Past bij fase',
      'A;SOCIAAL WIJKTEAM;in a group;"Ontspannen, connect"',
      'B;Buddy or visiting service;both;"nazorg; Relationship skills"',
      'C;debt_housing;Individueel;calm / Verbinden en onderhouden',
    ].join('\r\n');
    expect(preview(bytes(file)).rows.map((row) => row.fields && [row.fields.kind, row.fields.format, row.fields.phases])).toEqual([
      ['district_team', 'group', ['calm', 'connect']],
      ['buddy_service', 'both', ['skills', 'aftercare']],
      ['debt_housing', 'individual', ['calm', 'connect']],
    ]);
  });

  it('reads every kind, format and phase back from its label in either language (no two labels meet when folded)', () => {
    for (const texts of both) {
      const rows = serviceKinds.map((kind) =>
        [`Dienst ${kind}`, texts.kinds[kind], texts.formats[serviceFormats[serviceKinds.indexOf(kind) % 3]!], servicePhases.map((phase) => texts.phases[phase]).join(' / ')].join(';'),
      );
      const result = preview(bytes(['Naam;Soort;Vorm;Past bij fase', ...rows].join('\n')));
      expect(result.rows.map((row) => row.fields && [row.fields.kind, row.fields.format, row.fields.phases])).toEqual(
        serviceKinds.map((kind, index) => [kind, serviceFormats[index % 3], [...servicePhases]]),
      );
    }
  });

  it('marks a row invalid with an issue per field: unknown labels, missing kind and format, a bad e-mail', () => {
    const file = ['Naam;Soort;Vorm;Past bij fase;E-mail', 'Klup;Dansschool;Groepje;Fase 9, calm, Fase 10;geen-adres', ';Huisarts;Individueel;;'].join('\n');
    const rows = preview(bytes(file)).rows;
    expect(rows[0]).toEqual({
      line: 2,
      outcome: 'invalid',
      issues: [
        { path: ['kind'], messageKey: 'directory:import.kindUnknown' },
        { path: ['format'], messageKey: 'directory:import.formatUnknown' },
        { path: ['phases'], messageKey: 'directory:import.phaseUnknown' },
        { path: ['email'], messageKey: 'directory:validation.emailInvalid' },
      ],
    });
    expect(rows[1]).toEqual({ line: 3, outcome: 'invalid', issues: [{ path: ['name'], messageKey: 'directory:validation.nameRequired' }] });
    const missing = preview(bytes('Naam\nAlleen een naam\n')).rows[0];
    expect(missing?.issues?.map((issue) => issue.messageKey)).toEqual(['directory:validation.kindRequired', 'directory:validation.formatRequired']);
  });
});

describe('readDirectoryCsv: duplicates', () => {
  it('calls a row a duplicate of an existing entry with the same name and kind, whatever the case, accents and spaces', () => {
    const file = 'Naam;Soort;Vorm\nbuurthuis  de kérn;Activiteit of ontmoetingsplek;In een groep\nBuurthuis De Kern;Cursus;In een groep\n';
    const result = preview(bytes(file), [{ name: 'Buurthuis De Kern', kind: 'meeting_place' }]);
    expect(result.rows.map((row) => [row.outcome, row.duplicateOf])).toEqual([
      ['duplicate', 'Buurthuis De Kern'],
      ['new', undefined],
    ]);
    expect(result.counts).toEqual({ new: 1, duplicate: 1, invalid: 0 });
  });

  it('calls a repeated row of the same file a duplicate of the first, but not of an earlier row that was invalid', () => {
    const file = [
      'Naam;Soort;Vorm',
      'Maatje Nu;Maatje of bezoekdienst;Individueel',
      'MAATJE NU;buddy_service;both',
      'Sportclub;Sport en cultuur;???',
      'Sportclub;Sport en cultuur;Individueel',
    ].join('\n');
    expect(preview(bytes(file)).rows.map((row) => [row.line, row.outcome, row.duplicateOf])).toEqual([
      [2, 'new', undefined],
      [3, 'duplicate', 'Maatje Nu'],
      [4, 'invalid', undefined],
      [5, 'new', undefined],
    ]);
  });
});

describe('readDirectoryCsv: files it cannot use', () => {
  it('refuses a spreadsheet or other binary file', () => {
    expect(refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, messageKey: 'directory:import.notText' });
  });

  it('refuses text without a name column, an empty file and a header without rows', () => {
    expect(refusal(bytes('Beste collega,\nhierbij de lijst.\n'))).toEqual({ ok: false, messageKey: 'directory:import.noNameColumn' });
    expect(refusal(bytes(''))).toEqual({ ok: false, messageKey: 'directory:import.empty' });
    expect(refusal(bytes('Naam;Soort;Vorm\r\n'))).toEqual({ ok: false, messageKey: 'directory:import.noRows' });
  });

  it('names the line of a quote that is never closed', () => {
    expect(refusal(bytes('Naam;Soort;Vorm\nA;gp;individual\n"B;gp;individual\n'))).toEqual({
      ok: false,
      messageKey: 'directory:import.unterminatedQuote',
      params: { line: 3 },
    });
  });
});
