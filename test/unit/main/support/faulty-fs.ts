import * as fsp from 'node:fs/promises';
import { nodeWriteFs, type WriteFs } from '../../../../main/services/storage/atomic-write';

/** `sync` is a file's fsync; `syncFolder` the fsync of a folder that makes a rename durable. */
export type FsOperation = 'open' | 'write' | 'sync' | 'syncFolder' | 'close' | 'rename' | 'unlink';

/** An error as Node reports it, with a `code`. */
export function fsError(code: string, operation = 'operation'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure of ${operation}`), { code });
}

export interface FaultyFs extends WriteFs {
  /** Every call made, in order, with the path it was made on. */
  readonly log: { operation: FsOperation; file: string }[];
  /** Makes the given operation fail; `times` counts calls of that operation from now on. */
  failOn(operation: FsOperation, code: string, options?: { times?: number; nth?: number }): void;
  /** Removes every planned failure. */
  heal(): void;
}

interface Plan {
  operation: FsOperation;
  code: string;
  /** Fail the call with this index (1-based, counted from the plan on), or every call up to `times`. */
  nth: number | undefined;
  times: number;
  seen: number;
}

/**
 * The real file system with failures injected on chosen calls. Writes and syncs go through a
 * FileHandle wrapper, so a failing `writeFile` or `sync` behaves as a full or broken disk would.
 */
export function faultyFs(base: WriteFs = nodeWriteFs): FaultyFs {
  const log: FaultyFs['log'] = [];
  let plans: Plan[] = [];

  const check = (operation: FsOperation, file: string): void => {
    log.push({ operation, file });
    for (const plan of plans) {
      if (plan.operation !== operation) continue;
      plan.seen++;
      const hit = plan.nth === undefined ? plan.seen <= plan.times : plan.seen === plan.nth;
      if (hit) throw fsError(plan.code, `${operation} ${file}`);
    }
  };

  const wrapHandle = (handle: fsp.FileHandle, file: string, isFolder: boolean): fsp.FileHandle =>
    new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'writeFile' || property === 'write') {
          return async (...args: unknown[]) => {
            check('write', file);
            return (Reflect.get(target, property, target) as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          };
        }
        if (property === 'sync' || property === 'datasync') {
          return async () => {
            check(isFolder ? 'syncFolder' : 'sync', file);
            return target.sync();
          };
        }
        if (property === 'close') {
          return async () => {
            log.push({ operation: 'close', file });
            return target.close();
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });

  return {
    log,
    failOn(operation, code, options = {}) {
      plans.push({ operation, code, nth: options.nth, times: options.times ?? Number.POSITIVE_INFINITY, seen: 0 });
    },
    heal() {
      plans = [];
    },
    async open(file, flags) {
      check('open', file);
      const handle = await base.open(file, flags);
      return wrapHandle(handle, file, (await handle.stat()).isDirectory());
    },
    async rename(from, to) {
      check('rename', `${from} -> ${to}`);
      await base.rename(from, to);
    },
    async unlink(file) {
      log.push({ operation: 'unlink', file });
      await base.unlink(file);
    },
  };
}
