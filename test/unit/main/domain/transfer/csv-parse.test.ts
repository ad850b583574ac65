import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, type CsvParseResult } from '../../../../../main/domain/transfer/csv-parse';

function rowsOf(result: CsvParseResult) {
  if (!result.ok) throw new Error(`Expected rows, got ${result.reason} on line ${result.line}`);
  return result.rows;
}

const fields = (result: CsvParseResult) => rowsOf(result).map((row) => row.fields);
const lines = (result: CsvParseResult) => rowsOf(result).map((row) => row.line);

describe('parseCsv: delimiters', () => {
  it.each([
    [';', 'Voornaam;Achternaam;Plaats\r\nAnna;de Vries;Utrecht\r\n'],
    [',', 'Voornaam,Achternaam,Plaats\r\nAnna,de Vries,Utrecht\r\n'],
    ['\t', 'Voornaam\tAchternaam\tPlaats\r\nAnna\tde Vries\tUtrecht\r\n'],
  ])('detects %j and splits on it', (delimiter, text) => {
    const result = parseCsv(text);
    expect(result.ok && result.delimiter).toBe(delimiter);
    expect(fields(result)).toEqual([
      ['Voornaam', 'Achternaam', 'Plaats'],
      ['Anna', 'de Vries', 'Utrecht'],
    ]);
  });

  it('keeps `;` for a Dutch file whose unquoted addresses hold commas', () => {
    const text = 'Naam;Adres\nAnna;Dorpsstraat 1, Utrecht\nBram;Kerkweg 2, 3511 AB, Utrecht\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(fields(parseCsv(text))[2]).toEqual(['Bram', 'Kerkweg 2, 3511 AB, Utrecht']);
  });

  it('picks `,` when the semicolons sit inside quoted fields', () => {
    const text = 'Naam,Opmerking,Plaats\nAnna,"belt om 10;00",Utrecht\nBram,"a;b;c",Zeist\n';
    expect(detectDelimiter(text)).toBe(',');
    expect(fields(parseCsv(text))[1]).toEqual(['Anna', 'belt om 10;00', 'Utrecht']);
  });

  it('prefers the delimiter the data rows agree with over the one that splits the header most', () => {
    // The header splits into 3 on ',' but the rows do not; on ';' everything has 2 fields.
    const text = 'Naam, voornaam;Adres, plaats\nVries, Anna;Kerkweg 1\nJong, Bram;Laan 2, Zeist, NL\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('does not let a wider but inconsistent split win', () => {
    // On ';' the header splits into 4, but no data row agrees; on ',' everything has 3 fields.
    const text = 'Naam,Telefoon (mobiel; vast; werk),Plaats\nAnna,06-12345678,Utrecht\nBram,030-1234567,Zeist\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('honours Excel\'s "sep=," hint line and counts it as line 1', () => {
    const result = parseCsv('sep=,\r\nNaam,Plaats;Land\r\nAnna,Utrecht;NL\r\n');
    expect(result.ok && result.delimiter).toBe(',');
    expect(rowsOf(result)).toEqual([
      { line: 2, fields: ['Naam', 'Plaats;Land'] },
      { line: 3, fields: ['Anna', 'Utrecht;NL'] },
    ]);
  });

  it('uses the delimiter it is given', () => {
    expect(fields(parseCsv('a;b,c\n', ','))).toEqual([['a;b', 'c']]);
  });

  it('reads a one-column file as one field per row', () => {
    expect(fields(parseCsv('Naam\nAnna\nBram\n'))).toEqual([['Naam'], ['Anna'], ['Bram']]);
  });
});

describe('parseCsv: quoting and line ends', () => {
  it('reads quoted fields with the delimiter, doubled quotes and line breaks inside', () => {
    const text = 'Naam;Opmerking;Plaats\r\n"de Vries; Anna";"Zegt ""hoi"" bij de deur";"Utrecht"\r\nBram;"Belt liever \'s middags;\r\nniet op maandag";Zeist\r\n';
    expect(fields(parseCsv(text))).toEqual([
      ['Naam', 'Opmerking', 'Plaats'],
      ['de Vries; Anna', 'Zegt "hoi" bij de deur', 'Utrecht'],
      ['Bram', "Belt liever 's middags;\r\nniet op maandag", 'Zeist'],
    ]);
  });

  it('gives each row the line it starts on in a text editor, counting line breaks inside quotes', () => {
    const text = ['Naam;Opmerking', 'Anna;"regel een', 'regel twee', 'regel drie"', 'Bram;kort', 'Cor;"x"'].join('\n') + '\n';
    expect(lines(parseCsv(text))).toEqual([1, 2, 5, 6]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR (old Mac Excel)', '\r'],
  ])('reads %s line ends the same way, also inside quotes', (_label, eol) => {
    const text = `Naam;Opmerking${eol}Anna;"een${eol}twee"${eol}Bram;drie${eol}`;
    const result = parseCsv(text);
    expect(fields(result)).toEqual([
      ['Naam', 'Opmerking'],
      ['Anna', `een${eol}twee`],
      ['Bram', 'drie'],
    ]);
    expect(lines(result)).toEqual([1, 2, 4]);
  });

  it('ignores the trailing empty line and skips blank and separator-only rows without renumbering', () => {
    const text = 'Naam;Plaats\r\n\r\nAnna;Utrecht\r\n;\r\n   \r\n"";""\r\nBram;Zeist\r\n;;\r\n\r\n';
    expect(rowsOf(parseCsv(text))).toEqual([
      { line: 1, fields: ['Naam', 'Plaats'] },
      { line: 3, fields: ['Anna', 'Utrecht'] },
      { line: 7, fields: ['Bram', 'Zeist'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields(parseCsv('a;;c;\n;b;;\n'))).toEqual([
      ['a', '', 'c', ''],
      ['', 'b', '', ''],
    ]);
  });

  it('reads a last row without a line end', () => {
    expect(fields(parseCsv('Naam;Plaats\nAnna;"Utrecht"'))).toEqual([
      ['Naam', 'Plaats'],
      ['Anna', 'Utrecht'],
    ]);
  });

  it('keeps text after a closing quote and quotes inside an unquoted field, as Excel does', () => {
    expect(fields(parseCsv('a;b\n"12"a;5" scherm\n'))[1]).toEqual(['12a', '5" scherm']);
  });

  it('strips a BOM left in the text', () => {
    expect(fields(parseCsv('\uFEFFNaam;Plaats\n'))).toEqual([['Naam', 'Plaats']]);
  });

  it('reads empty text as no rows', () => {
    expect(parseCsv('')).toEqual({ ok: true, delimiter: ';', rows: [] });
  });

  it('refuses an unterminated quote with the line where the quote opened', () => {
    const text = 'Naam;Opmerking\nAnna;goed\nBram;"vergeten te sluiten\nCor;ok\nDaan;ok\n';
    expect(parseCsv(text)).toEqual({
      ok: false,
      reason: 'unterminated_quote',
      line: 3,
      messageKey: 'import:errors.unterminatedQuote',
    });
  });

  it('counts multi-line quoted fields before the unterminated quote', () => {
    const text = 'Naam;Opmerking\nAnna;"een\ntwee"\nBram;ok\nCor;"open\n';
    expect(parseCsv(text)).toMatchObject({ ok: false, line: 5 });
  });
});

describe('parseCsv: large files', () => {
  it('parses a generated ~5 MB caseload completely', () => {
    const row = (i: number) =>
      `Voornaam${i};van der;Achternaam${i};${String((i % 28) + 1).padStart(2, '0')}-03-1960;06-12345678;persoon${i}@voorbeeld.nl;"Dorpsstraat ${i}; achterom";3511 AB;Utrecht;Actief;"Opmerking met ""quotes""\nen een tweede regel"\r\n`;
    const parts = ['Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Telefoon;E-mail;Adres;Postcode;Plaats;Status;Opmerking\r\n'];
    let size = parts[0]!.length;
    let count = 0;
    while (size < 5 * 1024 * 1024) {
      const next = row(count++);
      parts.push(next);
      size += next.length;
    }
    const result = parseCsv(parts.join(''));
    const rows = rowsOf(result);
    expect(rows).toHaveLength(count + 1);
    expect(rows.at(-1)).toEqual({
      line: 2 * count,
      fields: [
        `Voornaam${count - 1}`,
        'van der',
        `Achternaam${count - 1}`,
        expect.any(String),
        '06-12345678',
        `persoon${count - 1}@voorbeeld.nl`,
        `Dorpsstraat ${count - 1}; achterom`,
        '3511 AB',
        'Utrecht',
        'Actief',
        'Opmerking met "quotes"\nen een tweede regel',
      ],
    });
  });

  it('reads a single 2 MB quoted field full of doubled quotes and line breaks', () => {
    const body = '""ab\n'.repeat(400_000);
    const rows = rowsOf(parseCsv(`Naam;Opmerking\nAnna;"${body}"\nBram;x\n`));
    expect(rows[1]!.fields[1]).toBe('"ab\n'.repeat(400_000));
    expect(rows[2]).toEqual({ line: 3 + 400_000, fields: ['Bram', 'x'] });
  });

  it('refuses a huge unterminated quote without hanging', () => {
    expect(parseCsv(`Naam;Opmerking\nAnna;"${'x;'.repeat(1_000_000)}`)).toMatchObject({ ok: false, line: 2 });
  });
});
