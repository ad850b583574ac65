import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from './fake-api';
import { FakeApi, renderApp } from './render-app';

/** A status as `app.status` reports it, for the cases the real core cannot produce on demand. */
function statusWith(changes: Partial<AppStatus>): AppStatus {
  return { version: '0.1.0-test', dataDir: '/home/maria/.verbind', store: 'ready', problems: [], ...changes };
}

/** A worker who was last on the caseload (a new install starts elsewhere: on today's list). */
function onCaseload(): FakeApi {
  return new FakeApi({ lastView: '/caseload' });
}

describe('starting the app', () => {
  it('shows the frame: skip link, the five-screen menu, and the caseload', async () => {
    renderApp({ api: onCaseload() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Vandaag',
      'Caseload',
      'Aandacht',
      'Verwijzingen',
      'Agenda',
      "Programma's",
      'Sociale kaart',
      'Rapportages',
      'Privacy',
      'Instellingen',
    ]);
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/caseload');
    expect(document.title).toBe('Caseload – Verbind');
  });

  it('restores the last view and the language from the preferences', async () => {
    const api = new FakeApi({ language: 'en', lastView: '/settings' });
    renderApp({ api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens today’s list when the saved view no longer exists', async () => {
    const api = new FakeApi({ language: 'nl', lastView: '/rapporten-oud' });
    renderApp({ api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Vandaag' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/today');
  });

  it('saves the view as the worker moves, and back and forward work', async () => {
    const { api, user } = renderApp({ api: onCaseload() });
    await screen.findByRole('heading', { level: 1, name: 'Caseload' });

    await user.click(screen.getByRole('link', { name: 'Instellingen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    await waitFor(() => expect(api.preferences.lastView).toBe('/settings'));
    expect(api.callsTo('preferences.update')).toEqual([{ lastView: '/settings' }]);

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    window.history.forward();
    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
  });

  it.each([
    ['newer_version', 'Je gegevens zijn gemaakt met een nieuwere versie van Verbind. Deze versie kan ze niet lezen en heeft er niets aan veranderd.'],
    ['locked', 'Verbind is al geopend met deze gegevensmap, in een ander venster of op een andere computer. Er is niets veranderd.'],
    ['unavailable', 'Verbind kon je gegevens niet openen. Je gegevens zijn bewaard en niet gewijzigd.'],
  ] as const)('explains a caseload that cannot be opened (%s) instead of showing it', async (store, explanation) => {
    const api = new FakeApi();
    api.status = statusWith({ store });
    renderApp({ api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Je caseload kan nu niet worden geopend' })).toBeInTheDocument();
    expect(screen.getByText(explanation)).toBeInTheDocument();
    expect(screen.getByText('/home/maria/.verbind')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.callsTo('clients.list')).toEqual([]);
  });

  it('explains it in English when that is the worker’s language', async () => {
    const api = new FakeApi({ language: 'en', lastView: '/caseload' });
    api.status = statusWith({ store: 'locked' });
    renderApp({ api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Your caseload cannot be opened right now' })).toBeInTheDocument();
    expect(screen.getByText('Close Verbind there and start it here again.')).toBeInTheDocument();
  });

  it('warns about damaged files that were set aside, with where they are, until dismissed', async () => {
    const api = onCaseload();
    api.status = statusWith({
      problems: [
        { file: 'clients/a.json', reason: 'not_json', movedTo: '/home/maria/.verbind/damaged/a.json', at: '2025-03-01T08:00:00.000Z' },
        { file: 'clients/b.json', reason: 'invalid_schema', movedTo: '/home/maria/.verbind/damaged/b.json', at: '2025-03-01T08:00:00.000Z' },
      ],
    });
    const { user } = renderApp({ api });

    const banner = await screen.findByRole('alert', { name: '2 beschadigde bestanden zijn apart gezet' });
    expect(banner).toHaveTextContent('Ze zijn niet verwijderd');
    expect(within(banner).getByText('clients/a.json is verplaatst naar /home/maria/.verbind/damaged/a.json')).toBeInTheDocument();
    expect(banner).toHaveTextContent('Deze plekken zijn binnen je gegevensmap: /home/maria/.verbind');
    expect(screen.getByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks of one file in the singular', async () => {
    const api = new FakeApi();
    api.status = statusWith({
      problems: [{ file: 'caseload/store.json', reason: 'newer_version', at: '2025-03-01T08:00:00.000Z' }],
    });
    renderApp({ api });

    const banner = await screen.findByRole('alert', { name: '1 beschadigd bestand is apart gezet' });
    expect(banner).toHaveTextContent('Verbind kon dit bestand niet lezen. Het is niet verwijderd');
    expect(banner).toHaveTextContent('caseload/store.json staat nog op de oorspronkelijke plek');
  });

  it('explains a start-up failure and can try again', async () => {
    const api = onCaseload().failWith('app.status', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api });

    expect(await screen.findByRole('heading', { name: 'Verbind kon niet starten' })).toBeInTheDocument();
    api.succeed('app.status');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
  });
});
