import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault, VaultError } from '../../../../../main/services/security/vault';
import { createDataFiles } from '../../../../../main/services/storage/data-files';
import { useTempDirs } from '../../support/temp-dirs';

const makeTempDir = useTempDirs();
const options = { now: () => new Date('2025-03-01T09:00:00.000Z'), preferencesFile: 'preferences.json' };

describe('vault: a damaged key ring with a copy in a backup', { timeout: 30_000 }, () => {
  it('opens with the passphrase of the copy, sets the damaged ring aside and keeps using the same data key', async () => {
    const dir = await makeTempDir();
    const first = await openVault(createDataFiles(dir), options);
    const { files, recoveryKey } = await first.setup('de wachtzin van toen');
    await files.ensureFolder('caseload/clients');
    await files.write('caseload/clients/a.json', new TextEncoder().encode('{"familyName":"Çelik"}'));
    // What a backup keeps: a copy of the ring as it was on that day.
    await fsp.mkdir(path.join(dir, 'backups/2025-02-28T09-00-00'), { recursive: true });
    await fsp.copyFile(path.join(dir, 'keyring.json'), path.join(dir, 'backups/2025-02-28T09-00-00/keyring.json'));
    await first.changePassphrase({ passphrase: 'de wachtzin van toen' }, 'de wachtzin van nu');
    const damaged = '{"schemaVersion":1,"kdf":';
    await fsp.writeFile(path.join(dir, 'keyring.json'), damaged);

    const vault = await openVault(createDataFiles(dir), options);
    // The current passphrase was only in the damaged ring; a wrong one is still called wrong.
    await expect(vault.unlock({ passphrase: 'de wachtzin van nu' })).rejects.toEqual(new VaultError('wrong_passphrase'));
    const opened = await vault.unlock({ passphrase: 'de wachtzin van toen' });
    expect(new TextDecoder().decode(await opened.read('caseload/clients/a.json'))).toBe('{"familyName":"Çelik"}');
    const quarantined = await fsp.readdir(path.join(dir, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await fsp.readFile(path.join(dir, 'quarantine', quarantined[0]!), 'utf8')).toBe(damaged);
    // The restored ring works from now on, and so does the recovery key.
    vault.lock();
    await (await openVault(createDataFiles(dir), options)).unlock({ recoveryKey });
  });

  it('says the ring is damaged when there is no copy to fall back on', async () => {
    const dir = await makeTempDir();
    await (await openVault(createDataFiles(dir), options)).setup('een lange wachtzin');
    await fsp.writeFile(path.join(dir, 'keyring.json'), '{');
    const vault = await openVault(createDataFiles(dir), options);
    await expect(vault.unlock({ passphrase: 'een lange wachtzin' })).rejects.toEqual(new VaultError('damaged_key_ring'));
    expect(await fsp.readFile(path.join(dir, 'keyring.json'), 'utf8')).toBe('{');
  });
});
