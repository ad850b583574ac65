import { Low } from 'lowdb';
import {
  clientDocumentMigrations,
  clientDocumentSchema,
  clientDocumentVersion,
  storeMetaSchema,
  storeMetaVersion,
  type ClientDocument,
} from './client-document';
import { projectClient, type ClientProjection } from '../../domain/clients/client-projection';
import type { DataFiles } from './data-files';
import { DecodeError, readStored } from './json-codec';
import { DataFileAdapter } from './lowdb-adapter';
import type { StoreProblem } from './store-problem';

export const caseloadFolder = 'caseload';
const clientsFolder = `${caseloadFolder}/clients`;
const quarantineFolder = `${caseloadFolder}/quarantine`;
const metaFile = `${caseloadFolder}/store.json`;
const clientFilePattern = /^([0-9a-f-]{36})\.json$/;

/** The stored caseload is newer than this app: nothing is read further and nothing is written. */
export class StoreNewerVersionError extends Error {
  constructor(readonly file: string) {
    super(`${file} was written by a newer version of Verbind`);
    this.name = 'StoreNewerVersionError';
  }
}

export interface CaseloadStore {
  /** Files set aside while opening, for the worker to be told about. */
  readonly problems: readonly StoreProblem[];
  /**
   * Every client's whole file, read one at a time from disk (or the cache) and not kept: for the
   * rare caseload-wide work that needs notes (the caseload summary, an export).
   */
  documents(): AsyncIterableIterator<ClientDocument>;
  /** One client's whole file: from the cache of recently used files, else read from disk. */
  getDocument(id: string): Promise<ClientDocument | undefined>;
  /** What the caseload-wide views need of every client, always in memory (see client-projection.ts). */
  projections(): IterableIterator<ClientProjection>;
  getProjection(id: string): ClientProjection | undefined;
  /** Replaces one client's document; resolves once it is durably on disk, and only then shows it. */
  putDocument(document: ClientDocument): Promise<void>;
  /**
   * Adds several new clients at once, all or nothing: if one write fails, the ones already written
   * are removed again and none becomes visible (an import never lands halfway).
   */
  createDocuments(documents: readonly ClientDocument[]): Promise<void>;
  /**
   * Erases one client's document: gone from memory at once (nothing reads it any more), then the
   * file is removed durably after any write of that client already queued. A later write for the
   * id is refused, so an edit racing the erasure can never bring the file back.
   */
  removeDocument(id: string): Promise<void>;
  /** Resolves when every write already asked for has finished (used before closing). */
  flush(): Promise<void>;
}

function clientFile(id: string): string {
  return `${clientsFolder}/${id}.json`;
}

/**
 * Opens the caseload folder: reads every client document into memory, sets aside (never
 * overwrites) any file that is damaged, and refuses to go on when a file is from a newer version.
 * The in-memory map is the index; it is rebuilt from the documents at every start, so there is no
 * second file that could disagree with them.
 */
/** How many client files opening reads at the same time. */
const openingReads = 16;

/** Whole client files kept in memory after use: the few a worker has open today, not the caseload. */
export const cachedDocuments = 64;

export async function openCaseloadStore(files: DataFiles, now: () => Date = () => new Date()): Promise<CaseloadStore> {
  const problems: StoreProblem[] = [];
  const projections = new Map<string, ClientProjection>();
  // Map order is use order: the first entry is the least recently used.
  const cache = new Map<string, Low<ClientDocument>>();
  const keepInCache = (id: string, document: Low<ClientDocument>) => {
    cache.delete(id);
    cache.set(id, document);
    for (const oldest of cache.keys()) {
      if (cache.size <= cachedDocuments) break;
      cache.delete(oldest);
    }
  };
  /** A written file: cached (it is in use) and its projection brought up to date. */
  const remember = (id: string, document: Low<ClientDocument>) => {
    keepInCache(id, document);
    projections.set(id, projectClient(document.data, now()));
  };
  const writeQueues = new Map<string, Promise<void>>();
  const creating = new Set<Promise<void>>();
  const removed = new Set<string>();

  async function setAside(file: string, reason: StoreProblem['reason']): Promise<void> {
    const movedTo = await files.moveAside(file, quarantineFolder);
    problems.push({ file, reason, movedTo, at: now().toISOString() });
  }

  function openDocument(id: string): Low<ClientDocument> {
    const adapter = new DataFileAdapter(
      files,
      clientFile(id),
      clientDocumentSchema,
      clientDocumentMigrations,
      clientDocumentVersion,
    );
    // lowdb refuses an undefined default; this placeholder is never shown (read or write replaces it).
    return new Low<ClientDocument>(adapter, { schemaVersion: clientDocumentVersion, client: undefined as never, contacts: [], appointments: [], programmes: [], measurements: [], referrals: [], consents: [] });
  }

  // First read and check everything without changing a byte: a folder from a newer app must be
  // refused before anything in it is moved aside or rewritten.
  const meta = await checkMeta();
  const damaged: { file: string; reason: StoreProblem['reason'] }[] = [];
  const checkOne = async (id: string) => {
    const document = openDocument(id);
    try {
      await document.read();
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      if (error.reason === 'newer_version') throw new StoreNewerVersionError(clientFile(id));
      damaged.push({ file: clientFile(id), reason: error.reason });
      return;
    }
    if (document.data.client.id !== id) {
      damaged.push({ file: clientFile(id), reason: 'invalid_schema' });
      return;
    }
    // Checked whole, kept as a projection: the notes stay on disk until the client is opened.
    projections.set(id, projectClient(document.data, now()));
  };
  const ids = (await files.list(clientsFolder)).map((name) => clientFilePattern.exec(name)?.[1]).filter((id): id is string => id !== undefined);
  // A few reads in flight at once: one at a time, the disk's latency per file (not the CPU) set the
  // pace of opening 10,000 files.
  for (let first = 0; first < ids.length; first += openingReads) {
    await Promise.all(ids.slice(first, first + openingReads).map(checkOne));
  }
  // Files are read in parallel; the caseload's order (and the problems') stays the folder's.
  damaged.sort((a, b) => a.file.localeCompare(b.file));
  const inFolderOrder = ids.filter((id) => projections.has(id)).map((id) => [id, projections.get(id)!] as const);
  projections.clear();
  for (const [id, projection] of inFolderOrder) projections.set(id, projection);

  // Only now that the folder is known to be ours: set damaged files aside and (re)write the marker.
  await files.ensureFolder(clientsFolder);
  if (meta !== 'ok') {
    if (meta !== 'missing') await setAside(metaFile, meta);
    const fresh = { schemaVersion: storeMetaVersion, createdAt: now().toISOString() };
    await files.write(metaFile, new TextEncoder().encode(`${JSON.stringify(fresh, null, 2)}\n`));
  }
  for (const { file, reason } of damaged) await setAside(file, reason);

  async function checkMeta(): Promise<'ok' | 'missing' | 'not_json' | 'invalid_schema' | 'unreadable'> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readStored(files, metaFile);
    } catch (error) {
      if (error instanceof DecodeError) return 'unreadable';
      throw error;
    }
    if (bytes === undefined) return 'missing';
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return 'not_json';
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > storeMetaVersion) throw new StoreNewerVersionError(metaFile);
    return storeMetaSchema.safeParse(raw).success ? 'ok' : 'invalid_schema';
  }

  function enqueue(id: string, write: () => Promise<void>): Promise<void> {
    // Writes of one client are chained so a slow disk can never reorder two edits.
    const next = (writeQueues.get(id) ?? Promise.resolve()).then(write);
    writeQueues.set(id, next.catch(() => undefined));
    return next;
  }

  /** A whole file from disk; it was checked when the store opened, and is checked again here. */
  async function load(id: string): Promise<Low<ClientDocument> | undefined> {
    const cached = cache.get(id);
    if (cached) return cached;
    const document = openDocument(id);
    await document.read();
    return document;
  }

  return {
    problems,
    async *documents() {
      for (const id of [...projections.keys()]) {
        if (removed.has(id)) continue;
        const document = await load(id);
        if (document) yield document.data;
      }
    },
    async getDocument(id) {
      if (!projections.has(id) || removed.has(id)) return undefined;
      const document = await load(id);
      // Erased or replaced while it was being read: the newest state wins.
      if (!document || removed.has(id)) return undefined;
      // A write that landed while this one was read is newer: keep that one.
      const current = cache.get(id) ?? document;
      keepInCache(id, current);
      return current.data;
    },
    projections: () => projections.values(),
    getProjection: (id) => projections.get(id),
    putDocument(updated) {
      const id = updated.client.id;
      return enqueue(id, async () => {
        if (removed.has(id)) throw new Error('This client was erased');
        const document = cache.get(id) ?? openDocument(id);
        // Readers see the change only once it is durable; a failed write leaves memory as the disk.
        await document.adapter.write(updated);
        document.data = updated;
        remember(id, document);
      });
    },
    createDocuments(created) {
      // Tracked like every other write, so flush (and so closing) waits for an import in progress.
      const run = createAll(created);
      creating.add(run);
      void run.catch(() => undefined).finally(() => creating.delete(run));
      return run;
    },
    removeDocument(id) {
      removed.add(id);
      projections.delete(id);
      cache.delete(id);
      return enqueue(id, async () => {
        projections.delete(id);
        cache.delete(id);
        await files.remove(clientFile(id));
      });
    },
    async flush() {
      await Promise.all([...writeQueues.values(), ...[...creating].map((run) => run.catch(() => undefined))]);
    },
  };

  async function createAll(created: readonly ClientDocument[]): Promise<void> {
    const ids = new Set(created.map((document) => document.client.id));
    if (ids.size !== created.length || created.some((document) => projections.has(document.client.id))) {
      throw new Error('createDocuments is for new, distinct clients only');
    }
    const written: string[] = [];
    try {
      for (const document of created) {
        await openDocument(document.client.id).adapter.write(document);
        written.push(document.client.id);
      }
    } catch (error) {
      for (const id of written) await files.remove(clientFile(id)).catch(() => undefined);
      throw error;
    }
    for (const document of created) {
      const low = openDocument(document.client.id);
      low.data = document;
      remember(document.client.id, low);
    }
  }
}
