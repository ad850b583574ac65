import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralised } from '../../../../../main/domain/transfer/spreadsheet-formula';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Klik")', '\'=HYPERLINK("http://evil.example","Klik")'],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ["'=1+1", "''=1+1"],
  ])('makes %j plain text for the spreadsheet', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['Anna', '06-12345678', "'t Hart", "d'Hondt", '', ' =1', '1+1'])('leaves %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('restoreNeutralised', () => {
  it.each(['=1+1', '+31 6 12345678', '-', '@x', '\tx', "'t Hart", "'s-Hertogenbosch", 'Anna', "'=x", "''=x", "'"])(
    'gives back %j after neutralising',
    (value) => {
      expect(restoreNeutralised(neutraliseFormula(value))).toBe(value);
    },
  );

  it("keeps an apostrophe that guards nothing ('t Hart)", () => {
    expect(restoreNeutralised("'t Hart")).toBe("'t Hart");
  });
});
