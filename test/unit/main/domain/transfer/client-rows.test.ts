import { describe, expect, it } from 'vitest';
import { buildClientRows, statusFromLabel, type ImportRow } from '../../../../../main/domain/transfer/client-rows';
import type { ColumnMapping } from '../../../../../main/domain/transfer/column-mapping';

const header = ['Voornaam', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Telefoon', 'E-mail', 'Adres', 'Huisnummer', 'Postcode', 'Plaats', 'Status'];
const mapping: ColumnMapping = {
  givenName: 0,
  familyNamePrefix: 1,
  familyName: 2,
  dateOfBirth: 3,
  phone: 4,
  email: 5,
  address: 6,
  houseNumber: 7,
  postcode: 8,
  town: 9,
  status: 10,
};

type Cells = Partial<Record<(typeof header)[number], string>>;
const anna: Cells = { Voornaam: 'Anna', Achternaam: 'Jansen', Geboortedatum: '14-03-1947' };

/** Rows from named cells, starting on line 2 as under a header. */
function rows(...cells: Cells[]) {
  return cells.map((named, index) => ({ line: index + 2, fields: header.map((title) => named[title] ?? '') }));
}

function only(result: ImportRow[]): ImportRow {
  expect(result).toHaveLength(1);
  return result[0]!;
}

const keys = (row: ImportRow) => row.issues.map((issue) => `${issue.field}: ${issue.messageKey}`);

describe('buildClientRows: a valid row', () => {
  it('joins tussenvoegsel and address parts and reads date and status', () => {
    const row = only(
      buildClientRows(
        rows({
          Voornaam: ' Daniëlle ',
          Tussenvoegsel: 'van der',
          Achternaam: 'Berg',
          Geboortedatum: '21-7-1975',
          Telefoon: '06-34567890',
          'E-mail': 'danielle@example.nl',
          Adres: 'Lange Nieuwstraat',
          Huisnummer: '88',
          Postcode: '3512pm',
          Plaats: 'Utrecht',
          Status: 'Nazorg',
        }),
        mapping,
        [],
      ),
    );
    expect(row.issues).toEqual([]);
    expect(row.line).toBe(2);
    expect(row.values).toEqual({
      givenName: 'Daniëlle',
      familyName: 'van der Berg',
      dateOfBirth: '21-7-1975',
      phone: '06-34567890',
      email: 'danielle@example.nl',
      address: 'Lange Nieuwstraat 88, 3512 PM Utrecht',
      status: 'Nazorg',
    });
    // toMatchObject: the client record grows fields of its own (flags, …) that an import leaves at their defaults.
    expect(row.fields).toMatchObject({
      givenName: 'Daniëlle',
      familyName: 'van der Berg',
      dateOfBirth: '1975-07-21',
      phone: '06-34567890',
      email: 'danielle@example.nl',
      address: 'Lange Nieuwstraat 88, 3512 PM Utrecht',
      status: 'aftercare',
    });
  });

  it('joins whichever address parts are there', () => {
    const address = (cells: Cells) => only(buildClientRows(rows({ ...anna, ...cells }), mapping, [])).values.address;
    expect(address({ Adres: 'Kerkweg 2' })).toBe('Kerkweg 2');
    expect(address({ Plaats: 'Zeist' })).toBe('Zeist');
    expect(address({ Postcode: '3701 AB', Plaats: 'Zeist' })).toBe('3701 AB Zeist');
    expect(address({ Adres: 'Kerkweg', Huisnummer: '2a', Plaats: 'Zeist' })).toBe('Kerkweg 2a, Zeist');
    expect(address({ Postcode: 'B-2000', Plaats: 'Antwerpen' })).toBe('B-2000 Antwerpen');
  });

  it('reads a row with only the required fields, status registered', () => {
    const row = only(buildClientRows(rows({ Voornaam: 'Bram', Achternaam: 'Visser' }), mapping, []));
    expect(row.fields).toMatchObject({ givenName: 'Bram', familyName: 'Visser', status: 'registered' });
    expect(row.fields).not.toHaveProperty('dateOfBirth');
    expect(row.fields).not.toHaveProperty('address');
  });

  it('reads missing cells of a short row as empty', () => {
    const row = only(buildClientRows([{ line: 9, fields: ['Bram', '', 'Visser'] }], mapping, []));
    expect(row.fields).toMatchObject({ givenName: 'Bram', familyName: 'Visser' });
  });

  it('removes the apostrophe an export put before a formula-like value', () => {
    const row = only(buildClientRows(rows({ ...anna, Voornaam: "'=Anna", Telefoon: "'+31 6 12345678", Tussenvoegsel: "'t", Achternaam: 'Hart' }), mapping, []));
    expect(row.fields).toMatchObject({ givenName: '=Anna', phone: '+31 6 12345678', familyName: "'t Hart" });
  });
});

describe('buildClientRows: status labels', () => {
  it.each([
    ['Aangemeld', 'registered'],
    ['registered', 'registered'],
    ['INTAKE', 'intake'],
    [' actief ', 'active'],
    ['Active', 'active'],
    ['Nazorg', 'aftercare'],
    ['aftercare', 'aftercare'],
    ['Afgesloten', 'closed'],
    ['Closed', 'closed'],
  ])('reads %j as %s', (label, status) => {
    expect(statusFromLabel(label)).toBe(status);
    expect(only(buildClientRows(rows({ ...anna, Status: label }), mapping, [])).fields?.status).toBe(status);
  });

  it('flags an unknown status instead of guessing', () => {
    const row = only(buildClientRows(rows({ ...anna, Status: 'Wachtlijst' }), mapping, []));
    expect(keys(row)).toEqual(['status: import:validation.statusUnknown']);
    expect(row.fields).toBeUndefined();
  });
});

describe('buildClientRows: rows with issues', () => {
  it.each([
    [{ Voornaam: '' }, 'givenName: clients:validation.givenNameRequired'],
    [{ Achternaam: '' }, 'familyName: clients:validation.familyNameRequired'],
    [{ Achternaam: '', Tussenvoegsel: 'van der' }, 'familyName: clients:validation.familyNameRequired'],
    [{ Geboortedatum: '31-02-1980' }, 'dateOfBirth: import:validation.dateImpossible'],
    [{ Geboortedatum: '14-03-47' }, 'dateOfBirth: import:validation.twoDigitYear'],
    [{ Geboortedatum: '14 maart 1947' }, 'dateOfBirth: import:validation.dateFormat'],
    [{ Geboortedatum: '01-01-1899' }, 'dateOfBirth: clients:validation.dateOfBirthTooEarly'],
    [{ Geboortedatum: '01-01-2999' }, 'dateOfBirth: clients:validation.dateOfBirthInFuture'],
    [{ 'E-mail': 'jan.pietersz@@voorbeeld' }, 'email: clients:validation.emailInvalid'],
    [{ Telefoon: 'bellen via dochter' }, 'phone: clients:validation.phoneInvalid'],
    [{ Voornaam: 'A'.repeat(101) }, 'givenName: clients:validation.tooLong'],
  ])('flags %j', (cells, key) => {
    const row = only(buildClientRows(rows({ ...anna, ...cells }), mapping, []));
    expect(keys(row)).toEqual([key]);
    expect(row.fields).toBeUndefined();
  });

  it('lists every issue of a row, in field order', () => {
    const row = only(buildClientRows(rows({ Status: 'ja', Telefoon: 'x', Geboortedatum: '1-2-80' }), mapping, []));
    expect(keys(row)).toEqual([
      'givenName: clients:validation.givenNameRequired',
      'familyName: clients:validation.familyNameRequired',
      'dateOfBirth: import:validation.twoDigitYear',
      'phone: clients:validation.phoneInvalid',
      'status: import:validation.statusUnknown',
    ]);
  });

  it('reports nothing as imported when no column is mapped', () => {
    const row = only(buildClientRows(rows(anna), {}, []));
    expect(row.fields).toBeUndefined();
    expect(keys(row)).toEqual(['givenName: clients:validation.givenNameRequired', 'familyName: clients:validation.familyNameRequired']);
  });
});

describe('buildClientRows: duplicates', () => {
  it('flags the later of two rows for the same person, folding case, accents and spaces, with the earlier line', () => {
    const result = buildClientRows(
      rows(
        { Voornaam: 'Zoë', Tussenvoegsel: 'van der', Achternaam: 'Berg', Geboortedatum: '14-03-1947' },
        { Voornaam: 'Bram', Achternaam: 'Visser' },
        { Voornaam: 'ZOE', Achternaam: 'Van  der berg', Geboortedatum: '1947-03-14' },
      ),
      mapping,
      [],
    );
    expect(result.map((row) => row.fields !== undefined)).toEqual([true, true, false]);
    expect(result[2]!.issues).toEqual([{ field: 'row', messageKey: 'import:validation.duplicateInFile', params: { line: 2 } }]);
  });

  it('treats the same name with another date of birth as another person', () => {
    const result = buildClientRows(rows(anna, { ...anna, Geboortedatum: '15-03-1947' }), mapping, []);
    expect(result.every((row) => row.issues.length === 0)).toBe(true);
  });

  it('treats the same name without any date of birth as the same person', () => {
    const result = buildClientRows(rows({ Voornaam: 'Bram', Achternaam: 'Visser' }, { Voornaam: 'bram', Achternaam: 'visser' }), mapping, []);
    expect(keys(result[1]!)).toEqual(['row: import:validation.duplicateInFile']);
  });

  it('flags a row matching a client already in the caseload', () => {
    const existing = [
      { givenName: 'Zoë', familyName: 'de Vries', dateOfBirth: '1992-01-30' },
      { givenName: 'Anna', familyName: 'Jansen', dateOfBirth: '1950-01-01' },
    ];
    const result = buildClientRows(
      rows({ Voornaam: 'zoe', Tussenvoegsel: 'De', Achternaam: 'VRIES', Geboortedatum: '30-01-1992' }, anna),
      mapping,
      existing,
    );
    expect(keys(result[0]!)).toEqual(['row: import:validation.alreadyInCaseload']);
    expect(result[0]!.fields).toBeUndefined();
    expect(result[1]!.issues).toEqual([]);
  });
});
