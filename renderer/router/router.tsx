import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { homePath, homeRoute, parseRoute, pathFromHash, routePath, type Route } from './routes';

interface RouterValue {
  route: Route;
  path: string;
  navigate: (to: Route, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

function replaceHash(path: string): void {
  window.history.replaceState(window.history.state, '', `#${path}`);
}

/** The route in the address bar; a path written another way (any day of an agenda week) is rewritten to its own. */
function readLocation(): { route: Route; path: string } | undefined {
  const path = pathFromHash(window.location.hash);
  const route = path === undefined ? undefined : parseRoute(path);
  if (!route) return undefined;
  const canonical = routePath(route);
  if (canonical !== path) replaceHash(canonical);
  return { route, path: canonical };
}

/**
 * A small hash router: the URL fragment is the state, so back and forward work through the
 * browser's own history. `startPath` is used only when the window opened without a route (a fresh
 * start restores the last view); an unknown route falls back to today's list.
 */
export function RouterProvider({ startPath, children }: { startPath?: string | undefined; children: ReactNode }) {
  const [location, setLocation] = useState(() => {
    const fromUrl = readLocation();
    if (fromUrl) return fromUrl;
    const start = (startPath === undefined ? undefined : parseRoute(startPath)) ?? homeRoute;
    const path = routePath(start);
    replaceHash(path);
    return { route: start, path };
  });

  useEffect(() => {
    const onHashChange = () => {
      const next = readLocation();
      if (next) {
        setLocation(next);
      } else {
        replaceHash(homePath);
        setLocation({ route: homeRoute, path: homePath });
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((to: Route, options: { replace?: boolean } = {}) => {
    const path = routePath(to);
    if (options.replace) replaceHash(path);
    else if (window.location.hash !== `#${path}`) window.location.hash = path;
    // Set at once as well: `hashchange` fires later (and not at all after replaceState).
    setLocation({ route: to, path });
  }, []);

  const value = useMemo(() => ({ ...location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (value === null) throw new Error('useRouter must be used inside <RouterProvider>');
  return value;
}
