import { useEffect, useEffectEvent } from 'react';

/** Ctrl+L (Cmd+L on a Mac) locks from anywhere in the app, a form field too: walking away should take one key. */
export function useLockShortcut(onLock: () => void): void {
  const lock = useEffectEvent(onLock);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'l' || event.repeat) return;
      event.preventDefault();
      lock();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
