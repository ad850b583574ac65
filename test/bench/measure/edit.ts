import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../../main/services/storage/atomic-write';
import { contactNote } from '../generate/phrases';
import { seededRandom } from '../generate/random';
import type { BenchCore } from './core-session';
import { ratio, round, spread, type Spread } from './stats';

export interface EditResult {
  /** contacts.create through dispatch: validate, change the document, seal, atomic write + fsync, audit record synced. */
  edit: Spread;
  baseline: Spread;
  /** p95 / baseline p95. */
  ratio: number;
  /** Mean size of the sealed client document each edit rewrote. */
  meanBytes: number;
  baselineName: string;
}

export const editBaselineName = 'atomic write of the same bytes: temp file, fsync, rename, fsync folder (better-sqlite3 not installed: it cannot be prebuilt here)';

/**
 * Logs `count` contacts on random clients, one at a time as a worker would, each measured until
 * acknowledged (durable). After each, the same sealed bytes are written with a plain atomic write
 * beside it: the least any durable edit of that client can cost on this disk.
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
  const edit = spread(edits);
  const baseline = spread(writes);
  return { edit, baseline, ratio: ratio(edit.p95, baseline.p95), meanBytes: round(bytes / count, 0), baselineName: editBaselineName };
}
