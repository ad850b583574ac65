import { createCipheriv, randomBytes, scrypt } from 'node:crypto';
import { EnvelopeError, open, seal } from './file-envelope';

/**
 * Known-answer tests run before the vault opens, as FIPS-style modules do at power-up: a crypto
 * library that was swapped, misbuilt or patched must stop Verbind before it writes one file it
 * could never read back, not after.
 */
export class CryptoSelfTestError extends Error {
  constructor(readonly check: 'aes_gcm' | 'scrypt' | 'envelope') {
    super(`Crypto self-test failed: ${check}`);
    this.name = 'CryptoSelfTestError';
  }
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** McGrew & Viega, "The Galois/Counter Mode of Operation", test case 14 (AES-256, zero key, IV and block). */
function aesGcmKnownAnswer(): boolean {
  const cipher = createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
  const ciphertext = Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]);
  return hex(ciphertext) === 'cea7403d4d606b6e074ec5d3baf39d18' && hex(cipher.getAuthTag()) === 'd0d1c8a799996bf0265b98b5d48ab919';
}

/** RFC 7914 §12, the second scrypt test vector. */
function scryptKnownAnswer(): Promise<boolean> {
  const expected =
    'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
  return new Promise((resolve) => {
    scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }, (error, key) => resolve(!error && hex(key) === expected));
  });
}

/** Our own envelope: a round trip works, and a flipped bit or another file name is refused. */
function envelopeRoundTrip(): boolean {
  const key = new Uint8Array(randomBytes(32));
  const plain = new Uint8Array(randomBytes(64));
  const sealed = seal(key, 'self-test/a.json', plain);
  if (hex(open(key, 'self-test/a.json', sealed)) !== hex(plain)) return false;
  const refused = (attempt: () => unknown) => {
    try {
      attempt();
      return false;
    } catch (error) {
      return error instanceof EnvelopeError;
    }
  };
  const flipped = Uint8Array.from(sealed);
  flipped[flipped.length - 20]! ^= 1;
  return refused(() => open(key, 'self-test/a.json', flipped)) && refused(() => open(key, 'self-test/b.json', sealed));
}

export async function cryptoSelfTest(): Promise<void> {
  if (!aesGcmKnownAnswer()) throw new CryptoSelfTestError('aes_gcm');
  if (!(await scryptKnownAnswer())) throw new CryptoSelfTestError('scrypt');
  if (!envelopeRoundTrip()) throw new CryptoSelfTestError('envelope');
}
