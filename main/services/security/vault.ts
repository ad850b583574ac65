import { defaultScrypt, type ScryptParams } from '../crypto/derive-key';
import { encryptedDataFiles, isEncryptedLog, sealLog } from '../crypto/encrypted-data-files';
import { isSealed, seal } from '../crypto/file-envelope';
import {
  createKeyRing,
  keyRingFile,
  KeyRingError,
  keyRingSchema,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KeyRing,
} from '../crypto/key-ring';
import type { DataFiles } from '../storage/data-files';

/**
 * The caseload's lock: holds the data key only while unlocked and hands out the encrypted view of
 * the data folder. The key ring lives in the folder itself, so a copied folder (or backup) can only
 * be opened with the passphrase or the recovery key.
 */
export type VaultState = 'setup_needed' | 'locked' | 'unlocked';

export class VaultError extends Error {
  constructor(readonly reason: 'already_set_up' | 'not_set_up' | 'wrong_passphrase' | 'wrong_recovery_key' | 'damaged_key_ring' | 'weak_parameters') {
    super(`Vault: ${reason}`);
    this.name = 'VaultError';
  }
}

/** Files that are not the caseload: the lock, the key ring itself, and unfinished temp files. */
const notCaseload = (relative: string, preferencesFile: string) =>
  relative === keyRingFile || relative === 'verbind.lock' || relative === preferencesFile || /(^|\/)\.[^/]*\.tmp$/.test(relative) || relative.endsWith('.tmp');

export interface Vault {
  state(): VaultState;
  /** Whether files written without encryption are waiting to be encrypted (an older caseload). */
  hasUnencryptedData(): Promise<boolean>;
  setup(passphrase: string): Promise<{ recoveryKey: string; files: DataFiles }>;
  unlock(secret: { passphrase: string } | { recoveryKey: string }): Promise<DataFiles>;
  lock(): void;
  changePassphrase(current: string, next: string): Promise<void>;
}

export interface VaultOptions {
  now: () => Date;
  scrypt?: ScryptParams;
  /** The preferences file name, kept readable: the language must be known before unlocking. */
  preferencesFile: string;
}

async function readRing(files: DataFiles): Promise<KeyRing | undefined> {
  const bytes = await files.read(keyRingFile);
  if (bytes === undefined) return undefined;
  try {
    const parsed = keyRingSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a damaged key ring is never rewritten, the worker is told
  }
  throw new VaultError('damaged_key_ring');
}

const ringBytes = (ring: KeyRing) => new TextEncoder().encode(`${JSON.stringify(ring, null, 2)}\n`);

export async function openVault(plain: DataFiles, options: VaultOptions): Promise<Vault> {
  const params = options.scrypt ?? defaultScrypt;
  let ring = await readRing(plain).catch((error: unknown) => {
    if (error instanceof VaultError) return error;
    throw error;
  });
  let dataKey: Uint8Array | undefined;

  const plainFiles = async () => {
    const waiting: string[] = [];
    for (const relative of await plain.listAll()) {
      if (notCaseload(relative, options.preferencesFile)) continue;
      const bytes = await plain.read(relative);
      if (bytes !== undefined && bytes.length > 0 && !isSealed(bytes) && !isEncryptedLog(bytes)) waiting.push(relative);
    }
    return waiting;
  };

  /**
   * Encrypts what an older version (or a crash during set-up) left readable. The key ring is
   * written first, marked, so a crash halfway never leaves files encrypted under a lost key; each
   * file is replaced atomically, so each is either still plain or fully encrypted.
   */
  const encryptLeftovers = async (key: Uint8Array, current: KeyRing) => {
    for (const relative of await plainFiles()) {
      const bytes = (await plain.read(relative))!;
      await plain.write(relative, relative.endsWith('.jsonl') ? sealLog(key, relative, bytes) : seal(key, relative, bytes));
    }
    if (current.encryptingExistingData) {
      const { encryptingExistingData: _done, ...finished } = current;
      await plain.write(keyRingFile, ringBytes(finished));
      ring = finished;
    }
  };

  const currentRing = (): KeyRing => {
    if (ring instanceof VaultError) throw ring;
    if (!ring) throw new VaultError('not_set_up');
    return ring;
  };

  const opened = async (key: Uint8Array, current: KeyRing) => {
    if (current.encryptingExistingData) await encryptLeftovers(key, current);
    dataKey = key;
    return encryptedDataFiles(plain, key);
  };

  return {
    state: () => (dataKey ? 'unlocked' : ring === undefined ? 'setup_needed' : 'locked'),
    async hasUnencryptedData() {
      return (await plainFiles()).length > 0;
    },
    async setup(passphrase) {
      if (ring !== undefined) throw new VaultError('already_set_up');
      const created = await createKeyRing(passphrase, params, options.now());
      const hasPlain = (await plainFiles()).length > 0;
      const marked: KeyRing = hasPlain ? { ...created.ring, encryptingExistingData: true } : created.ring;
      await plain.write(keyRingFile, ringBytes(marked));
      ring = marked;
      return { recoveryKey: created.recoveryKey, files: await opened(created.dataKey, marked) };
    },
    async unlock(secret) {
      const current = currentRing();
      try {
        const key = 'passphrase' in secret ? await unlockWithPassphrase(current, secret.passphrase) : await unlockWithRecoveryKey(current, secret.recoveryKey);
        return await opened(key, current);
      } catch (error) {
        if (error instanceof KeyRingError) {
          if (error.reason === 'weak_parameters') throw new VaultError('weak_parameters');
          if (error.reason === 'damaged') throw new VaultError('damaged_key_ring');
          throw new VaultError('passphrase' in secret ? 'wrong_passphrase' : 'wrong_recovery_key');
        }
        throw error;
      }
    },
    lock() {
      dataKey?.fill(0);
      dataKey = undefined;
    },
    async changePassphrase(current, next) {
      const existing = currentRing();
      let key: Uint8Array;
      try {
        key = await unlockWithPassphrase(existing, current);
      } catch (error) {
        if (error instanceof KeyRingError && error.reason === 'wrong_secret') throw new VaultError('wrong_passphrase');
        throw error;
      }
      const changed = await rewrapPassphrase(existing, key, next, params, options.now());
      // One atomic write of a small file: after a crash either the old or the new passphrase works.
      await plain.write(keyRingFile, ringBytes(changed));
      ring = changed;
    },
  };
}
