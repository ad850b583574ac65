import { createContext, useContext } from 'react';

export interface AppLock {
  /** Locks now: the screens holding client data close and the unlock screen shows. */
  lock: () => void;
  lockAfterMinutes: number;
  /** A new idle time saved in Settings takes effect at once, not only after the next unlock. */
  lockAfterMinutesChanged: (minutes: number) => void;
}

export const AppLockContext = createContext<AppLock | null>(null);

/** The lock of the open session; null outside one (a component test that mounts a form alone). */
export function useAppLock(): AppLock | null {
  return useContext(AppLockContext);
}
