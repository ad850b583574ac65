import { useCallback, useEffect, useRef, useState } from 'react';
import { Autosaver, type SaveState } from './autosaver';

export const autosaveDelayMs = 500;

/**
 * Autosaving for several records on one screen (one per group member), each with its own queue
 * and status. Everything waiting is sent when the screen goes away, and also when the window is
 * hidden or closed (`pagehide`, `beforeunload`, `visibilitychange`), so closing the app right after
 * typing loses nothing: the call leaves the renderer at once and the main process finishes it.
 */
export function useAutosaveMap<T>(save: (key: string, value: T) => Promise<unknown>, delayMs = autosaveDelayMs) {
  const [states, setStates] = useState<Readonly<Record<string, SaveState>>>({});
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const savers = useRef(new Map<string, Autosaver<T>>());

  const saverFor = useCallback(
    (key: string) => {
      let saver = savers.current.get(key);
      if (saver === undefined) {
        saver = new Autosaver<T>(
          (value) => saveRef.current(key, value),
          (state) => setStates((previous) => ({ ...previous, [key]: state })),
          delayMs,
        );
        savers.current.set(key, saver);
      }
      return saver;
    },
    [delayMs],
  );

  const change = useCallback((key: string, value: T) => saverFor(key).change(value), [saverFor]);
  const flush = useCallback((key: string) => saverFor(key).flush(), [saverFor]);
  const flushAll = useCallback(async () => {
    await Promise.all([...savers.current.values()].map((saver) => saver.flush()));
  }, []);

  useEffect(() => {
    const leave = () => void flushAll();
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      document.removeEventListener('visibilitychange', hidden);
      // Leaving the screen (or the app): whatever is still waiting goes out now.
      leave();
    };
  }, [flushAll]);

  return { states, change, flush, flushAll };
}

const onlyKey = 'value';

/** The same for one record: `change(value)` after each edit, `flush()` on blur. */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = autosaveDelayMs) {
  const saveOne = useCallback((_key: string, value: T) => save(value), [save]);
  const { states, change, flush } = useAutosaveMap<T>(saveOne, delayMs);
  return {
    state: states[onlyKey] ?? ({ kind: 'idle' } as const),
    change: useCallback((value: T) => change(onlyKey, value), [change]),
    flush: useCallback(() => flush(onlyKey), [flush]),
  };
}
