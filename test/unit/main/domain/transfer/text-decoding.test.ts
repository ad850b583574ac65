import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../../../main/domain/transfer/text-decoding';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** UTF-16 code units as bytes, the way Excel's "Unicode text" writes them. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Uint8Array.from(ascii('Voornaam;Achternaam\r\n')))).toEqual({
      ok: true,
      text: 'Voornaam;Achternaam\r\n',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 with accents and no BOM', () => {
    const result = decodeText(new TextEncoder().encode('Zoë;Daniëlle;Ölçüm'));
    expect(result).toEqual({ ok: true, text: 'Zoë;Daniëlle;Ölçüm', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM so the first header is "Voornaam", not "\\uFEFFVoornaam"', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Voornaam;Zoë')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Voornaam;Zoë', encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 for an ANSI file from older Excel, with é, ë, ï and €', () => {
    // "Zoë;Anaïs;café;€ 12,50;d’Hondt" as Windows-1252 writes it, byte by byte.
    const bytes = Uint8Array.from([
      0x5a, 0x6f, 0xeb, 0x3b, // Zoë;
      0x41, 0x6e, 0x61, 0xef, 0x73, 0x3b, // Anaïs;
      0x63, 0x61, 0x66, 0xe9, 0x3b, // café;
      0x80, 0x20, 0x31, 0x32, 0x2c, 0x35, 0x30, 0x3b, // € 12,50;
      0x64, 0x92, 0x48, 0x6f, 0x6e, 0x64, 0x74, // d’Hondt
    ]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Zoë;Anaïs;café;€ 12,50;d’Hondt', encoding: 'windows-1252' });
  });

  it('decodes the Windows-1252 range where it differs from Latin-1 by the WHATWG table', () => {
    // Node's own TextDecoder('windows-1252') gets these wrong (nodejs/node#60888).
    const text = decodeWindows1252(Uint8Array.from([0x80, 0x84, 0x8a, 0x91, 0x93, 0x94, 0x96, 0x9f, 0x81, 0xa0, 0xe9, 0xff]));
    expect(Array.from(text, (c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x201e, 0x0160, 0x2018, 0x201c, 0x201d, 0x2013, 0x0178, 0x0081, 0x00a0, 0x00e9, 0x00ff,
    ]);
  });

  it('decodes a long ANSI file completely', () => {
    const bytes = new Uint8Array(100_000).fill(0xeb);
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(100_000);
    expect(text.replaceAll('ë', '')).toBe('');
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    expect(decodeText(utf16('Voornaam\tAchternaam\r\nZoë\tJansen\r\n', 'le'))).toEqual({
      ok: true,
      text: 'Voornaam\tAchternaam\r\nZoë\tJansen\r\n',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-16BE with a BOM', () => {
    expect(decodeText(utf16('Zoë\t€', 'be'))).toEqual({ ok: true, text: 'Zoë\t€', encoding: 'utf-16be' });
  });

  it.each([
    ['an xlsx file (a zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, ...ascii('[Content_Types].xml')]],
    ['an old xls file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]],
    ['a PNG image', [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]],
    ['text with a NUL byte in it', ascii('Voornaam;Achternaam\nAnna;\u0000Jansen')],
    ['a UTF-8 BOM followed by binary', [0xef, 0xbb, 0xbf, 0x00, 0x01, 0x02]],
    ['UTF-16 cut off in the middle of a character', [0xff, 0xfe, 0x41, 0x00, 0x42]],
    ['UTF-32 (starts like UTF-16LE)', [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]],
  ])('refuses %s as not_text', (_label, bytes) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ ok: false, reason: 'not_text', messageKey: 'import:errors.notText' });
  });

  it('reads an empty file as empty text (the importer says "empty" itself)', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
