import { describe, expect, it } from 'vitest';
import { parseRoute, pathFromHash, routePath, type Route } from '../../../renderer/router/routes';

const id = '00000000-0000-4000-8000-000000000001';

/** Every screen, by its own (canonical) path. */
const routes: ReadonlyArray<[string, Route]> = [
  ['/today', { name: 'today' }],
  ['/caseload', { name: 'caseload' }],
  ['/attention', { name: 'attention' }],
  ['/agenda', { name: 'agenda' }],
  ['/agenda/2025-03-03', { name: 'agenda', week: '2025-03-03' }],
  ['/import', { name: 'import' }],
  ['/clients/new', { name: 'clientNew' }],
  [`/clients/${id}`, { name: 'client', id }],
  [`/clients/${id}/edit`, { name: 'clientEdit', id }],
  [`/clients/${id}/measures`, { name: 'client', id, tab: 'measures' }],
  [`/clients/${id}/referrals`, { name: 'client', id, tab: 'referrals' }],
  ['/services', { name: 'services' }],
  ['/referrals', { name: 'referrals' }],
  ['/settings', { name: 'settings' }],
  ['/reports', { name: 'reports' }],
];

describe('routes', () => {
  it.each(routes)('%s ⇄ %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
    expect(routePath(route)).toBe(path);
  });

  it.each(['', '/', '/rapporten-oud', '/agenda/', '/clients', '/clients/', '/clients/a b', '/clients/x/y', '/settings/', 'caseload'])(
    'names no screen for %j',
    (path) => {
      expect(parseRoute(path)).toBeUndefined();
    },
  );

  it('keeps every path within what preferences.lastView accepts', () => {
    const viewPattern = /^\/[\w/-]{0,200}$/;
    for (const [, route] of routes) {
      expect(routePath(route)).toMatch(viewPattern);
    }
  });

  it('reads the path from a hash', () => {
    expect(pathFromHash('#/caseload')).toBe('/caseload');
    expect(pathFromHash('')).toBeUndefined();
    expect(pathFromHash('#main-content')).toBeUndefined();
  });
});
