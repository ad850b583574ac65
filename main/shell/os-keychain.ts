import { safeStorage } from 'electron';
import type { Keychain } from '../services/security/keychain';

/**
 * Electron's safeStorage as the vault's keychain. On Linux without a secret service safeStorage
 * falls back to a hard-coded key ('basic_text'): that protects nothing, so it counts as absent.
 */
export function osKeychain(): Keychain {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    // safeStorage takes strings; base64 keeps the key's bytes intact through it.
    seal: (secret) => new Uint8Array(safeStorage.encryptString(Buffer.from(secret).toString('base64'))),
    unseal: (sealed) => new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64')),
  };
}
