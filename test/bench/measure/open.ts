import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { createClientFiles } from '../../../main/services/clients/client-files';
import { createClientIndex } from '../../../main/services/clients/client-index';
import { openVault } from '../../../main/services/security/vault';
import { openCaseloadStore } from '../../../main/services/storage/caseload-store';
import { checkedContentsFile } from '../../../main/services/storage/checked-contents';
import { createDataFiles } from '../../../main/services/storage/data-files';
import type { GeneratedFolder } from '../generate/caseload';
import { collectGarbage, median, ratio, round } from './stats';

export interface OpenResult {
  /**
   * openCaseloadStore on the encrypted folder + the caseload index built, as every opening after the
   * first: decrypt, parse, and the schema check only for files whose contents were not checked before.
   */
  storeMs: number;
  /** The same with no record of checked contents (the first opening, or after an upgrade): every file checked. */
  firstStoreMs: number;
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
  const openOnce = async () => {
    const opened = await openCaseloadStore(files);
    return { opened, clients: createClientIndex(createClientFiles(opened), clock).list({}).length };
  };
  await fsp.rm(path.join(folder.dataDir, checkedContentsFile), { force: true });
  collectGarbage();
  const firstStart = performance.now();
  await openOnce();
  const firstStoreMs = performance.now() - firstStart;
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
    const { opened, clients: listed } = await openOnce();
    clients = listed;
    store.push(performance.now() - start);
    if (opened.problems.length > 0 || clients !== parsed) throw new Error(`open read ${clients} clients of ${parsed}: ${JSON.stringify(opened.problems)}`);
  }
  vault.lock();
  const storeMs = median(store);
  const baselineMs = median(baseline);
  return { storeMs: round(storeMs), firstStoreMs: round(firstStoreMs), baselineMs: round(baselineMs), ratio: ratio(storeMs, baselineMs), repetitions, clients, baseline: 'fs.readFile + JSON.parse of the same documents, unencrypted' };
}
