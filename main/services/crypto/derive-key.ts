import { hkdf, randomBytes, scrypt } from 'node:crypto';

/** scrypt parameters, stored with the key ring so a later app can raise them for new rings. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The app's minimum (OWASP's scrypt recommendation); a key ring asking for less is refused. */
export const minimumScrypt: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
export const defaultScrypt: ScryptParams = minimumScrypt;

export function meetsMinimum(params: ScryptParams): boolean {
  return params.N >= minimumScrypt.N && params.r >= minimumScrypt.r && params.p >= minimumScrypt.p;
}

// scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
const maxmem = 256 * 1024 * 1024;

export function newSalt(): Uint8Array {
  return randomBytes(16);
}

/**
 * The key that wraps the data key, from the passphrase. Node runs scrypt on its thread pool, so
 * the ~0.4 s it takes never holds up the main process's event loop.
 */
export function keyFromPassphrase(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Uint8Array> {
  // The same passphrase typed on another keyboard layout may arrive composed differently.
  const normalised = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    scrypt(normalised, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key)),
    );
  });
}

/** The recovery key is already 160 random bits: stretching it would add nothing, HKDF suffices. */
export function keyFromRecoveryKey(recovery: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', recovery, salt, 'verbind recovery key', 32, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key))));
  });
}
