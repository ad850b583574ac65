import { useEffect, useRef } from 'react';

/**
 * Reloads a read (from `useCall`) whenever `revision` moves on, e.g. after a change elsewhere on the
 * same page. Not at mount: the read has just been made.
 */
export function useReloadWhen(revision: number, reload: () => void): void {
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    reload();
  }, [revision, reload]);
}
