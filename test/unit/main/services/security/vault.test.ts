import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault, VaultError } from '../../../../../main/services/security/vault';
import { createDataFiles, type DataFiles } from '../../../../../main/services/storage/data-files';
import { snapshotTree, useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const now = () => new Date('2025-03-01T09:00:00.000Z');
const options = { now, preferencesFile: 'preferences.json' };
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** An older, unencrypted caseload: a client file, the audit log and preferences. */
async function plainCaseload(dir: string) {
  await fsp.mkdir(path.join(dir, 'caseload/clients'), { recursive: true });
  await fsp.mkdir(path.join(dir, 'audit'), { recursive: true });
  await fsp.writeFile(path.join(dir, 'caseload/clients/a.json'), '{"givenName":"Zoë","familyName":"Bakker"}\n');
  await fsp.writeFile(path.join(dir, 'audit/audit-log.jsonl'), '{"n":1,"clientId":"a"}\n{"n":2,"clientId":"a"}\n');
  await fsp.writeFile(path.join(dir, 'preferences.json'), '{"language":"en"}');
}

/** Every file as text, the way someone who copied the folder would read it. */
async function textOnDisk(dir: string): Promise<Record<string, string>> {
  const tree = await snapshotTree(dir);
  return Object.fromEntries(Object.entries(tree).map(([file, base64]) => [file, Buffer.from(base64, 'base64').toString('utf8')]));
}

async function plainTextOnDisk(dir: string): Promise<string> {
  return Object.values(await textOnDisk(dir)).join('\n');
}

// Real scrypt (N=2^17, ~0.4 s a call), several times per test: room for a busy 2-core runner.
describe('vault: the passphrase-locked caseload', { timeout: 30_000 }, () => {
  it('asks for set-up on a new folder, then locks and unlocks with the passphrase', async () => {
    const dir = await makeTempDir();
    const vault = await openVault(createDataFiles(dir), options);
    expect(vault.state()).toBe('setup_needed');
    const { recoveryKey, files } = await vault.setup('een lange wachtzin');
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(vault.state()).toBe('unlocked');
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/b.json', encode('{"familyName":"Çelik"}'));
    expect(await plainTextOnDisk(dir)).not.toContain('Çelik');

    vault.lock();
    expect(vault.state()).toBe('locked');
    const reopened = await openVault(createDataFiles(dir), options);
    expect(reopened.state()).toBe('locked');
    const unlocked = await reopened.unlock({ passphrase: 'een lange wachtzin' });
    expect(decode(await unlocked.read('caseload/clients/b.json'))).toBe('{"familyName":"Çelik"}');
  });

  it('refuses a wrong passphrase or recovery key and changes nothing on disk', async () => {
    const dir = await makeTempDir();
    await (await openVault(createDataFiles(dir), options)).setup('een lange wachtzin');
    const before = await snapshotTree(dir);
    const vault = await openVault(createDataFiles(dir), options);
    await expect(vault.unlock({ passphrase: 'een andere wachtzin' })).rejects.toEqual(new VaultError('wrong_passphrase'));
    await expect(vault.unlock({ recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000' })).rejects.toEqual(new VaultError('wrong_recovery_key'));
    expect(vault.state()).toBe('locked');
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('unlocks with the recovery key, and after a passphrase change only the new passphrase works', async () => {
    const dir = await makeTempDir();
    const { recoveryKey } = await (await openVault(createDataFiles(dir), options)).setup('oude wachtzin 1');
    const vault = await openVault(createDataFiles(dir), options);
    await vault.changePassphrase({ passphrase: 'oude wachtzin 1' }, 'nieuwe wachtzin 2');
    await expect(vault.changePassphrase({ passphrase: 'fout' }, 'nog een wachtzin')).rejects.toEqual(new VaultError('wrong_passphrase'));
    const later = await openVault(createDataFiles(dir), options);
    await expect(later.unlock({ passphrase: 'oude wachtzin 1' })).rejects.toEqual(new VaultError('wrong_passphrase'));
    await later.unlock({ passphrase: 'nieuwe wachtzin 2' });
    later.lock();
    await later.unlock({ recoveryKey });
    expect(later.state()).toBe('unlocked');
  });

  it('encrypts a caseload kept by an older version during set-up, keeping every record readable', async () => {
    const dir = await makeTempDir();
    await plainCaseload(dir);
    const vault = await openVault(createDataFiles(dir), options);
    expect(await vault.hasUnencryptedData()).toBe(true);
    const { files } = await vault.setup('een lange wachtzin');
    expect(await vault.hasUnencryptedData()).toBe(false);
    const disk = await textOnDisk(dir);
    expect(disk['caseload/clients/a.json']).not.toContain('Bakker');
    expect(disk['audit/audit-log.jsonl']).not.toContain('clientId');
    // Preferences stay readable: the language is needed before unlocking.
    expect(disk['preferences.json']).toBe('{"language":"en"}');
    expect(decode(await files.read('caseload/clients/a.json'))).toBe('{"givenName":"Zoë","familyName":"Bakker"}\n');
    expect(decode(await files.read('audit/audit-log.jsonl'))).toBe('{"n":1,"clientId":"a"}\n{"n":2,"clientId":"a"}\n');
    expect(JSON.parse(disk['keyring.json']!)).not.toHaveProperty('encryptingExistingData');
  });

  it('finishes encrypting after a crash halfway through set-up, losing nothing', async () => {
    const dir = await makeTempDir();
    await plainCaseload(dir);
    const real = createDataFiles(dir);
    let writes = 0;
    // The process dies at the third write: the key ring and one file are written, the rest is not.
    const crashing: DataFiles = {
      ...real,
      write: async (relative, data) => {
        if (++writes === 3) throw new Error('power cut');
        await real.write(relative, data);
      },
    };
    await expect((await openVault(crashing, options)).setup('een lange wachtzin')).rejects.toThrow('power cut');
    expect(JSON.parse((await textOnDisk(dir))['keyring.json']!)).toHaveProperty('encryptingExistingData', true);

    const vault = await openVault(createDataFiles(dir), options);
    expect(vault.state()).toBe('locked');
    const files = await vault.unlock({ passphrase: 'een lange wachtzin' });
    expect(decode(await files.read('caseload/clients/a.json'))).toContain('Bakker');
    expect(decode(await files.read('audit/audit-log.jsonl'))).toBe('{"n":1,"clientId":"a"}\n{"n":2,"clientId":"a"}\n');
    expect(await plainTextOnDisk(dir)).not.toContain('Bakker');
    expect(await vault.hasUnencryptedData()).toBe(false);
  });

  it('never overwrites a damaged key ring: set-up is refused and unlocking says the ring is damaged', async () => {
    const dir = await makeTempDir();
    await fsp.writeFile(path.join(dir, 'keyring.json'), '{"schemaVersion":1, "kdf": ');
    const vault = await openVault(createDataFiles(dir), options);
    expect(vault.state()).toBe('locked');
    await expect(vault.setup('een lange wachtzin')).rejects.toEqual(new VaultError('already_set_up'));
    await expect(vault.unlock({ passphrase: 'een lange wachtzin' })).rejects.toEqual(new VaultError('damaged_key_ring'));
    expect(await fsp.readFile(path.join(dir, 'keyring.json'), 'utf8')).toBe('{"schemaVersion":1, "kdf": ');
  });

  it('loses nothing when the computer dies while the passphrase is being changed: the old passphrase still opens', async () => {
    const dir = await makeTempDir();
    const { files } = await (await openVault(createDataFiles(dir), options)).setup('oude wachtzin 1');
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/b.json', encode('{"familyName":"Çelik"}'));
    const real = createDataFiles(dir);
    // The atomic write of the new key ring never completes (power cut before the rename).
    const dying: DataFiles = { ...real, write: async () => Promise.reject(new Error('power cut')) };
    await expect((await openVault(dying, options)).changePassphrase({ passphrase: 'oude wachtzin 1' }, 'nieuwe wachtzin 2')).rejects.toThrow('power cut');
    const after = await openVault(createDataFiles(dir), options);
    const reopened = await after.unlock({ passphrase: 'oude wachtzin 1' });
    expect(decode(await reopened.read('caseload/clients/b.json'))).toBe('{"familyName":"Çelik"}');
  });
});
