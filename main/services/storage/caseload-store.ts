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
import type { Contact } from '../../domain/contacts/contact';
import { openCheckedContents } from './checked-contents';
import type { DataFiles } from './data-files';
import { journalFolder, openEditJournal, readJournal, type EditJournal, type ReplayedGeneration } from './edit-journal';
import { checkDocument, DecodeError, readStored } from './json-codec';
import { createKeyedTurns } from './keyed-turns';
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
  /**
   * Replaces one client's document; resolves once it is durably on disk (in the journal; the client
   * file follows at the next checkpoint), and only then shows it.
   */
  putDocument(document: ClientDocument): Promise<void>;
  /**
   * Adds one contact to a client's log without reading or rewriting the client's file: the journal
   * holds the contact alone until the next checkpoint. Resolves once it is durable.
   */
  addContact(id: string, contact: Contact): Promise<void>;
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
  /**
   * Resolves when every write already asked for has finished and every client file holds its
   * latest document, with the journal emptied (used before closing, locking and backups).
   */
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

/**
 * When the journal's client files are rewritten: after a second without an edit, or at once when
 * the journal has grown to 8 MB (what a crash would leave to replay at the next start).
 */
export interface CheckpointPolicy {
  afterIdleMs: number;
  journalBytes: number;
}
export const defaultCheckpointPolicy: CheckpointPolicy = { afterIdleMs: 1_000, journalBytes: 8 * 1024 * 1024 };
/** How many client files a checkpoint rewrites at the same time. */
const checkpointWrites = 8;

/**
 * What the journal holds for one client: erased; or a whole document (`base`), or the client's
 * file when there is none, with the contacts added after it.
 */
type Journaled =
  | { erased: true; generations: Set<number> }
  | { erased: false; base: ClientDocument | 'file'; contacts: unknown[]; generations: Set<number> };

export async function openCaseloadStore(
  files: DataFiles,
  now: () => Date = () => new Date(),
  policy: CheckpointPolicy = defaultCheckpointPolicy,
): Promise<CaseloadStore> {
  const problems: StoreProblem[] = [];
  const projections = new Map<string, ClientProjection>();
  // Map order is use order: the first entry is the least recently used.
  const cache = new Map<string, Low<ClientDocument>>();
  /** Clients whose latest document is in the journal but not yet in their file, with its generation. */
  const unwritten = new Map<string, number>();
  /** Contacts added to clients whose file was not in memory: put into the document when it is read. */
  const addedContacts = new Map<string, Contact[]>();
  const loading = new Map<string, Promise<Low<ClientDocument> | undefined>>();
  const keepInCache = (id: string, document: Low<ClientDocument>) => {
    cache.delete(id);
    cache.set(id, document);
    for (const oldest of cache.keys()) {
      if (cache.size <= cachedDocuments) break;
      // Until its file is rewritten, memory holds the only readable copy of the latest document.
      if (!unwritten.has(oldest)) cache.delete(oldest);
    }
  };
  /** A saved change: its document cached (it is in use) and its projection brought up to date. */
  const remember = (id: string, document: Low<ClientDocument>) => {
    keepInCache(id, document);
    projections.set(id, projectClient(document.data, now()));
  };
  const writeTurns = createKeyedTurns();
  const creating = new Set<Promise<void>>();
  const removed = new Set<string>();

  const checked = await openCheckedContents(files, clientDocumentSchema);
  const saveChecked = async () => {
    checked.keepOnly(new Set(projections.keys()));
    // Only speed depends on the record: a failure to write it costs a slower next open, nothing more.
    await checked.save().catch(() => undefined);
  };

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
      { digest: checked.digest, isChecked: (digest) => checked.isChecked(id, digest), markChecked: (digest) => checked.markChecked(id, digest) },
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
  // Changes saved in the journal whose client files were not rewritten before the app stopped; read
  // and checked here, before anything is changed, as the files were.
  const found = await readJournal(files);
  const damagedGenerations = new Set(found.filter((generation) => generation.damaged > 0).map((generation) => generation.generation));
  const latestJournaled = latestInJournal(found);
  const inFolderOrder = ids.filter((id) => projections.has(id)).map((id) => [id, projections.get(id)!] as const);
  projections.clear();
  for (const [id, projection] of inFolderOrder) projections.set(id, projection);

  // Only now that the folder is known to be ours: set damaged files aside and (re)write the marker.
  await files.ensureFolder(clientsFolder);
  await files.ensureFolder(journalFolder);
  if (meta !== 'ok') {
    if (meta !== 'missing') await setAside(metaFile, meta);
    const fresh = { schemaVersion: storeMetaVersion, createdAt: now().toISOString() };
    await files.write(metaFile, new TextEncoder().encode(`${JSON.stringify(fresh, null, 2)}\n`));
  }
  for (const { file, reason } of damaged) await setAside(file, reason);

  await applyJournal(latestJournaled);
  const journal: EditJournal = openEditJournal(files, found.map((generation) => generation.generation));
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let checkpointRun: Promise<void> | undefined;
  if (found.length > 0) await checkpoint();
  await saveChecked();

  /**
   * Folds the journal into one state per client, oldest record first: an erasure or a whole
   * document replaces what came before, contacts add to it. A document that fails its checks makes
   * its generation count as damaged; one from a newer version refuses the folder.
   */
  function latestInJournal(generations: readonly ReplayedGeneration[]): Map<string, Journaled> {
    const latest = new Map<string, Journaled>();
    for (const generation of generations) {
      for (const entry of generation.entries) {
        const seen = latest.get(entry.id)?.generations ?? new Set<number>();
        seen.add(generation.generation);
        if ('removed' in entry) {
          latest.set(entry.id, { erased: true, generations: seen });
          continue;
        }
        if ('contact' in entry) {
          if (entry.version > clientDocumentVersion) throw new StoreNewerVersionError(generation.file);
          const before = latest.get(entry.id);
          if (before?.erased) damagedGenerations.add(generation.generation);
          else latest.set(entry.id, { erased: false, base: before?.base ?? 'file', contacts: [...(before?.contacts ?? []), entry.contact], generations: seen });
          continue;
        }
        try {
          const { document } = checkDocument(entry.document, clientDocumentSchema, clientDocumentMigrations, clientDocumentVersion);
          if (document.client.id !== entry.id) throw new DecodeError('invalid_schema');
          latest.set(entry.id, { erased: false, base: document, contacts: [], generations: seen });
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          if (error.reason === 'newer_version') throw new StoreNewerVersionError(generation.file);
          damagedGenerations.add(generation.generation);
        }
      }
    }
    return latest;
  }

  /**
   * The journal's state becomes the clients' documents (their files follow at the checkpoint).
   * Contacts are checked as part of the whole document; when they do not fit, or the client's file
   * is gone, the generations holding them are set aside as damaged rather than guessed at.
   */
  async function applyJournal(latest: ReadonlyMap<string, Journaled>): Promise<void> {
    for (const [id, journaled] of latest) {
      if (journaled.erased) {
        projections.delete(id);
        await files.remove(clientFile(id));
        continue;
      }
      let document = journaled.base === 'file' ? (projections.has(id) ? (await load(id))?.data : undefined) : journaled.base;
      if (document && journaled.contacts.length > 0) {
        const parsed = clientDocumentSchema.safeParse({ ...document, contacts: [...document.contacts, ...journaled.contacts] });
        if (parsed.success) document = parsed.data;
        else journaled.generations.forEach((generation) => damagedGenerations.add(generation));
      } else if (!document) {
        journaled.generations.forEach((generation) => damagedGenerations.add(generation));
        continue;
      }
      const low = openDocument(id);
      low.data = document;
      unwritten.set(id, Math.max(...journaled.generations));
      remember(id, low);
    }
  }

  /** Soon after the last edit, or now when the journal is big; a failure is retried at the next one. */
  function checkpointSoon(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    if (journal.pendingBytes >= policy.journalBytes) {
      void checkpoint().catch(() => undefined);
      return;
    }
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      void checkpoint().catch(() => undefined);
    }, policy.afterIdleMs);
    idleTimer.unref?.();
  }

  /** One at a time; asked for during a run, it runs again after it (edits may have arrived since). */
  function checkpoint(): Promise<void> {
    const run = (checkpointRun ?? Promise.resolve()).catch(() => undefined).then(rewriteJournaledFiles);
    checkpointRun = run;
    void run.catch(() => undefined).finally(() => {
      if (checkpointRun === run) checkpointRun = undefined;
    });
    return run;
  }

  /**
   * Closes the journal's current generation, rewrites every client file it (and any older one)
   * changed with the client's latest document, then deletes those generations; a damaged one is
   * set aside instead. Each rewrite waits its turn behind that client's edits.
   */
  async function rewriteJournaledFiles(): Promise<void> {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    const closed = await journal.rotate();
    const upTo = closed.at(-1);
    if (upTo === undefined) return;
    // An edit appended to a closed generation counts as unwritten only once its turn is over: wait
    // for the turns under way, or its file could be left out while its generation is deleted.
    await writeTurns.idle();
    const due = [...unwritten].filter(([, generation]) => generation <= upTo).map(([id]) => id);
    const rewrite = (id: string) =>
      enqueue(id, async () => {
        const document = removed.has(id) ? undefined : await load(id);
        if (document) await document.adapter.write(document.data);
        if ((unwritten.get(id) ?? Infinity) <= upTo) unwritten.delete(id);
      });
    for (let first = 0; first < due.length; first += checkpointWrites) {
      await Promise.all(due.slice(first, first + checkpointWrites).map(rewrite));
    }
    for (const generation of closed) {
      if (!damagedGenerations.has(generation)) {
        await journal.discard(generation);
        continue;
      }
      const file = `${journalFolder}/${generation}.log`;
      const movedTo = await journal.setAside(generation, quarantineFolder);
      damagedGenerations.delete(generation);
      problems.push({ file, reason: 'unreadable', movedTo, at: now().toISOString() });
    }
  }

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
    return writeTurns.run(id, write);
  }

  /**
   * A whole file from disk (checked again unless these exact bytes were checked before), with the
   * contacts added since it was last written.
   */
  function load(id: string): Promise<Low<ClientDocument> | undefined> {
    const cached = cache.get(id);
    if (cached) return Promise.resolve(cached);
    // One read per client at a time: two readers must not both take the contacts added since.
    const running = loading.get(id);
    if (running) return running;
    const reading = (async () => {
      const document = openDocument(id);
      await document.read();
      const added = addedContacts.get(id);
      if (added) {
        // Taken only now: a contact added while the file was being read is in the list already.
        addedContacts.delete(id);
        document.data = { ...document.data, contacts: [...document.data.contacts, ...added] };
        keepInCache(id, document);
      }
      return document;
    })();
    loading.set(id, reading);
    void reading.catch(() => undefined).finally(() => loading.delete(id));
    return reading;
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
        // Readers see the change only once the journal holds it; a failed append changes nothing.
        const generation = await journal.append({ id, document: updated });
        document.data = updated;
        // A whole document replaces everything before it, contacts added without the file included.
        addedContacts.delete(id);
        unwritten.set(id, generation);
        remember(id, document);
        checkpointSoon();
      });
    },
    addContact(id, contact) {
      return enqueue(id, async () => {
        if (removed.has(id)) throw new Error('This client was erased');
        const projection = projections.get(id);
        if (!projection) throw new Error('No such client');
        const generation = await journal.append({ id, contact, version: clientDocumentVersion });
        unwritten.set(id, generation);
        const cached = cache.get(id);
        if (cached) {
          cached.data = { ...cached.data, contacts: [...cached.data.contacts, contact] };
          remember(id, cached);
        } else {
          addedContacts.set(id, [...(addedContacts.get(id) ?? []), contact]);
          // Exact without the file: a contact left out of a projection (past, no agreements, not the
          // latest) can never come back in when one is added.
          projections.set(id, projectClient({ ...projection, contacts: [...projection.contacts, contact] }, now()));
        }
        checkpointSoon();
      });
    },
    createDocuments(created) {
      // Tracked like every other write, so flush (and so closing) waits for an import in progress.
      const run = createAll(created);
      creating.add(run);
      void run.catch(() => undefined).finally(() => creating.delete(run));
      return run;
    },
    async removeDocument(id) {
      removed.add(id);
      projections.delete(id);
      cache.delete(id);
      await enqueue(id, async () => {
        projections.delete(id);
        cache.delete(id);
        unwritten.delete(id);
        addedContacts.delete(id);
        // The tombstone first: a replay after a crash must not bring the client back from an older record.
        await journal.append({ id, removed: true });
        await files.remove(clientFile(id));
      });
      // Then no journal generation holding the client's documents is kept (not inside the client's
      // turn: the checkpoint waits for turns of its own). The client is gone either way; if the
      // disk refuses now, the next checkpoint deletes those generations, and a replay meets the
      // tombstone last, after those documents.
      await checkpoint().catch(() => undefined);
    },
    async flush() {
      await Promise.all([writeTurns.idle(), ...[...creating].map((run) => run.catch(() => undefined))]);
      await checkpoint();
      await saveChecked();
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
