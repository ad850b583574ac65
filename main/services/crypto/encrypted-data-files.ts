import type { DataFiles } from '../storage/data-files';
import { EnvelopeError, isSealed, open, seal } from './file-envelope';

/**
 * The data folder with every file encrypted: wraps the one `DataFiles` door, so no service knows
 * about keys. Whole files are one sealed envelope bound to their path. Append-only logs (the audit
 * trail) are a header line followed by one sealed record per line, each appended and synced on its
 * own; a record torn by a crash is an unreadable line that the log's hash chain reports, and the
 * leading line break keeps the next record clear of it.
 */
const logHeader = 'VBL1\n';

function contextOf(relative: string): string {
  return relative.split(/[\\/]+/).join('/');
}

function isStartOfLog(bytes: Uint8Array): boolean {
  return bytes.length < logHeader.length && logHeader.startsWith(Buffer.from(bytes).toString('latin1'));
}

export function isEncryptedLog(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, logHeader.length)).toString('latin1') === logHeader;
}

function openLog(key: Uint8Array, relative: string, bytes: Uint8Array): Uint8Array {
  const lines = Buffer.from(bytes).toString('latin1').slice(logHeader.length).split('\n');
  const records: Uint8Array[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      records.push(open(key, `${contextOf(relative)}#log`, Buffer.from(line, 'base64')));
    } catch (error) {
      if (!(error instanceof EnvelopeError)) throw error;
      // An unreadable record stays visible to the log's own checks as a line that is not a record.
      records.push(new TextEncoder().encode('\n<unreadable record>\n'));
    }
  }
  return new Uint8Array(Buffer.concat(records));
}

/** A whole plain log (one record per line) as an encrypted log, for encrypting an existing caseload. */
export function sealLog(key: Uint8Array, relative: string, plain: Uint8Array): Uint8Array {
  const lines = new TextDecoder().decode(plain).split('\n').filter((line) => line.trim() !== '');
  const records = lines.map((line) => Buffer.from(seal(key, `${contextOf(relative)}#log`, new TextEncoder().encode(`${line}\n`))).toString('base64'));
  return new TextEncoder().encode(`${logHeader}${records.map((record) => `${record}\n`).join('')}`);
}

export function encryptedDataFiles(inner: DataFiles, key: Uint8Array): DataFiles {
  const logsStarted = new Set<string>();
  return {
    root: inner.root,
    async read(relative) {
      const bytes = await inner.read(relative);
      if (bytes === undefined) return undefined;
      if (isEncryptedLog(bytes)) return openLog(key, relative, bytes);
      // A log whose first append was cut short (empty, or part of its header) holds no record yet;
      // read as empty, a whole file in that state is still refused as not being JSON.
      if (isStartOfLog(bytes)) return new Uint8Array();
      if (!isSealed(bytes)) throw new EnvelopeError('not_sealed');
      return open(key, contextOf(relative), bytes);
    },
    write: (relative, data) => inner.write(relative, seal(key, contextOf(relative), data)),
    list: (folder) => inner.list(folder),
    listAll: () => inner.listAll(),
    moveAside(relative, folder) {
      // A log moved aside is gone from its place: the next append starts a new log with its header.
      logsStarted.delete(relative);
      return inner.moveAside(relative, folder);
    },
    ensureFolder: (folder) => inner.ensureFolder(folder),
    async removeFolder(folder) {
      for (const relative of logsStarted) if (relative.startsWith(`${folder}/`)) logsStarted.delete(relative);
      await inner.removeFolder(folder);
    },
    async remove(relative) {
      logsStarted.delete(relative);
      await inner.remove(relative);
    },
    async append(relative, data) {
      const record = Buffer.from(seal(key, `${contextOf(relative)}#log`, data)).toString('base64');
      let prefix = '\n';
      if (!logsStarted.has(relative)) {
        const existing = await inner.read(relative);
        if (existing === undefined || existing.length === 0) prefix = logHeader;
        else if (isStartOfLog(existing)) {
          // The first append was cut short by a crash: the log starts again, header and all.
          await inner.write(relative, new TextEncoder().encode(logHeader));
        } else if (!isEncryptedLog(existing)) throw new EnvelopeError('not_sealed');
        logsStarted.add(relative);
      }
      await inner.append(relative, new TextEncoder().encode(`${prefix}${record}\n`));
    },
  };
}
