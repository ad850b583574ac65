import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Focus for an element that is not on screen yet (a button that comes back when a form closes, a
 * heading to continue at after an item is removed): each request focuses it after the next render.
 */
export function useFocusRequest<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    if (requests > 0) ref.current?.focus();
  }, [requests]);

  const request = useCallback(() => setRequests((n) => n + 1), []);
  return [ref, request] as const;
}
