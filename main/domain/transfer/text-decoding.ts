/**
 * Turns the bytes of a file a worker picked into text. Excel saves CSV as UTF-8 (with or without
 * a byte order mark), as Windows-1252 ("ANSI", older Excel and "CSV (gescheiden door
 * lijstscheidingsteken)") or, as "Unicode text", UTF-16 with a BOM. A spreadsheet or other binary
 * file is refused rather than shown as garbage.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'not_text'; messageKey: 'import:errors.notText' };

const notText = { ok: false, reason: 'not_text', messageKey: 'import:errors.notText' } as const;

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, Š, Ž, …). Node's own
 * `TextDecoder('windows-1252')` decodes those bytes as Latin-1 since 20.18.3 (nodejs/node#60888),
 * turning "€" into an invisible control character, so the 32 code points live here. Values follow
 * the WHATWG Encoding Standard (the five unassigned bytes map to the C1 control of the same number).
 */
const windows1252High = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    units[i] = byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] as number) : byte;
  }
  // In slices: spreading a 5 MB file into one call would overflow the argument limit.
  let text = '';
  for (let start = 0; start < units.length; start += 8192) text += String.fromCharCode(...units.subarray(start, start + 8192));
  return text;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Strict decoding: a malformed sequence means "not this encoding", never U+FFFD in a name. */
function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeStrict(encoding, bytes.subarray(2));
    // UTF-32 also starts with FF FE; it decodes to text full of NULs and is refused with the rest.
    if (text === undefined || text.includes('\u0000')) return notText;
    return { ok: true, text, encoding };
  }
  // Text files never hold NUL; xlsx (a zip), old xls, PDFs and images always do.
  if (bytes.includes(0)) return notText;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8-bom' };
    // A BOM pasted in front of ANSI text: the BOM lied, the bytes decide.
    return { ok: true, text: decodeWindows1252(bytes.subarray(3)), encoding: 'windows-1252' };
  }
  const text = decodeStrict('utf-8', bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
