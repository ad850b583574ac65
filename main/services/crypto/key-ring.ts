import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { keyFromPassphrase, keyFromRecoveryKey, meetsMinimum, newSalt, type ScryptParams } from './derive-key';
import { EnvelopeError, open, seal } from './file-envelope';
import { newRecoveryKey, parseRecoveryKey } from './recovery-key';

/**
 * The key ring (`keyring.json`, not itself secret): one random data key, wrapped once by the
 * passphrase and once by the recovery key. No hash of the passphrase is kept — the right
 * passphrase is simply the one that unwraps the key. Changing the passphrase rewrites only this
 * small file, in one atomic write, so a crash halfway leaves either the old or the new ring.
 */
export const keyRingFile = 'keyring.json';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const keyRingSchema = z.strictObject({
  schemaVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  changedAt: z.iso.datetime(),
  kdf: z.strictObject({
    algorithm: z.literal('scrypt'),
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
    salt: base64,
  }),
  passphrase: z.strictObject({ sealedKey: base64 }),
  recovery: z.strictObject({ salt: base64, sealedKey: base64 }),
  /**
   * The data key sealed by the OS keychain, present only after the worker turned keychain unlock
   * on. Only that OS account on that computer can unseal it; elsewhere the passphrase is needed.
   */
  keychain: z.strictObject({ sealedKey: base64 }).optional(),
  /** Set while files written without encryption are being encrypted; the next unlock finishes the job. */
  encryptingExistingData: z.literal(true).optional(),
});
export type KeyRing = z.infer<typeof keyRingSchema>;

export class KeyRingError extends Error {
  constructor(readonly reason: 'wrong_secret' | 'weak_parameters' | 'damaged') {
    super(`Key ring: ${reason}`);
    this.name = 'KeyRingError';
  }
}

const dataKeyLength = 32;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

function unwrap(kek: Uint8Array, context: string, sealedKey: string): Uint8Array {
  try {
    const key = open(kek, context, bytesOf(sealedKey));
    if (key.length !== dataKeyLength) throw new KeyRingError('damaged');
    return key;
  } catch (error) {
    if (error instanceof EnvelopeError) throw new KeyRingError('wrong_secret');
    throw error;
  }
}

async function wrapWithPassphrase(dataKey: Uint8Array, passphrase: string, params: ScryptParams) {
  const salt = newSalt();
  const kek = await keyFromPassphrase(passphrase, salt, params);
  return {
    kdf: { algorithm: 'scrypt' as const, ...params, salt: b64(salt) },
    passphrase: { sealedKey: b64(seal(kek, 'keyring:passphrase', dataKey)) },
  };
}

export interface NewKeyRing {
  ring: KeyRing;
  dataKey: Uint8Array;
  /** Shown to the worker once, to print or write down; never stored. */
  recoveryKey: string;
}

export async function createKeyRing(passphrase: string, params: ScryptParams, now: Date): Promise<NewKeyRing> {
  const dataKey = new Uint8Array(randomBytes(dataKeyLength));
  const recoveryKey = newRecoveryKey();
  const recoverySalt = newSalt();
  const recoveryKek = await keyFromRecoveryKey(parseRecoveryKey(recoveryKey)!, recoverySalt);
  const stamp = now.toISOString();
  const ring: KeyRing = {
    schemaVersion: 1,
    createdAt: stamp,
    changedAt: stamp,
    ...(await wrapWithPassphrase(dataKey, passphrase, params)),
    recovery: { salt: b64(recoverySalt), sealedKey: b64(seal(recoveryKek, 'keyring:recovery', dataKey)) },
  };
  return { ring, dataKey, recoveryKey };
}

export async function unlockWithPassphrase(ring: KeyRing, passphrase: string): Promise<Uint8Array> {
  const { N, r, p, salt } = ring.kdf;
  // A ring edited to cheap parameters would make guessing the passphrase cheap: refuse it.
  if (!meetsMinimum({ N, r, p })) throw new KeyRingError('weak_parameters');
  const kek = await keyFromPassphrase(passphrase, bytesOf(salt), { N, r, p });
  return unwrap(kek, 'keyring:passphrase', ring.passphrase.sealedKey);
}

export async function unlockWithRecoveryKey(ring: KeyRing, recoveryKey: string): Promise<Uint8Array> {
  const recovery = parseRecoveryKey(recoveryKey);
  if (!recovery) throw new KeyRingError('wrong_secret');
  const kek = await keyFromRecoveryKey(recovery, bytesOf(ring.recovery.salt));
  return unwrap(kek, 'keyring:recovery', ring.recovery.sealedKey);
}

/** The same data key under a new passphrase; the recovery key keeps working. */
export async function rewrapPassphrase(ring: KeyRing, dataKey: Uint8Array, passphrase: string, params: ScryptParams, now: Date): Promise<KeyRing> {
  return { ...ring, ...(await wrapWithPassphrase(dataKey, passphrase, params)), changedAt: now.toISOString() };
}
