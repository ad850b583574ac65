import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, sectionOf, type Route } from '../../../../renderer/router/routes';
import { FakeApi, renderApp } from '../render-app';

const id = '00000000-0000-4000-8000-000000000001';

describe('routes of the daily screens', () => {
  it.each<[string, Route]>([
    ['/today', { name: 'today' }],
    ['/caseload', { name: 'caseload' }],
    ['/attention', { name: 'attention' }],
    ['/agenda', { name: 'agenda' }],
    ['/agenda/2025-03-03', { name: 'agenda', week: '2025-03-03' }],
    ['/import', { name: 'import' }],
    ['/clients/new', { name: 'clientNew' }],
    [`/clients/${id}`, { name: 'client', id }],
    [`/clients/${id}/edit`, { name: 'clientEdit', id }],
    ['/settings', { name: 'settings' }],
  ])('%s ⇄ %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
    expect(routePath(route)).toBe(path);
    expect(path).toMatch(/^\/[\w/-]{0,200}$/);
  });

  it('opens a week from any of its days, on its Monday', () => {
    expect(parseRoute('/agenda/2025-03-09')).toEqual({ name: 'agenda', week: '2025-03-03' });
    expect(routePath({ name: 'agenda', week: '2025-03-05' })).toBe('/agenda/2025-03-03');
  });

  it.each(['/agenda/2025-02-30', '/agenda/2025-3-3', '/agenda/', '/today/x', '/import/1'])('names no screen for %j', (path) => {
    expect(parseRoute(path)).toBeUndefined();
  });

  it('puts a client page and the import under the caseload in the menu', () => {
    expect(sectionOf({ name: 'client', id })).toBe('caseload');
    expect(sectionOf({ name: 'import' })).toBe('caseload');
    expect(sectionOf({ name: 'agenda', week: '2025-03-03' })).toBe('agenda');
  });
});

describe('the menu', () => {
  it('leads to every daily screen and marks where the worker is', async () => {
    const { user } = renderApp({ hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#/today',
      '#/caseload',
      '#/attention',
      '#/referrals',
      '#/agenda',
      '#/programmes',
      '#/services',
      '#/reports',
      '#/privacy',
      '#/settings',
    ]);

    for (const [link, heading] of [
      ['Caseload', 'Caseload'],
      ['Aandacht', 'Aandacht'],
      ['Agenda', 'Agenda'],
      ['Instellingen', 'Instellingen'],
      ['Vandaag', 'Vandaag'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('main')).toHaveFocus();
    }
  });

  it('restores the saved view, a week of the agenda included', async () => {
    renderApp({ api: new FakeApi({ lastView: '/agenda/2025-03-03' }) });

    expect(await screen.findByText(/^Week 10:/)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/agenda/2025-03-03');
  });

  it('saves the view as the worker moves', async () => {
    const { api, user } = renderApp({ hash: '#/today' });
    await user.click(await screen.findByRole('link', { name: 'Aandacht' }));
    await waitFor(() => expect(api.preferences.lastView).toBe('/attention'));
  });

  it('opens today’s list for an address that names no screen', async () => {
    renderApp({ hash: '#/caseload' });
    await screen.findByRole('heading', { level: 1, name: 'Caseload' });

    window.location.hash = '#/nowhere';
    expect(await screen.findByRole('heading', { level: 1, name: 'Vandaag' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/today');
  });

  it('speaks English', async () => {
    renderApp({ api: new FakeApi({ language: 'en' }), hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Main menu' });
    await waitFor(() =>
      expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Today',
        'Caseload',
        'Attention',
        'Referrals',
        'Agenda',
        'Programmes',
        'Service directory',
        'Reports',
        'Privacy',
        'Settings',
      ]),
    );
  });
});
