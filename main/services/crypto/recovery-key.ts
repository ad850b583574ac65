import { randomBytes } from 'node:crypto';

/**
 * The recovery key: 160 random bits written as 32 characters of Crockford base32 in groups of four,
 * so it can be printed, read aloud and typed back without confusing 0/O or 1/I/L.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const keyBytes = 20;

export function newRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(keyBytes));
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** The key's bytes, or undefined when it is not a well-formed recovery key (typos in letters that look alike are forgiven). */
export function parseRecoveryKey(text: string): Uint8Array | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== Math.ceil((keyBytes * 8) / 5) || /[^0-9A-HJKMNP-TV-Z]/.test(cleaned)) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of cleaned) {
    value = ((value << 5) | alphabet.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes.slice(0, keyBytes));
}
