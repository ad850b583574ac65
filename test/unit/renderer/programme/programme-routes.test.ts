import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, sectionOf, type Route } from '../../../../renderer/router/routes';

const id = '00000000-0000-4000-8000-000000000001';

describe('programme routes', () => {
  it.each<[string, Route]>([
    ['/programmes', { name: 'programmes' }],
    ['/programmes/verbind-8-weeks', { name: 'programmeTemplate', id: 'verbind-8-weeks' }],
    [`/groups/${id}/3`, { name: 'groupSession', groupId: id, session: 3 }],
    [`/clients/${id}/programme`, { name: 'client', id, tab: 'programme' }],
    [`/clients/${id}/programme/8`, { name: 'clientSession', id, session: 8 }],
  ])('%s is a screen and written back the same way', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
    expect(routePath(route)).toBe(path);
  });

  it.each(['/programmes/', '/groups/abc', `/groups/${id}/0`, `/clients/${id}/programme/0`, `/clients/${id}/programme/x`])('%s is not', (path) => {
    expect(parseRoute(path)).toBeUndefined();
  });

  it('puts the templates and group sessions under Programma’s, a client session under the caseload', () => {
    expect(sectionOf({ name: 'programmes' })).toBe('programmes');
    expect(sectionOf({ name: 'programmeTemplate', id: 'x' })).toBe('programmes');
    expect(sectionOf({ name: 'groupSession', groupId: id, session: 1 })).toBe('programmes');
    expect(sectionOf({ name: 'clientSession', id, session: 1 })).toBe('caseload');
    expect(routePath({ name: 'client', id })).toBe(`/clients/${id}`);
  });
});
