import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from './render-app';

describe('settings', () => {
  it('switches the whole interface to English at once and keeps the choice', async () => {
    const { api, user } = renderApp({ hash: '#/settings' });
    const dutch = await screen.findByRole('radio', { name: 'Nederlands' });
    expect(dutch).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(api.callsTo('preferences.update')).toContainEqual({ language: 'en' }));
    expect(await screen.findByText('The language has been saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Caseload' }));
    expect(await screen.findByLabelText('Search')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New client' })).toBeInTheDocument();
  });

  it('switches without starting the app again (which would restore the old language)', async () => {
    const { api, user } = renderApp({ hash: '#/settings' });
    // The settings page has loaded its own copy of the preferences (besides the one at start-up).
    await screen.findByLabelText('Jouw naam');
    const preferenceLoads = api.callsTo('preferences.get').length;
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await screen.findByText('The language has been saved.');

    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    // The start-up asks for the status once; starting again would ask again (and reapply the saved language).
    expect(api.callsTo('app.status')).toHaveLength(1);
    expect(api.callsTo('preferences.get')).toHaveLength(preferenceLoads);
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the English labels of the client form and English dates', async () => {
    const api = new FakeApi({ language: 'en', lastView: '/caseload' });
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer', dateOfBirth: '1950-05-03' });
    const { user } = renderApp({ api });

    // The date of birth is shown on the client's page (the caseload list has no such column).
    await user.click(await screen.findByRole('link', { name: 'de Boer, Anna' }));
    expect(await screen.findByText(/^3 May 1950 \(\d+ years old\)$/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Caseload' }));
    await user.click(await screen.findByRole('link', { name: 'New client' }));
    for (const label of ['Given name', 'Family name', 'Date of birth', 'Phone', 'Email', 'Address', 'Status']) {
      expect(await screen.findByLabelText(label)).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Given name')).toHaveAccessibleDescription('Enter the given name.');
  });

  it('shows the version and the data folder', async () => {
    renderApp({ api: new FakeApi(), hash: '#/settings' });

    expect(await screen.findByText('0.1.0-test')).toBeInTheDocument();
    expect(screen.getByText('/home/maria/.config/Verbind')).toBeInTheDocument();
  });
});
