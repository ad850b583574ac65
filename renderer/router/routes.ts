/**
 * The app's screens as hash routes (`#/caseload`, `#/clients/<id>` …). The path without `#` is
 * also what `preferences.lastView` stores, so a restart opens the same screen.
 */
export type Route =
  | { name: 'caseload' }
  | { name: 'clientNew' }
  | { name: 'client'; id: string }
  | { name: 'clientEdit'; id: string }
  | { name: 'settings' };

export const homePath = '/caseload';

const idPattern = '([A-Za-z0-9-]{1,100})';
const patterns: Array<[RegExp, (match: RegExpExecArray) => Route | undefined]> = [
  [/^\/caseload$/, () => ({ name: 'caseload' })],
  [/^\/clients\/new$/, () => ({ name: 'clientNew' })],
  [new RegExp(`^/clients/${idPattern}$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1] })],
  [new RegExp(`^/clients/${idPattern}/edit$`), (m) => (m[1] === undefined ? undefined : { name: 'clientEdit', id: m[1] })],
  [/^\/settings$/, () => ({ name: 'settings' })],
];

/** A path (`/clients/abc`) to a route, or undefined when it names no screen. */
export function parseRoute(path: string): Route | undefined {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(path);
    if (match) return build(match);
  }
  return undefined;
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'caseload':
      return '/caseload';
    case 'clientNew':
      return '/clients/new';
    case 'client':
      return `/clients/${encodeURIComponent(route.id)}`;
    case 'clientEdit':
      return `/clients/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return '/settings';
  }
}

/** `#/clients/abc` → `/clients/abc`; anything that is not a route path → undefined. */
export function pathFromHash(hash: string): string | undefined {
  const path = hash.startsWith('#') ? hash.slice(1) : hash;
  return path.startsWith('/') ? path : undefined;
}
