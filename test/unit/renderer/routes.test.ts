import { describe, expect, it } from 'vitest';
import { parseRoute, pathFromHash, routePath, type Route } from '../../../renderer/router/routes';

const id = '00000000-0000-4000-8000-000000000001';

describe('routes', () => {
  it.each<[string, Route]>([
    ['/caseload', { name: 'caseload' }],
    ['/clients/new', { name: 'clientNew' }],
    [`/clients/${id}`, { name: 'client', id }],
    [`/clients/${id}/edit`, { name: 'clientEdit', id }],
    ['/settings', { name: 'settings' }],
  ])('%s ⇄ %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
    expect(routePath(route)).toBe(path);
  });

  it.each(['', '/', '/agenda', '/clients', '/clients/', '/clients/a b', '/clients/x/y', '/settings/', 'caseload'])(
    'names no screen for %j',
    (path) => {
      expect(parseRoute(path)).toBeUndefined();
    },
  );

  it('keeps every path within what preferences.lastView accepts', () => {
    const viewPattern = /^\/[\w/-]{0,200}$/;
    for (const route of [{ name: 'caseload' }, { name: 'clientNew' }, { name: 'client', id }, { name: 'clientEdit', id }, { name: 'settings' }] as const) {
      expect(routePath(route)).toMatch(viewPattern);
    }
  });

  it('reads the path from a hash', () => {
    expect(pathFromHash('#/caseload')).toBe('/caseload');
    expect(pathFromHash('')).toBeUndefined();
    expect(pathFromHash('#main-content')).toBeUndefined();
  });
});
