import { describe, expect, it } from 'vitest';
import {
  columnMappingSchema,
  ignoredColumns,
  mappingFits,
  normaliseHeader,
  suggestColumnMapping,
} from '../../../../../main/domain/transfer/column-mapping';

describe('suggestColumnMapping', () => {
  it('maps a Dutch Excel caseload header, with tussenvoegsel and split address', () => {
    const headers = ['Voornaam', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Telefoon', 'E-mailadres', 'Adres', 'Postcode', 'Woonplaats', 'Status', 'Opmerking'];
    const mapping = suggestColumnMapping(headers);
    expect(mapping).toEqual({
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
    expect(ignoredColumns(headers.length, mapping)).toEqual([10]);
  });

  it('maps an English header', () => {
    const headers = ['First name', 'Last name', 'Date of birth', 'Mobile', 'Email address', 'Street', 'House number', 'Postal code', 'City', 'Status'];
    expect(suggestColumnMapping(headers)).toEqual({
      givenName: 0,
      familyName: 1,
      dateOfBirth: 2,
      phone: 3,
      email: 4,
      address: 5,
      houseNumber: 6,
      postcode: 7,
      town: 8,
      status: 9,
    });
  });

  it.each([
    ['  VOORNAAM  ', 'givenName'],
    ['roepnaam', 'givenName'],
    ['Given Name', 'givenName'],
    ['Achternaam (familienaam)', 'familyName'],
    ['Familienaam', 'familyName'],
    ['SURNAME', 'familyName'],
    ['Tussen-voegsel', 'familyNamePrefix'],
    ['Geb. datum', 'dateOfBirth'],
    ['geboorte datum (dd-mm-jjjj)', 'dateOfBirth'],
    ['D.O.B.', 'dateOfBirth'],
    ['Birth date', 'dateOfBirth'],
    ['Tel.', 'phone'],
    ['Telefoon-nummer', 'phone'],
    ['Mobiel', 'phone'],
    ['Phone', 'phone'],
    ['E-mail', 'email'],
    ['e-mail adres', 'email'],
    ['Mail', 'email'],
    ['Straat + huisnummer', 'address'],
    ['Huisnr.', 'houseNumber'],
    ['Plaats', 'town'],
    ['Cliëntstatus', 'status'],
    ['Stätus', 'status'],
  ])('recognises %j as %s', (header, field) => {
    expect(suggestColumnMapping(['Iets anders', header])).toEqual({ [field]: 1 });
  });

  it('reads "Naam" as the family name beside a given-name column', () => {
    expect(suggestColumnMapping(['Voornaam', 'Naam'])).toEqual({ givenName: 0, familyName: 1 });
  });

  it('leaves "Naam" alone when it is probably the full name, or when there is an Achternaam column', () => {
    expect(suggestColumnMapping(['Naam', 'Geboortedatum'])).toEqual({ dateOfBirth: 1 });
    expect(suggestColumnMapping(['Naam', 'Voornaam', 'Achternaam'])).toEqual({ givenName: 1, familyName: 2 });
  });

  it('gives a field only one column: the first of two "Telefoon" columns', () => {
    const mapping = suggestColumnMapping(['Telefoon', 'Telefoon', 'Mobiel']);
    expect(mapping).toEqual({ phone: 0 });
    expect(ignoredColumns(3, mapping)).toEqual([1, 2]);
  });

  it('maps nothing for an unrelated file, and ignores every column', () => {
    const headers = ['Datum', 'Bedrag', 'Omschrijving'];
    expect(suggestColumnMapping(headers)).toEqual({});
    expect(ignoredColumns(3, {})).toEqual([0, 1, 2]);
  });

  it('suggests a mapping the schema accepts', () => {
    const mapping = suggestColumnMapping(['Voornaam', 'Achternaam', 'Adres', 'Huisnummer', 'Postcode', 'Plaats']);
    expect(columnMappingSchema.parse(mapping)).toEqual(mapping);
  });
});

describe('normaliseHeader', () => {
  it('folds accents, case, spaces, punctuation and parenthesised hints', () => {
    expect(normaliseHeader(' Geb. Dátum (dd-mm-jjjj) ')).toBe('gebdatum');
    expect(normaliseHeader('x'.repeat(201))).toBe('');
  });
});

describe('columnMappingSchema', () => {
  const messages = (input: unknown) => {
    const result = columnMappingSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts an empty mapping and a partial one', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ givenName: 0, familyName: 3 })).toEqual([]);
  });

  it('refuses one column for two fields', () => {
    expect(messages({ givenName: 0, familyName: 0 })).toEqual(['familyName: import:mapping.columnUsedTwice']);
  });

  it.each([
    [{ givenName: -1 }],
    [{ givenName: 1.5 }],
    [{ givenName: '0' }],
    [{ givenName: null }],
  ])('refuses a column that is no index: %j', (input) => {
    expect(messages(input)).toEqual(['givenName: import:mapping.columnInvalid']);
  });

  it('refuses fields that do not exist and non-objects', () => {
    expect(columnMappingSchema.safeParse({ __proto__: 1, notes: 2 }).success).toBe(false);
    expect(columnMappingSchema.safeParse([0, 1]).success).toBe(false);
    expect(columnMappingSchema.safeParse(null).success).toBe(false);
  });
});

describe('mappingFits', () => {
  it('says whether every mapped column exists in the file', () => {
    expect(mappingFits({ givenName: 0, familyName: 2 }, 3)).toBe(true);
    expect(mappingFits({ givenName: 0, familyName: 3 }, 3)).toBe(false);
  });
});
