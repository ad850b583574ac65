import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { writeCaseload, type CaseloadSpec, type GeneratedFolder } from '../generate/caseload';
import { benchSizes, type BenchSizeName } from '../sizes';
import { openBenchCore } from './core-session';
import { measureEdits, type EditResult } from './edit';
import { heapResult, memorySnapshot, type HeapResult } from './heap';
import { measureOpen, type OpenResult } from './open';
import { measurePdfs, type PdfResult } from './pdf';
import { measureRenderer, type RendererResult } from './renderer';
import { measureSearch, type SearchResult } from './search';
import { round } from './stats';

export interface RunOptions {
  seed: number;
  now: Date;
  /** Where generated folders are cached (and the working copy is made). */
  cacheRoot: string;
  repoRoot: string;
  renderer: boolean;
  chromium: boolean;
  log?: (line: string) => void;
}

export interface SizeResult {
  size: BenchSizeName;
  /** When this size was measured (set by the runner; sizes not rerun keep their figures). */
  measuredAt?: string;
  clients: number;
  contacts: number;
  plainMb: number;
  generation: { ms: number; fromCache: boolean };
  /** security.unlock on the core: scrypt (fixed cost, ~0.3–1 s) plus opening everything. */
  unlockMs: number;
  open: OpenResult;
  edit: EditResult;
  search: SearchResult;
  heap: HeapResult;
  pdf: PdfResult;
  renderer: RendererResult | { skipped: string };
}

/** How often each measurement repeats per size: enough for a stable median, bounded for the large size. */
const repetitionsFor = (size: BenchSizeName) =>
  ({
    tiny: { open: 1, edits: 8, searchRounds: 1, pdf: 1, renderer: 1 },
    worker: { open: 7, edits: 200, searchRounds: 5, pdf: 10, renderer: 5 },
    team: { open: 5, edits: 200, searchRounds: 5, pdf: 10, renderer: 5 },
    organisation: { open: 3, edits: 200, searchRounds: 3, pdf: 10, renderer: 3 },
  })[size];

/**
 * Every measurement of one size, in one process: the core first (heap right after opening,
 * search, edits, documents), closed before the store is opened alone for the open measurement,
 * then the renderer against the browser host on the same (edited) copy.
 */
export async function runSize(name: BenchSizeName, options: RunOptions): Promise<SizeResult> {
  const log = options.log ?? (() => undefined);
  const reps = repetitionsFor(name);
  const spec: CaseloadSpec = { size: benchSizes[name], seed: options.seed, now: options.now };
  log(`[${name}] generating ${spec.size.clients} clients, ${spec.size.contacts} contacts (seed ${options.seed})…`);
  const folder: GeneratedFolder = await writeCaseload(spec, options.cacheRoot, log);
  log(`[${name}] ${folder.fromCache ? 'cached' : `generated in ${round(folder.generatedInMs / 1000, 1)} s`}: ${folder.clients} clients, ${folder.contacts} contacts, ${round(folder.plainBytes / 1024 / 1024, 1)} MB of JSON`);

  const workDir = path.join(options.cacheRoot, `work-${name}-${process.pid}`);
  await fsp.rm(workDir, { recursive: true, force: true });
  await fsp.cp(folder.dataDir, workDir, { recursive: true });
  try {
    log(`[${name}] opening the core…`);
    const before = memorySnapshot();
    const session = await openBenchCore(workDir, folder.passphrase);
    await session.call('clients.list', {});
    const heap = heapResult(before, memorySnapshot());
    log(`[${name}] search…`);
    const search = await measureSearch(session, reps.searchRounds);
    log(`[${name}] ${reps.edits} edits…`);
    const edit = await measureEdits(session, workDir, reps.edits, options.seed);
    log(`[${name}] documents…`);
    const pdf = await measurePdfs(session, { clientId: folder.reportClientId, referralId: folder.referralId }, { repetitions: reps.pdf, chromium: options.chromium });
    // Today's backup made now, so the browser host's unlock does not start one under the measurement.
    if (options.renderer) await session.call('backups.create', {});
    await session.core.close();

    log(`[${name}] opening the store alone vs read + parse…`);
    const open = await measureOpen(folder, reps.open);

    let renderer: SizeResult['renderer'] = { skipped: 'not asked for' };
    if (options.renderer) {
      log(`[${name}] renderer in Chromium…`);
      try {
        renderer = await measureRenderer({ repoRoot: options.repoRoot, dataDir: workDir, passphrase: folder.passphrase, repetitions: reps.renderer, queries: ['van de', 'Zoë'] });
      } catch (error) {
        renderer = { skipped: `failed: ${String(error).split('\n')[0]}` };
      }
    }
    return {
      size: name,
      clients: folder.clients,
      contacts: folder.contacts,
      plainMb: round(folder.plainBytes / 1024 / 1024, 1),
      generation: { ms: round(folder.generatedInMs), fromCache: folder.fromCache },
      unlockMs: round(session.unlockMs),
      open,
      edit,
      search,
      heap,
      pdf,
      renderer,
    };
  } finally {
    await fsp.rm(workDir, { recursive: true, force: true });
  }
}
