/**
 * The operating system's keychain as Verbind uses it (Electron `safeStorage`: DPAPI on Windows,
 * Keychain on macOS, the secret service on Linux). It seals the data key to the worker's OS
 * account, so a copied data folder still needs the passphrase. Plain Node (the browser host, the
 * tests) has none: unlocking then always asks for the passphrase.
 */
export interface Keychain {
  /** False where the OS offers no protected storage (or Linux falls back to a plain-text store). */
  isAvailable(): boolean;
  seal(secret: Uint8Array): Uint8Array;
  /** Throws when the bytes were sealed by another account or machine. */
  unseal(sealed: Uint8Array): Uint8Array;
}
