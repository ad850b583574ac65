import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { ApiCallError, type ApiClient } from '../api/api-client';

/**
 * The API client for the open app: the same calls, but a refusal with `app_locked` (the main process
 * locked itself after idling, or when the computer was locked) also tells `onAppLocked`, wherever
 * the call came from. The caller still gets the refusal. Once the session is gone, a late refusal
 * (a save sent as the screens closed) is no longer passed on, so it cannot lock a newer session.
 */
export function useLockingClient(client: ApiClient, onAppLocked: () => void): ApiClient {
  const listener = useRef(onAppLocked);
  useLayoutEffect(() => {
    listener.current = onAppLocked;
  });
  const live = useRef(false);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  return useMemo<ApiClient>(
    () => ({
      async call(name, input) {
        try {
          return await client.call(name, input);
        } catch (error) {
          if (live.current && error instanceof ApiCallError && error.code === 'app_locked') listener.current();
          throw error;
        }
      },
    }),
    [client],
  );
}
