import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

// Saturday 1 March 2025; the programmes start on Monday 3 March.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('programme sessions in the agenda', () => {
  it('lists a client’s session and a group’s session once, linked to the Programma tab and the group session', async () => {
    const api = new FakeApi();
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
    await api.direct('programme.start', { clientId: zoe.id, templateId: 'verbind-8-weeks', firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString() });
    const group = await api.direct('programme.startGroup', {
      name: 'Dinsdaggroep',
      templateId: 'verbind-8-weeks',
      firstSessionAt: new Date(2025, 2, 4, 14, 0).toISOString(),
      clientIds: [kees.id, anna.id],
    });
    renderApp({ api, hash: '#/agenda/2025-03-03' });

    const zoeLink = await screen.findByRole('link', { name: 'Bijeenkomst 1 · Zoë de Vries' });
    expect(zoeLink).toHaveAttribute('href', `#/clients/${zoe.id}/programme`);
    const groupLink = await screen.findByRole('link', { name: 'Bijeenkomst 1 · Dinsdaggroep' });
    // Until the groups are read the entry leads to a member's Programma tab; then to the group session.
    await waitFor(() => expect(groupLink).toHaveAttribute('href', `#/groups/${group.id}/1`));
    const groupItem = groupLink.closest('li') as HTMLElement;
    expect(groupItem).toHaveTextContent('Groep met');
    expect(within(groupItem).getByText(/Kees Bakker/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Bijeenkomst 1 · / })).toHaveLength(2);
    expect(screen.getAllByRole('heading', { name: '1 programmabijeenkomst' })).toHaveLength(2);
  });
});
