import { useEffect, useEffectEvent } from 'react';
import type { ApiClient } from '../api/api-client';

/**
 * The main process can lock on its own (the computer was locked or went to sleep) but cannot tell
 * the window. So when the worker comes back to the window, ask: a locked app then shows the unlock
 * screen at once instead of at the next call.
 */
export function useLockCheck(client: ApiClient, onLocked: () => void): void {
  const locked = useEffectEvent(onLocked);
  useEffect(() => {
    let current = true;
    const check = () => {
      client.call('security.status', {}).then(
        (status) => {
          if (current && status.state !== 'unlocked') locked();
        },
        // A failed check changes nothing: the next call that meets the lock reports it anyway.
        () => undefined,
      );
    };
    const visible = () => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', visible);
    return () => {
      current = false;
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [client]);
}
