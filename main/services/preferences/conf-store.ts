import * as fsp from 'node:fs/promises';
import path from 'node:path';
import Conf from 'conf';
import type { KeyValueStore } from './preferences';

export const preferencesFileName = 'preferences';

export type KeyValueFactory = (dataDir: string) => KeyValueStore;

/** conf outside Electron; the shell passes electron-store, which reads and writes the same file. */
export const confFactory: KeyValueFactory = (dataDir) =>
  new Conf({ cwd: dataDir, configName: preferencesFileName, projectName: 'verbind', clearInvalidConfig: false });

/**
 * Opens the preferences file. A damaged file must never stop the app from starting: it is moved
 * aside (kept for support) and the app starts with defaults.
 */
export async function openConfStore(
  dataDir: string,
  create: KeyValueFactory = confFactory,
): Promise<{ store: KeyValueStore; setAside?: string }> {
  try {
    return { store: create(dataDir) };
  } catch {
    const file = path.join(dataDir, `${preferencesFileName}.json`);
    const setAside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fsp.rename(file, setAside);
    return { store: create(dataDir), setAside };
  }
}
