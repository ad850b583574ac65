import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { openVault } from '../../../main/services/security/vault';
import type { WriteFs } from '../../../main/services/storage/atomic-write';
import type { ClientDocument } from '../../../main/services/storage/client-document';
import { createDataFiles, type DataFiles } from '../../../main/services/storage/data-files';
import { encodeDocument } from '../../../main/services/storage/json-codec';
import { benchPassphrase, type BenchSize } from '../sizes';
import { generateClientDocument, type ClientPlan } from './client-document';
import { familyNames, givenNames } from './names';
import { childSeed, seededRandom } from './random';

/** Bumped when the generator changes, so cached folders of an older generator are not reused. */
export const generatorVersion = 2;

export interface CaseloadSpec {
  size: BenchSize;
  seed: number;
  /** "Now" of the data (contacts run up to two years before it); part of what the seed reproduces. */
  now: Date;
}

/**
 * How many contacts each client has: uneven (a new client has a few, a long one many) but adding
 * up to exactly the size's total. The first client is the "heavy" one the progress report prints.
 */
export function clientPlans(spec: CaseloadSpec): ClientPlan[] {
  const random = seededRandom(childSeed(spec.seed, -1));
  const { clients, contacts, workers } = spec.size;
  const workerNames = Array.from({ length: workers }, () => `${random.pick(givenNames)} ${random.pick(familyNames)}`);
  const heavyContacts = Math.min(170, Math.floor(contacts / clients) * 4);
  const weights = Array.from({ length: clients }, (_, index) => (index === 0 ? 0 : 0.2 + 1.6 * random.next()));
  const rest = contacts - heavyContacts;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((rest * weight) / total));
  counts[0] = heavyContacts;
  let missing = contacts - counts.reduce((sum, count) => sum + count, 0);
  for (let index = 1; missing > 0; index = (index % (clients - 1)) + 1, missing--) counts[index]! += 1;
  return counts.map((count, index) => ({ contacts: count, worker: workerNames[index % workers]!, heavy: index === 0 }));
}

/** Every document of the caseload, one at a time (the organisation size does not fit in memory twice). */
export function* generateCaseload(spec: CaseloadSpec): Generator<ClientDocument> {
  const plans = clientPlans(spec);
  for (const [index, plan] of plans.entries()) yield generateClientDocument(seededRandom(childSeed(spec.seed, index)), plan, spec.now.getTime());
}

/** fsync as a no-op: generating is not what is measured, and 10,000 synced files take minutes. */
const unsyncedFs: WriteFs = {
  async open(file, flags) {
    const handle = await fsp.open(file, flags);
    handle.sync = async () => undefined;
    return handle;
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
};

export interface GeneratedFolder {
  /** The encrypted data folder, as the app leaves it. */
  dataDir: string;
  /** The same documents as plain JSON (`<id>.json`), for the read + JSON.parse baseline. */
  plainDir: string;
  passphrase: string;
  clients: number;
  contacts: number;
  /** Bytes of the plain documents together. */
  plainBytes: number;
  /** The client whose file prints a report of 20+ pages, with a referral for the letter. */
  reportClientId: string;
  referralId: string;
  generatedInMs: number;
  fromCache: boolean;
}

async function pool<T>(items: Iterable<T>, width: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
    }),
  );
}

/**
 * Writes the caseload as an encrypted data folder exactly like the app: a vault set up with the
 * bench passphrase, each document sealed at `caseload/clients/<id>.json`, the store marker, plus a
 * plain copy beside it. Cached per (size, seed, day, generator): a rerun skips this.
 */
export async function writeCaseload(spec: CaseloadSpec, cacheRoot: string, log: (line: string) => void = () => undefined): Promise<GeneratedFolder> {
  const key = `${spec.size.clients}-${spec.size.contacts}-seed${spec.seed}-${spec.now.toISOString().slice(0, 10)}-g${generatorVersion}`;
  const folder = path.join(cacheRoot, key);
  const metaFile = path.join(folder, 'generated.json');
  const cached = await fsp.readFile(metaFile, 'utf8').catch(() => undefined);
  if (cached) return { ...(JSON.parse(cached) as GeneratedFolder), fromCache: true };

  const started = performance.now();
  await fsp.rm(folder, { recursive: true, force: true });
  const dataDir = path.join(folder, 'data');
  const plainDir = path.join(folder, 'plain');
  await fsp.mkdir(dataDir, { recursive: true });
  await fsp.mkdir(plainDir, { recursive: true });
  const vault = await openVault(createDataFiles(dataDir, unsyncedFs), { now: () => spec.now, preferencesFile: 'preferences.json' });
  const files: DataFiles = (await vault.setup(benchPassphrase)).files;
  await files.ensureFolder('caseload/clients');
  await files.write('caseload/store.json', encodeDocument({ schemaVersion: 1, createdAt: spec.now.toISOString() }));
  let clients = 0;
  let contacts = 0;
  let plainBytes = 0;
  let reportClientId = '';
  let referralId = '';
  await pool(generateCaseload(spec), 8, async (document) => {
    const bytes = encodeDocument(document);
    if (clients === 0 && !reportClientId) {
      reportClientId = document.client.id;
      referralId = document.referrals[0]?.id ?? '';
    }
    clients++;
    contacts += document.contacts.length;
    plainBytes += bytes.length;
    if (clients % 1000 === 0) log(`  generated ${clients} of ${spec.size.clients} clients`);
    await files.write(`caseload/clients/${document.client.id}.json`, bytes);
    await fsp.writeFile(path.join(plainDir, `${document.client.id}.json`), bytes);
  });
  const generated: GeneratedFolder = { dataDir, plainDir, passphrase: benchPassphrase, clients, contacts, plainBytes, reportClientId, referralId, generatedInMs: performance.now() - started, fromCache: false };
  await fsp.writeFile(metaFile, JSON.stringify(generated, null, 2));
  return generated;
}
