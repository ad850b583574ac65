import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EnvelopeError, envelopeOverhead, isSealed, open, seal } from '../../../../../main/services/crypto/file-envelope';

const key = new Uint8Array(randomBytes(32));
const text = new TextEncoder().encode('{"client":{"givenName":"Zoë","note":"€ 12,50 „eenzaam“"}}');

describe('file envelope (AES-256-GCM)', () => {
  it('opens what it sealed, and the sealed bytes do not contain the plaintext', () => {
    const sealed = seal(key, 'caseload/clients/a.json', text);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.length).toBe(text.length + envelopeOverhead);
    expect(Buffer.from(sealed).includes(Buffer.from('Zoë'))).toBe(false);
    expect(open(key, 'caseload/clients/a.json', sealed)).toEqual(text);
  });

  it('uses a fresh nonce for every write, so the same content never gives the same bytes', () => {
    expect(Buffer.from(seal(key, 'f', text)).equals(Buffer.from(seal(key, 'f', text)))).toBe(false);
  });

  it('refuses the wrong key, another file name, and any flipped bit', () => {
    const sealed = seal(key, 'caseload/clients/a.json', text);
    expect(() => open(new Uint8Array(randomBytes(32)), 'caseload/clients/a.json', sealed)).toThrow(EnvelopeError);
    expect(() => open(key, 'caseload/clients/b.json', sealed)).toThrow(EnvelopeError);
    for (const position of [4, 10, 20, sealed.length - 1]) {
      const flipped = Uint8Array.from(sealed);
      flipped[position]! ^= 1;
      expect(() => open(key, 'caseload/clients/a.json', flipped)).toThrow(EnvelopeError);
    }
  });

  it('says a plain or truncated file is not sealed', () => {
    expect(isSealed(text)).toBe(false);
    expect(() => open(key, 'f', text)).toThrow(new EnvelopeError('not_sealed'));
    expect(() => open(key, 'f', seal(key, 'f', text).subarray(0, 20))).toThrow(EnvelopeError);
  });
});
