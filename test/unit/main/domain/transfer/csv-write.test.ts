import { describe, expect, it } from 'vitest';
import { clientsToCsvText, csvCell, writeClientsCsv, type CsvExportTexts } from '../../../../../main/domain/transfer/csv-write';

const texts: CsvExportTexts = {
  columnTitles: {
    givenName: 'Voornaam',
    familyName: 'Achternaam',
    dateOfBirth: 'Geboortedatum',
    phone: 'Telefoon',
    email: 'E-mail',
    address: 'Adres',
    status: 'Status',
  },
  statusLabels: { registered: 'Aangemeld', intake: 'Intake', active: 'Actief', aftercare: 'Nazorg', closed: 'Afgesloten' },
};

describe('writeClientsCsv', () => {
  it('writes UTF-8 with a BOM, `;`, CRLF, Dutch dates and translated titles and statuses', () => {
    const bytes = writeClientsCsv(
      [
        { givenName: 'Zoë', familyName: 'van der Berg', dateOfBirth: '1947-03-04', phone: '06-12345678', email: 'zoe@example.nl', address: 'Dorpsstraat 1', status: 'aftercare' },
        { givenName: 'Bram', familyName: 'Visser', status: 'registered' },
      ],
      texts,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(
      'Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail;Adres;Status\r\n' +
        'Zoë;van der Berg;04-03-1947;06-12345678;zoe@example.nl;Dorpsstraat 1;Nazorg\r\n' +
        'Bram;Visser;;;;;Aangemeld\r\n',
    );
  });

  it('writes only the header for an empty caseload', () => {
    expect(clientsToCsvText([], texts)).toBe('Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail;Adres;Status\r\n');
  });

  it('quotes an address with `;` so it stays in its column', () => {
    const text = clientsToCsvText([{ givenName: 'Anna', familyName: 'Jansen', address: 'Kerkweg 1; achterom', status: 'active' }], texts);
    expect(text.split('\r\n')[1]).toBe('Anna;Jansen;;;;"Kerkweg 1; achterom";Actief');
  });
});

describe('csvCell', () => {
  it.each([
    ['Anna', 'Anna'],
    ['a;b', '"a;b"'],
    ['zegt "hoi"', '"zegt ""hoi"""'],
    ['een\ntwee', '"een\ntwee"'],
    ['een\r\ntwee', '"een\r\ntwee"'],
    [' links', '" links"'],
    ['rechts ', '"rechts "'],
    ['a,b', 'a,b'],
    ["d'Hondt", "d'Hondt"],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Klik")', '"\'=HYPERLINK(""http://evil.example"",""Klik"")"'],
    ['=1+1', "'=1+1"],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
  ])('neutralises the formula in %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
    expect(cell.replace(/^"/, '').charAt(0)).toBe("'");
  });
});
