import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../../main/services/storage/atomic-write';
import { contactNote } from '../generate/phrases';
import { seededRandom } from '../generate/random';
import type { BenchCore } from './core-session';
import { ratio, round, spread, type Spread } from './stats';

export interface EditResult {
  /** contacts.create through dispatch: validate, journal the contact (sealed, appended, synced), audit record synced. */
  edit: Spread;
  baseline: Spread;
  /** p95 / baseline p95. */
  ratio: number;
  /** Mean size of the sealed client document each edit rewrote. */
  meanBytes: number;
  baselineName: string;
  /**
   * From the last edit until the background checkpoint had written every edited client file and
   * emptied the journal (it starts a second after the last edit). Waited for, so the next
   * measurement does not share the machine with it.
   */
  settledMs: number;
}

/** The journal is empty once every journaled change is in its client file. */
async function waitForCheckpoint(dataDir: string): Promise<number> {
  const start = performance.now();
  const journal = path.join(dataDir, 'caseload/journal');
  while ((await fsp.readdir(journal)).length > 0) {
    if (performance.now() - start > 120_000) throw new Error('The journal was not emptied within two minutes of the last edit');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - start;
}

export const editBaselineName = "atomic write of the client's sealed file: temp file, fsync, rename, fsync folder (better-sqlite3 not installed: it cannot be prebuilt here)";

/**
 * Logs `count` contacts on random clients, one at a time as a worker would, each measured until
 * acknowledged (durable). After each, the client's sealed file as it is on disk (the journal's
 * changes reach it at the next checkpoint, so it may be a few contacts behind) is written with a
 * plain atomic write beside it: what rewriting the client file on every edit would cost.
 */
export async function measureEdits(session: BenchCore, dataDir: string, count: number, seed: number): Promise<EditResult> {
  const clients = await session.call<{ id: string }[]>('clients.list', {});
  const random = seededRandom(seed ^ 0x5eed);
  const baselineDir = path.join(dataDir, 'bench-baseline');
  await fsp.mkdir(baselineDir, { recursive: true });
  const edits: number[] = [];
  const writes: number[] = [];
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const clientId = random.pick(clients).id;
    const fields = { at: new Date().toISOString(), type: random.pick(['phone', 'home_visit', 'office'] as const), durationMinutes: 30, summary: contactNote(random) };
    let start = performance.now();
    await session.call('contacts.create', { clientId, fields });
    edits.push(performance.now() - start);
    const sealed = await fsp.readFile(path.join(dataDir, 'caseload/clients', `${clientId}.json`));
    bytes += sealed.length;
    start = performance.now();
    await writeFileAtomic(path.join(baselineDir, `${clientId}.json`), sealed);
    writes.push(performance.now() - start);
  }
  await fsp.rm(baselineDir, { recursive: true, force: true });
  const settledMs = await waitForCheckpoint(dataDir);
  const edit = spread(edits);
  const baseline = spread(writes);
  return { edit, baseline, ratio: ratio(edit.p95, baseline.p95), meanBytes: round(bytes / count, 0), baselineName: editBaselineName, settledMs: round(settledMs) };
}
