import { useEffect, useRef } from 'react';
import { useApi } from '../api/api-context';

/** Moves closer together than this (back, back, back) are saved once, for the last screen. */
const minGapMs = 300;

/**
 * Keeps `preferences.lastView` on the screen the worker is on, so the next start opens it. A move
 * after a quiet moment is saved at once (closing the app right after cannot lose it); quick
 * successive moves are collapsed. A failed save is not worth interrupting the worker for.
 */
export function useSaveLastView(path: string, alreadySaved: string | undefined): void {
  const api = useApi();
  const saved = useRef(alreadySaved);
  const lastSaveAt = useRef(0);
  useEffect(() => {
    if (saved.current === path) return undefined;
    const wait = Math.max(0, lastSaveAt.current + minGapMs - Date.now());
    const timer = window.setTimeout(() => {
      saved.current = path;
      lastSaveAt.current = Date.now();
      api.call('preferences.update', { lastView: path }).catch(() => {
        saved.current = undefined;
      });
    }, wait);
    return () => window.clearTimeout(timer);
  }, [api, path]);
}
