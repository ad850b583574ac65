import { useEffect } from 'react';
import { useRouter } from '../router/router';

/** Ctrl+N (Cmd+N on a Mac) opens the new-client form from the caseload. */
export function useNewClientShortcut(): void {
  const { navigate } = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'n' || event.repeat) return;
      event.preventDefault();
      navigate({ name: 'clientNew' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
