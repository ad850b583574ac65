import { ApiError } from '../../api/errors';
import { directoryDocumentSchema, directoryVersion, type ServiceEntry } from '../../domain/directory/service-entry';
import type { DataFiles } from '../storage/data-files';
import { decodeDocument, DecodeError, encodeDocument, readStored } from '../storage/json-codec';
import type { StoreProblem } from '../storage/store-problem';

const folder = 'directory';
export const directoryFile = `${folder}/services.json`;
const quarantine = `${folder}/quarantine`;

/**
 * The worker's directory of services, one small file (`directory/services.json`) read at start and
 * kept in memory. Changes run one at a time against the latest entries, and memory changes only once
 * the whole file is durably written, so a failed write leaves both as they were.
 */
export interface DirectoryStore {
  /** The file, when it could not be used (for `app.status`). */
  readonly problems: readonly StoreProblem[];
  all(): readonly ServiceEntry[];
  /**
   * Runs `apply` on the current entries, after every change asked for before; writes the entries it
   * returns (or nothing when it returns none) and resolves with its result. When `apply` throws,
   * nothing is written and the change rejects with that error.
   */
  change<T>(apply: (current: readonly ServiceEntry[]) => { services?: ServiceEntry[]; result: T }): Promise<T>;
  /** Resolves when every change already asked for has finished (used before closing). */
  flush(): Promise<void>;
}

/**
 * Opens the directory. A damaged file is moved to `directory/quarantine/` (never overwritten) and
 * reported, and the directory starts empty. A file from a newer Verbind is left where it is and
 * reported, and the directory is read-only for this session: writing would throw away what the
 * newer version stored.
 */
export async function openDirectoryStore(files: DataFiles, now: () => Date = () => new Date()): Promise<DirectoryStore> {
  const problems: StoreProblem[] = [];
  let services: readonly ServiceEntry[] = [];
  let readOnly = false;
  await files.ensureFolder(folder);
  try {
    const bytes = await readStored(files, directoryFile);
    if (bytes !== undefined) {
      services = decodeDocument(bytes, directoryDocumentSchema, [], directoryVersion).services;
    }
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    if (error.reason === 'newer_version') {
      readOnly = true;
      problems.push({ file: directoryFile, reason: error.reason, at: now().toISOString() });
    } else {
      problems.push({ file: directoryFile, reason: error.reason, movedTo: await files.moveAside(directoryFile, quarantine), at: now().toISOString() });
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  return {
    problems,
    all: () => services,
    change(apply) {
      const run = async () => {
        if (readOnly) throw new ApiError('store_newer_version', { messageKey: 'directory:errors.newerVersion' });
        const { services: next, result } = apply(services);
        if (next !== undefined) {
          await files.write(directoryFile, encodeDocument({ schemaVersion: directoryVersion, services: next }));
          services = next;
        }
        return result;
      };
      const result = queue.then(run);
      queue = result.catch(() => undefined);
      return result;
    },
    async flush() {
      await queue;
    },
  };
}
