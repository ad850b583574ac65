import { useEffect, useEffectEvent } from 'react';

/** What counts as the worker being there. Scrolling with the wheel and touching count; a focus change alone does not. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once nothing was typed, clicked, moved or scrolled for `minutes`. Activity only
 * stamps the time (a moving mouse fires often); one timer compares against the clock, so a laptop
 * that slept past the limit locks on waking too, when the page becomes visible again.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const idle = useEffectEvent(onIdle);
  useEffect(() => {
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: number | undefined;
    let fired = false;

    const check = () => {
      if (fired) return;
      const quietMs = Date.now() - lastActivity;
      window.clearTimeout(timer);
      if (quietMs >= limitMs) {
        fired = true;
        idle();
      } else {
        timer = window.setTimeout(check, limitMs - quietMs);
      }
    };
    const active = () => {
      lastActivity = Date.now();
    };
    const visible = () => {
      if (document.visibilityState === 'visible') check();
    };

    timer = window.setTimeout(check, limitMs);
    for (const name of activityEvents) window.addEventListener(name, active, { capture: true, passive: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, active, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, [minutes]);
}
