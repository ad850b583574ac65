import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from './render-app';

describe('client page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the client’s details with age, status and a way to edit and go back', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({
      givenName: 'Anna',
      familyName: 'de Boer',
      dateOfBirth: '1950-05-03',
      email: 'anna@example.org',
      address: 'Dorpsstraat 1\n1234 AB Ergens',
      status: 'aftercare',
    });
    renderApp({ api, hash: `#/clients/${anna.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(screen.getByText('Nazorg', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText('3 mei 1950 (75 jaar)')).toBeInTheDocument();
    expect(screen.getByText('anna@example.org')).toBeInTheDocument();
    expect(screen.getByText('Telefoon', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Niet ingevuld');
    expect(screen.getByRole('link', { name: 'Bewerken' })).toHaveAttribute('href', `#/clients/${anna.id}/edit`);
    expect(screen.getByRole('link', { name: 'Terug naar caseload' })).toHaveAttribute('href', '#/caseload');
    expect(document.title).toBe('Anna de Boer – Verbind');
  });

  it('says the client was not found', async () => {
    renderApp({ hash: '#/clients/00000000-0000-4000-8000-000000000999' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cliënt niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar caseload' })).toBeInTheDocument();
  });

  it('shows a name that looks like HTML as plain text', async () => {
    const api = new FakeApi();
    const client = await api.addClient({ givenName: '<img src=x onerror=alert(1)>', familyName: 'Test' });
    renderApp({ api, hash: `#/clients/${client.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)> Test' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
