import { useMemo, useState, type ReactNode } from 'react';
import { ApiProvider, useApi } from '../api/api-context';
import { AppLockContext, type AppLock } from './app-lock-context';
import { useIdleLock } from './use-idle-lock';
import { useLockCheck } from './use-lock-check';
import { useLockShortcut } from './use-lock-shortcut';
import { useLockingClient } from './use-locking-client';

interface UnlockedSessionProps {
  lockAfterMinutes: number;
  /** The worker locks (button, Ctrl+L) or has been away `lockAfterMinutes`: the renderer asks the main process to lock. */
  onLock: () => void;
  /** The main process is locked already (a call was refused with `app_locked`, or it says so when asked). */
  onLockedElsewhere: () => void;
  children: ReactNode;
}

/**
 * Everything that may hold client data sits inside this, and this is mounted only while unlocked:
 * locking unmounts it, which is what leaves no client data in the renderer. Every call from inside
 * goes through a client that notices the main process locking.
 */
export function UnlockedSession({ lockAfterMinutes, onLock, onLockedElsewhere, children }: UnlockedSessionProps) {
  const api = useApi();
  const client = useLockingClient(api, onLockedElsewhere);
  const [minutes, setMinutes] = useState(lockAfterMinutes);
  useIdleLock(minutes, onLock);
  useLockShortcut(onLock);
  useLockCheck(api, onLockedElsewhere);

  const lock = useMemo<AppLock>(() => ({ lock: onLock, lockAfterMinutes: minutes, lockAfterMinutesChanged: setMinutes }), [onLock, minutes]);
  return (
    <AppLockContext value={lock}>
      <ApiProvider client={client}>{children}</ApiProvider>
    </AppLockContext>
  );
}
