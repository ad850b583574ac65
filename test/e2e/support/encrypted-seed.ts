import { openVault } from '../../../main/services/security/vault';
import { createDataFiles, type DataFiles } from '../../../main/services/storage/data-files';
import { e2ePassphrase } from './targets';

/**
 * The data folder as the app would have left it: set up with the specs' passphrase, so files a
 * seed writes are encrypted like the app's own and the app unlocks them as usual.
 */
export async function encryptedFolder(dataDir: string): Promise<DataFiles> {
  const vault = await openVault(createDataFiles(dataDir), { now: () => new Date(), preferencesFile: 'preferences.json' });
  return (await vault.setup(e2ePassphrase)).files;
}
