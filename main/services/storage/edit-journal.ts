import type { DataFiles } from './data-files';

/**
 * The caseload's write-ahead journal: every change to a client file is first appended here as one
 * record holding the client's whole new document (or a tombstone for an erased client) and synced,
 * and that is when the change counts as saved. Rewriting the client file itself (temp file, sync,
 * rename, sync of the folder) happens later, in the background, for many edits at once.
 *
 * Why: an append and one sync is a single trip to the disk; the atomic rewrite is four, and on a
 * busy disk their waits add up (an edit's p95 was over 10 ms at team size, almost all of it waiting
 * on the rename and the syncs). SQLite's WAL works the same way.
 *
 * Logging a contact, the most frequent edit, appends only the contact: the edit neither reads nor
 * rewrites the client's file, which at organisation size is tens of kilobytes of notes.
 *
 * Records go into numbered generations, `caseload/journal/<n>.log`. A checkpoint starts a new
 * generation, writes the client files the closed ones touched, and only then deletes them. Opening
 * replays what is left, oldest first, so a crash at any moment loses no saved change.
 */
export const journalFolder = 'caseload/journal';

const generationPattern = /^(\d{1,12})\.log$/;
const fileOf = (generation: number) => `${journalFolder}/${generation}.log`;

/**
 * A client's whole new document; one contact added to a client's log (`version`: the client
 * document version it was written for), so logging a contact neither reads nor rewrites the
 * client's file; or the tombstone of an erased client.
 */
export type JournalEntry = { id: string; document: unknown } | { id: string; contact: unknown; version: number } | { id: string; removed: true };

export interface ReplayedGeneration {
  generation: number;
  file: string;
  /** The records that could be read, in order. */
  entries: JournalEntry[];
  /**
   * Records that could not be read before the last one. The last record may be torn by a crash
   * (it was never acknowledged); one earlier in the file means the file was damaged.
   */
  damaged: number;
}

export interface EditJournal {
  /** Appends a record to the current generation; resolves once it is synced, with that generation. */
  append(entry: JournalEntry): Promise<number>;
  /**
   * Closes the current generation (later records go into a new one) once the appends already under
   * way have finished; returns every closed generation not yet discarded, oldest first.
   */
  rotate(): Promise<number[]>;
  /** Deletes a closed generation, durably, once every client file it touched has been rewritten. */
  discard(generation: number): Promise<void>;
  /** Moves a damaged generation to quarantine instead; returns where it went. */
  setAside(generation: number, folder: string): Promise<string>;
  /** Bytes appended since the last rotation: when it grows large, a checkpoint is due. */
  readonly pendingBytes: number;
}

const encoder = new TextEncoder();

function parseEntry(line: string): JournalEntry | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value !== 'object' || value === null || !('id' in value) || typeof value.id !== 'string') return undefined;
    if ('removed' in value && value.removed === true) return { id: value.id, removed: true };
    if ('document' in value) return { id: value.id, document: value.document };
    if ('contact' in value && 'version' in value && typeof value.version === 'number') return { id: value.id, contact: value.contact, version: value.version };
    return undefined;
  } catch {
    return undefined;
  }
}

/** Every generation left in the folder, oldest first, with its readable records. */
export async function readJournal(files: DataFiles): Promise<ReplayedGeneration[]> {
  const generations = (await files.list(journalFolder))
    .map((name) => generationPattern.exec(name)?.[1])
    .filter((match): match is string => match !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const replayed: ReplayedGeneration[] = [];
  for (const generation of generations) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await files.read(fileOf(generation));
    } catch {
      // Not readable as a whole (an encrypted folder's log without its header): all of it is damaged.
      replayed.push({ generation, file: fileOf(generation), entries: [], damaged: 1 });
      continue;
    }
    if (bytes === undefined) continue;
    const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split('\n').filter((line) => line.trim() !== '');
    const entries: JournalEntry[] = [];
    let unreadable = 0;
    lines.forEach((line, index) => {
      const entry = parseEntry(line);
      if (entry) entries.push(entry);
      else if (index < lines.length - 1) unreadable++;
    });
    replayed.push({ generation, file: fileOf(generation), entries, damaged: unreadable });
  }
  return replayed;
}

/** The journal for writing (its folder made by the caller), continuing after the newest generation found. */
export function openEditJournal(files: DataFiles, existing: readonly number[]): EditJournal {
  let current = (existing.length > 0 ? Math.max(...existing) : 0) + 1;
  const closed = new Set<number>(existing);
  const inFlight = new Map<number, Set<Promise<unknown>>>();
  let pendingBytes = 0;

  return {
    get pendingBytes() {
      return pendingBytes;
    },
    async append(entry) {
      const generation = current;
      // Led by a line break, like the encrypted log's records: clear of any torn line before it.
      const line = encoder.encode(`\n${JSON.stringify(entry)}\n`);
      const running = files.append(fileOf(generation), line);
      const set = inFlight.get(generation) ?? new Set();
      set.add(running);
      inFlight.set(generation, set);
      pendingBytes += line.length;
      try {
        await running;
      } finally {
        set.delete(running);
      }
      return generation;
    },
    async rotate() {
      const closing = current;
      current++;
      pendingBytes = 0;
      const running = inFlight.get(closing);
      inFlight.delete(closing);
      // A failed append was never acknowledged; only waiting matters here.
      if (running) await Promise.allSettled([...running]);
      closed.add(closing);
      return [...closed].sort((a, b) => a - b);
    },
    async discard(generation) {
      await files.remove(fileOf(generation));
      closed.delete(generation);
    },
    async setAside(generation, folder) {
      const movedTo = await files.moveAside(fileOf(generation), folder);
      closed.delete(generation);
      return movedTo;
    },
  };
}
