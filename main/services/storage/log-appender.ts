import type * as fsp from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, type WriteFs } from './atomic-write';
import { createKeyedTurns } from './keyed-turns';

/**
 * Durable appends to append-only files (the audit log, the edit journal). An append is acknowledged
 * only once synced; one that fails leaves the file as it was (cut back to its old length, or gone
 * if the append created it), so nothing half-written is read back as a record; a file's first
 * append also syncs its folder, so the new name survives a power cut with the records in it.
 *
 * A file stays open for a moment after an append: every edit appends twice (journal and audit), and
 * opening, checking and closing each time doubled the trips to the disk an edit waits for.
 */
export interface LogAppender {
  append(file: string, data: Uint8Array): Promise<void>;
  /** Closes a file held open, after the appends already under way (before it is moved or removed). */
  release(file: string): Promise<void>;
  /** The same for every file below a folder. */
  releaseUnder(folder: string): Promise<void>;
}

interface OpenLog {
  handle: fsp.FileHandle;
  /** The length of the file after the last acknowledged append, to cut a failed one back to. */
  size: number;
  timer?: ReturnType<typeof setTimeout>;
}

export const keepLogsOpenMs = 2_000;

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

export function createLogAppender(writeFs: WriteFs, keepOpenMs = keepLogsOpenMs): LogAppender {
  const open = new Map<string, OpenLog>();
  /** One operation per file at a time: a failed append is cut back, which must not cut another. */
  const turns = createKeyedTurns();

  const close = async (file: string) => {
    const log = open.get(file);
    if (!log) return;
    open.delete(file);
    if (log.timer) clearTimeout(log.timer);
    await log.handle.close();
  };

  const closeLater = (file: string, log: OpenLog) => {
    if (log.timer) clearTimeout(log.timer);
    log.timer = setTimeout(() => void turns.run(file, () => close(file)).catch(() => undefined), keepOpenMs);
    log.timer.unref?.();
  };

  const appendNow = async (file: string, data: Uint8Array) => {
    let log = open.get(file);
    let created = false;
    if (!log) {
      let handle: fsp.FileHandle;
      try {
        handle = await writeFs.open(file, 'ax');
        created = true;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
        handle = await writeFs.open(file, 'a');
      }
      try {
        log = { handle, size: created ? 0 : (await handle.stat()).size };
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
      open.set(file, log);
    }
    try {
      await log.handle.writeFile(data);
      await log.handle.sync();
      if (created) await syncFolder(writeFs, path.dirname(file));
    } catch (error) {
      await log.handle.truncate(log.size).catch(() => undefined);
      if (created) {
        await close(file).catch(() => undefined);
        await writeFs.unlink(file).catch(() => undefined);
      }
      throw error;
    }
    log.size += data.length;
    closeLater(file, log);
  };

  return {
    append: (file, data) => turns.run(file, () => appendNow(file, data)),
    release: (file) => turns.run(file, () => close(file)),
    async releaseUnder(folder) {
      const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
      await Promise.all([...open.keys()].filter((file) => file.startsWith(prefix)).map((file) => turns.run(file, () => close(file))));
    },
  };
}
