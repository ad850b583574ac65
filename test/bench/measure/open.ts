import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { createClientFiles } from '../../../main/services/clients/client-files';
import { createClientIndex } from '../../../main/services/clients/client-index';
import { openVault } from '../../../main/services/security/vault';
import { openCaseloadStore } from '../../../main/services/storage/caseload-store';
import { createDataFiles } from '../../../main/services/storage/data-files';
import type { GeneratedFolder } from '../generate/caseload';
import { collectGarbage, median, ratio, round } from './stats';

export interface OpenResult {
  /** openCaseloadStore on the encrypted folder (decrypt, decode, migrate, check) + the caseload index built. */
  storeMs: number;
  /** fs.readFile of every plain document + JSON.parse, the same documents. */
  baselineMs: number;
  ratio: number;
  repetitions: number;
  clients: number;
  baseline: string;
}

async function readAndParse(plainDir: string): Promise<number> {
  let count = 0;
  for (const name of await fsp.readdir(plainDir)) {
    const parsed = JSON.parse(await fsp.readFile(path.join(plainDir, name), 'utf8')) as unknown;
    if (parsed) count++;
  }
  return count;
}

/**
 * Opening the store once the key is known (what unlocking does after scrypt): every file read,
 * decrypted, decoded and schema-checked, then the caseload rows built. Alternated with the
 * baseline so both meet the same warm file cache.
 */
export async function measureOpen(folder: GeneratedFolder, repetitions: number): Promise<OpenResult> {
  const vault = await openVault(createDataFiles(folder.dataDir), { now: () => new Date(), preferencesFile: 'preferences.json' });
  const files = await vault.unlock({ passphrase: folder.passphrase });
  const clock = { now: () => new Date() };
  await readAndParse(folder.plainDir); // warm the file cache for both
  const store: number[] = [];
  const baseline: number[] = [];
  let clients = 0;
  for (let round = 0; round < repetitions; round++) {
    collectGarbage();
    let start = performance.now();
    const parsed = await readAndParse(folder.plainDir);
    baseline.push(performance.now() - start);
    collectGarbage();
    start = performance.now();
    const opened = await openCaseloadStore(files);
    clients = createClientIndex(createClientFiles(opened), clock).list({}).length;
    store.push(performance.now() - start);
    if (opened.problems.length > 0 || clients !== parsed) throw new Error(`open read ${clients} clients of ${parsed}: ${JSON.stringify(opened.problems)}`);
  }
  vault.lock();
  const storeMs = median(store);
  const baselineMs = median(baseline);
  return { storeMs: round(storeMs), baselineMs: round(baselineMs), ratio: ratio(storeMs, baselineMs), repetitions, clients, baseline: 'fs.readFile + JSON.parse of the same documents, unencrypted' };
}
