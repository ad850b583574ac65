import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * How one stored file (or one appended record) is sealed with the data key: AES-256-GCM with a
 * fresh 12-byte nonce per write. The header (magic, version, nonce) and the file's place in the
 * data folder are authenticated, so a file moved to another name, or a record moved to another
 * position in a log, fails to open instead of being read as something it is not.
 *
 *   "VBE1" | nonce (12) | ciphertext | tag (16)
 */
export const envelopeMagic = Buffer.from('VBE1', 'ascii');
const nonceLength = 12;
const tagLength = 16;
export const envelopeOverhead = envelopeMagic.length + nonceLength + tagLength;

export class EnvelopeError extends Error {
  constructor(readonly reason: 'not_sealed' | 'damaged') {
    super(reason === 'not_sealed' ? 'The file is not encrypted' : 'The file cannot be decrypted');
    this.name = 'EnvelopeError';
  }
}

export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= envelopeOverhead && Buffer.from(bytes.subarray(0, envelopeMagic.length)).equals(envelopeMagic);
}

function associatedData(header: Uint8Array, context: string): Buffer {
  return Buffer.concat([header, Buffer.from(context, 'utf8')]);
}

export function seal(key: Uint8Array, context: string, plaintext: Uint8Array): Uint8Array {
  const nonce = randomBytes(nonceLength);
  const header = Buffer.concat([envelopeMagic, nonce]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagLength });
  cipher.setAAD(associatedData(header, context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function open(key: Uint8Array, context: string, sealed: Uint8Array): Uint8Array {
  if (!isSealed(sealed)) throw new EnvelopeError('not_sealed');
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const header = bytes.subarray(0, envelopeMagic.length + nonceLength);
  const nonce = header.subarray(envelopeMagic.length);
  const body = bytes.subarray(header.length, bytes.length - tagLength);
  const tag = bytes.subarray(bytes.length - tagLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: tagLength });
    decipher.setAAD(associatedData(header, context));
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
  } catch {
    throw new EnvelopeError('damaged');
  }
}
