import * as fsp from 'node:fs/promises';
import path from 'node:path';
import Conf from 'conf';
import type { KeyValueStore } from './preferences';

export const preferencesFileName = 'preferences';

/**
 * Opens the preferences file with conf. A damaged file must never stop the app from starting: it is
 * moved aside (kept for support) and the app starts with defaults.
 */
export async function openConfStore(dataDir: string): Promise<{ store: KeyValueStore; setAside?: string }> {
  const open = () => new Conf({ cwd: dataDir, configName: preferencesFileName, projectName: 'verbind', clearInvalidConfig: false });
  try {
    return { store: open() };
  } catch {
    const file = path.join(dataDir, `${preferencesFileName}.json`);
    const setAside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fsp.rename(file, setAside);
    return { store: open(), setAside };
  }
}
