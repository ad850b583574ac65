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
import type { Keychain } from './keychain';

/**
 * The caseload's lock: holds the data key only while unlocked and hands out the encrypted view of
 * the data folder. The key ring lives in the folder itself, so a copied folder (or backup) can only
 * be opened with the passphrase or the recovery key.
 */
export type VaultState = 'setup_needed' | 'locked' | 'unlocked';

export class VaultError extends Error {
  constructor(
    readonly reason:
      | 'already_set_up'
      | 'not_set_up'
      | 'wrong_passphrase'
      | 'wrong_recovery_key'
      | 'damaged_key_ring'
      | 'weak_parameters'
      | 'keychain_unavailable'
      | 'keychain_failed'
      | 'not_unlocked',
  ) {
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
  unlock(secret: Secret): Promise<DataFiles>;
  lock(): void;
  /** A new passphrase, proven by the current one or (forgotten passphrase) by the recovery key. */
  changePassphrase(proof: Secret, next: string): Promise<void>;
  /** Whether the OS keychain can be used here, and whether it holds the data key. */
  keychain(): { available: boolean; enabled: boolean };
  unlockWithKeychain(): Promise<DataFiles>;
  /** Turns keychain unlock on (seals the data key; only while unlocked) or off (forgets the sealed key). */
  setKeychain(enabled: boolean): Promise<void>;
  /**
   * The encrypted view, with the data key, of files laid out like the data folder (a backup):
   * each opens with its original path. Only while unlocked.
   */
  view(inner: DataFiles): DataFiles;
}

export type Secret = { passphrase: string } | { recoveryKey: string };

export interface VaultOptions {
  now: () => Date;
  scrypt?: ScryptParams;
  /** The preferences file name, kept readable: the language must be known before unlocking. */
  preferencesFile: string;
  /** The OS keychain (Electron only). */
  keychain?: Keychain | undefined;
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
      // Append-only files (the audit log, the edit journal) become encrypted logs, one record per line.
      const isLog = relative.endsWith('.jsonl') || relative.endsWith('.log');
      await plain.write(relative, isLog ? sealLog(key, relative, bytes) : seal(key, relative, bytes));
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

  /** The data key from a passphrase or recovery key; the reasons a worker can act on, as VaultErrors. */
  const keyFrom = async (current: KeyRing, secret: Secret): Promise<Uint8Array> => {
    try {
      return 'passphrase' in secret ? await unlockWithPassphrase(current, secret.passphrase) : await unlockWithRecoveryKey(current, secret.recoveryKey);
    } catch (error) {
      if (error instanceof KeyRingError) {
        if (error.reason === 'weak_parameters') throw new VaultError('weak_parameters');
        if (error.reason === 'damaged') throw new VaultError('damaged_key_ring');
        throw new VaultError('passphrase' in secret ? 'wrong_passphrase' : 'wrong_recovery_key');
      }
      throw error;
    }
  };

  const writeRing = async (next: KeyRing) => {
    // One atomic write of a small file: after a crash either the old or the new ring is there.
    await plain.write(keyRingFile, ringBytes(next));
    ring = next;
  };

  const keychainUsable = () => options.keychain?.isAvailable() === true;

  /**
   * keyring.json is damaged: every backup holds a copy of the ring, and the data key never changes,
   * so the newest copy the secret opens (the passphrase of then, or the recovery key) saves the
   * caseload. The damaged ring is moved aside first, never overwritten.
   */
  const unlockFromBackupRing = async (secret: Secret): Promise<DataFiles> => {
    const copies = (await plain.listAll()).filter((relative) => /^backups\/[^/]+\/keyring\.json$/.test(relative)).sort().reverse();
    let wrongSecret = false;
    for (const copy of copies) {
      const candidate = await readRing({ ...plain, read: () => plain.read(copy) }).catch(() => undefined);
      if (!candidate) continue;
      let key: Uint8Array;
      try {
        key = await keyFrom(candidate, secret);
      } catch (error) {
        if (!(error instanceof VaultError) || (error.reason !== 'wrong_passphrase' && error.reason !== 'wrong_recovery_key')) throw error;
        wrongSecret = true;
        continue;
      }
      await plain.moveAside(keyRingFile, 'quarantine');
      await writeRing(candidate);
      return opened(key, candidate);
    }
    // A readable copy that this secret does not open is a wrong secret, not a lost caseload.
    if (wrongSecret) throw new VaultError('passphrase' in secret ? 'wrong_passphrase' : 'wrong_recovery_key');
    throw new VaultError('damaged_key_ring');
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
      if (ring instanceof VaultError && ring.reason === 'damaged_key_ring') return unlockFromBackupRing(secret);
      const current = currentRing();
      return opened(await keyFrom(current, secret), current);
    },
    view(inner) {
      if (!dataKey) throw new Error('The vault is locked');
      return encryptedDataFiles(inner, dataKey);
    },
    lock() {
      dataKey?.fill(0);
      dataKey = undefined;
    },
    async changePassphrase(proof, next) {
      const existing = currentRing();
      const key = await keyFrom(existing, proof);
      await writeRing(await rewrapPassphrase(existing, key, next, params, options.now()));
    },
    keychain() {
      return { available: keychainUsable(), enabled: ring !== undefined && !(ring instanceof VaultError) && ring.keychain !== undefined };
    },
    async unlockWithKeychain() {
      const current = currentRing();
      if (!keychainUsable() || !current.keychain) throw new VaultError('keychain_unavailable');
      let key: Uint8Array;
      try {
        key = options.keychain!.unseal(new Uint8Array(Buffer.from(current.keychain.sealedKey, 'base64')));
      } catch {
        // Another account, another computer, or a reset keychain: the passphrase still works.
        throw new VaultError('keychain_failed');
      }
      if (key.length !== 32) throw new VaultError('keychain_failed');
      return opened(key, current);
    },
    async setKeychain(enabled) {
      const current = currentRing();
      if (!dataKey) throw new VaultError('not_unlocked');
      if (!enabled) {
        const { keychain: _forgotten, ...without } = current;
        await writeRing(without);
        return;
      }
      if (!keychainUsable()) throw new VaultError('keychain_unavailable');
      const sealedKey = Buffer.from(options.keychain!.seal(dataKey)).toString('base64');
      await writeRing({ ...current, keychain: { sealedKey } });
    },
  };
}
