import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Keychain } from '../../../../../main/services/security/keychain';
import { openVault, VaultError } from '../../../../../main/services/security/vault';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const now = () => new Date('2025-03-01T09:00:00.000Z');
const options = { now, preferencesFile: 'preferences.json' };

/** Like DPAPI: sealed to one OS account; another account (another secret) cannot unseal. */
function accountKeychain(available = true): Keychain {
  const secret = randomBytes(32);
  return {
    isAvailable: () => available,
    seal(data) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(data), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, body, cipher.getAuthTag()]));
    },
    unseal(sealed) {
      const bytes = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', secret, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]));
    },
  };
}

// Real scrypt (N=2^17, ~0.4 s a call), several times per test: room for a busy 2-core runner.
describe('vault: forgotten passphrase and keychain unlock', { timeout: 30_000 }, () => {
  it('sets a new passphrase with the recovery key when the old one is forgotten; the recovery key keeps working', async () => {
    const dir = await makeTempDir();
    const { recoveryKey } = await (await openVault(createDataFiles(dir), options)).setup('vergeten wachtzin 1');
    const vault = await openVault(createDataFiles(dir), options);
    await vault.unlock({ recoveryKey });
    await expect(vault.changePassphrase({ recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' }, 'nieuwe wachtzin 2')).rejects.toEqual(
      new VaultError('wrong_recovery_key'),
    );
    await vault.changePassphrase({ recoveryKey: recoveryKey.toLowerCase() }, 'nieuwe wachtzin 2');

    const later = await openVault(createDataFiles(dir), options);
    await expect(later.unlock({ passphrase: 'vergeten wachtzin 1' })).rejects.toEqual(new VaultError('wrong_passphrase'));
    await later.unlock({ passphrase: 'nieuwe wachtzin 2' });
    later.lock();
    await later.unlock({ recoveryKey });
    expect(later.state()).toBe('unlocked');
  });

  it('unlocks with the keychain only after the worker turned it on, and only for the same account', async () => {
    const dir = await makeTempDir();
    const keychain = accountKeychain();
    const vault = await openVault(createDataFiles(dir), { ...options, keychain });
    await vault.setup('een lange wachtzin');
    expect(vault.keychain()).toEqual({ available: true, enabled: false });
    vault.lock();
    await expect(vault.unlockWithKeychain()).rejects.toEqual(new VaultError('keychain_unavailable'));

    await vault.unlock({ passphrase: 'een lange wachtzin' });
    await vault.setKeychain(true);
    expect(vault.keychain()).toEqual({ available: true, enabled: true });
    // The key ring holds the sealed key, never the data key itself.
    const ring = JSON.parse(await fsp.readFile(path.join(dir, 'keyring.json'), 'utf8')) as { keychain?: { sealedKey: string } };
    expect(ring.keychain?.sealedKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
    vault.lock();

    const sameAccount = await openVault(createDataFiles(dir), { ...options, keychain });
    const files = await sameAccount.unlockWithKeychain();
    await files.ensureFolder('caseload');
    await files.write('caseload/note.json', new TextEncoder().encode('{"n":1}'));
    expect(sameAccount.state()).toBe('unlocked');

    // A copied folder on another computer or account: a clear refusal, and the passphrase still works.
    const before = await snapshotTree(dir);
    const elsewhere = await openVault(createDataFiles(dir), { ...options, keychain: accountKeychain() });
    await expect(elsewhere.unlockWithKeychain()).rejects.toEqual(new VaultError('keychain_failed'));
    expect(await snapshotTree(dir)).toEqual(before);
    const opened = await elsewhere.unlock({ passphrase: 'een lange wachtzin' });
    expect(new TextDecoder().decode(await opened.read('caseload/note.json'))).toBe('{"n":1}');
  });

  it('keeps keychain unlock through a passphrase change, and forgets the sealed key when turned off', async () => {
    const dir = await makeTempDir();
    const keychain = accountKeychain();
    const vault = await openVault(createDataFiles(dir), { ...options, keychain });
    await vault.setup('een lange wachtzin');
    await vault.setKeychain(true);
    await vault.changePassphrase({ passphrase: 'een lange wachtzin' }, 'een andere lange zin');
    vault.lock();
    await vault.unlockWithKeychain();
    await vault.setKeychain(false);
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'keyring.json'), 'utf8'))).not.toHaveProperty('keychain');
    vault.lock();
    await expect(vault.unlockWithKeychain()).rejects.toEqual(new VaultError('keychain_unavailable'));
  });

  it('refuses keychain unlock where the computer has no keychain, and turning it on while locked', async () => {
    const dir = await makeTempDir();
    const vault = await openVault(createDataFiles(dir), { ...options, keychain: accountKeychain(false) });
    await vault.setup('een lange wachtzin');
    expect(vault.keychain()).toEqual({ available: false, enabled: false });
    await expect(vault.setKeychain(true)).rejects.toEqual(new VaultError('keychain_unavailable'));
    vault.lock();
    await expect(vault.setKeychain(false)).rejects.toEqual(new VaultError('not_unlocked'));
  });
});
