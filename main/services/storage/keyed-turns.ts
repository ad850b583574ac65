/**
 * Work that must not overlap per key (one client's changes, one file's appends): each call waits for
 * the previous one with the same key to settle, in the order asked; a failed turn does not stop the
 * next one.
 */
export interface KeyedTurns {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves when every turn asked for so far has settled. */
  idle(): Promise<void>;
}

export function createKeyedTurns(): KeyedTurns {
  const last = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const result = (last.get(key) ?? Promise.resolve()).then(work);
      const settled = result.catch(() => undefined);
      last.set(key, settled);
      void settled.then(() => {
        if (last.get(key) === settled) last.delete(key);
      });
      return result;
    },
    async idle() {
      await Promise.all(last.values());
    },
  };
}
