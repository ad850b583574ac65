import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';
import { addService, annaWithDirectory, noon, referralFields } from './referrals-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Anna's referral to her GP was sent on 10 February and has waited 19 days (more than 14); Kees's
 * was planned today; Zoë's was planned for 20 February and never sent; Anna's earlier one is done.
 */
async function caseloadWithReferrals() {
  const { api, anna, gp, linde } = await annaWithDirectory();
  const sent = await api.direct('referrals.create', {
    clientId: anna.id,
    fields: referralFields(gp.id, { consentOn: '2025-02-01', plannedOn: '2025-02-01' }),
  });
  await api.direct('referrals.move', { clientId: anna.id, referralId: sent.id, expectedUpdatedAt: sent.updatedAt, step: { to: 'sent', on: '2025-02-10' } });
  const done = await api.direct('referrals.create', { clientId: anna.id, fields: referralFields(gp.id, { consentOn: '2025-01-05', plannedOn: '2025-01-05' }) });
  await api.direct('referrals.move', { clientId: anna.id, referralId: done.id, expectedUpdatedAt: done.updatedAt, step: { to: 'withdrawn', on: '2025-01-06' } });

  const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
  await api.direct('referrals.create', { clientId: kees.id, fields: referralFields(linde.id, { fitReason: 'Kees wil het zelf.' }) });
  const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'Jansen', status: 'active' });
  const buddy = await addService(api, { name: 'Maatjesproject Samen', kind: 'buddy_service', format: 'individual', phases: [] });
  await api.direct('referrals.create', { clientId: zoe.id, fields: referralFields(buddy.id, { plannedOn: '2025-02-20' }) });
  return { api, anna, kees, zoe };
}

describe('open referrals across the caseload', () => {
  it('is in the main menu, lists open referrals longest waiting first and marks the ones to follow up in words', async () => {
    const { api, anna } = await caseloadWithReferrals();
    const { user } = renderApp({ api, hash: '#/today' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(within(nav).getByRole('link', { name: 'Verwijzingen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lopende verwijzingen' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/referrals');
    expect(screen.getByText(/langer dan 14 dagen op antwoord/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Verwijzingen die nog lopen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Anna de Boer', 'Zoë Jansen', 'Kees Bakker']);
    expect(screen.getByText('3 verwijzingen · 2 om na te bellen')).toBeInTheDocument();

    const [annaRow, zoeRow, keesRow] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(annaRow).toHaveClass('needs-follow-up');
    expect(within(annaRow).getByText('Wacht 19 dagen — bel na').tagName).toBe('STRONG');
    expect(within(annaRow).getByText('Verstuurd')).toBeInTheDocument();
    expect(within(annaRow).getByText('Huisartsenpraktijk Zuid')).toBeInTheDocument();
    expect(zoeRow).toHaveClass('needs-follow-up');
    expect(within(zoeRow).getByText('Gepland op 20 feb 2025, 9 dagen later nog niet verstuurd')).toBeInTheDocument();
    expect(keesRow).not.toHaveClass('needs-follow-up');
    expect(within(keesRow).getByText('Sinds vandaag')).toBeInTheDocument();

    const link = within(annaRow).getByRole('link', { name: 'Anna de Boer' });
    expect(link).toHaveAttribute('href', `#/clients/${anna.id}/referrals`);
    await user.click(link);
    expect(await screen.findByRole('tab', { name: 'Verwijzingen', selected: true })).toBeInTheDocument();
  });

  it('says so when nothing is under way', async () => {
    renderApp({ api: new FakeApi(), hash: '#/referrals' });
    expect(await screen.findByRole('heading', { name: 'Er lopen geen verwijzingen' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('puts the referrals to follow up on the attention page, linked to the client’s referrals', async () => {
    const { api, anna } = await caseloadWithReferrals();
    renderApp({ api, hash: '#/attention' });

    const section = await screen.findByRole('region', { name: 'Verwijzingen om na te bellen' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Anna de Boer');
    expect(items[0]).toHaveTextContent('Naar Huisartsenpraktijk Zuid');
    expect(within(items[0]!).getByText('Wacht 19 dagen — bel na')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Anna de Boer' })).toHaveAttribute('href', `#/clients/${anna.id}/referrals`);
    expect(items[1]).toHaveTextContent('Zoë Jansen');
    expect(within(section).queryByText('Kees Bakker')).not.toBeInTheDocument();
  });

  it('keeps the attention section empty, in words, when no referral waits too long', async () => {
    const { api, anna, gp } = await annaWithDirectory();
    await api.direct('contacts.create', { clientId: anna.id, fields: { at: '2025-03-01T08:00:00.000Z', type: 'phone', summary: '' } });
    await api.direct('referrals.create', { clientId: anna.id, fields: referralFields(gp.id) });
    await api.addClient({ givenName: 'Zoë', familyName: 'Jansen', flags: ['safety_concern'] });
    renderApp({ api, hash: '#/attention' });

    const section = await screen.findByRole('region', { name: 'Verwijzingen om na te bellen' });
    await waitFor(() => expect(within(section).getByText('Geen verwijzing wacht te lang op antwoord.')).toBeInTheDocument());
  });
});
