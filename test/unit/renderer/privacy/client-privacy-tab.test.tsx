import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

/** Saturday 1 March 2025 at noon: the fake core's first day, so "today" agrees on both sides. */
const noon = new Date(2025, 2, 1, 12, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
});
afterEach(() => {
  vi.useRealTimers();
});

async function anna() {
  const api = new FakeApi({ workerName: 'Maria' });
  const client = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  return { api, client };
}

describe('the client’s Privacy tab', () => {
  it('warns on the referrals tab until the client consents to sharing, recorded on the Privacy tab with its day and who', async () => {
    const { api, client } = await anna();
    const { user } = renderApp({ api, hash: `#/clients/${client.id}/referrals` });

    const notice = await screen.findByTestId('referral-consent-notice');
    expect(notice).toHaveTextContent('Deze cliënt heeft nog geen toestemming gegeven om gegevens te delen bij een verwijzing.');
    // Only a warning: planning stays possible.
    expect(screen.getByRole('button', { name: 'Verwijzing plannen' })).toBeEnabled();
    await user.click(within(notice).getByRole('link', { name: 'Naar Privacy van deze cliënt' }));

    const panel = await screen.findByRole('tabpanel', { name: 'Privacy' });
    const share = await within(panel).findByTestId('consent-share_with_referrals');
    expect(share).toHaveTextContent('Nog niet gevraagd');
    const shareItem = share.closest('li') as HTMLElement;
    await user.click(within(shareItem).getByRole('button', { name: 'Toestemming vastleggen' }));
    const form = within(shareItem).getByRole('form', { name: 'Gegevens delen bij een verwijzing' });
    expect(within(form).getByRole('radio', { name: 'Ja, de cliënt geeft toestemming' })).toBeChecked();
    expect(within(form).getByLabelText('Datum waarop de cliënt dit zei')).toHaveValue('2025-03-01');
    await user.type(within(form).getByLabelText('Notitie (niet verplicht)'), 'Mondeling, met dochter erbij');
    await user.click(within(form).getByRole('button', { name: 'Vastleggen' }));

    expect(await within(panel).findByText('Vastgelegd: Gegevens delen bij een verwijzing – Toestemming gegeven.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByTestId('consent-share_with_referrals')).toHaveTextContent('Toestemming gegeven op 1 maart 2025, vastgelegd door Maria'));
    expect(within(panel).getByTestId('consent-keep_data')).toHaveTextContent('Nog niet gevraagd');
    expect(within(panel).getByText(/Mondeling, met dochter erbij/)).toBeInTheDocument();
    expect(api.callsTo('privacy.recordConsent')).toEqual([
      { clientId: client.id, purpose: 'share_with_referrals', given: true, date: '2025-03-01', note: 'Mondeling, met dochter erbij' },
    ]);

    await user.click(screen.getByRole('tab', { name: 'Verwijzingen' }));
    await screen.findByRole('tabpanel', { name: 'Verwijzingen' });
    await waitFor(() => expect(api.callsTo('privacy.consents').length).toBeGreaterThanOrEqual(3));
    expect(screen.queryByTestId('referral-consent-notice')).not.toBeInTheDocument();
  });

  it('says in words why a consent day in the future is refused', async () => {
    const { api, client } = await anna();
    const { user } = renderApp({ api, hash: `#/clients/${client.id}/privacy` });
    const item = (await screen.findByTestId('consent-keep_data')).closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Toestemming vastleggen' }));
    const date = within(item).getByLabelText('Datum waarop de cliënt dit zei');
    await user.clear(date);
    await user.type(date, '2025-03-09');
    await user.click(within(item).getByRole('button', { name: 'Vastleggen' }));
    expect(await within(item).findByText('Deze datum ligt in de toekomst. Vul de dag in waarop de cliënt het zei.')).toBeInTheDocument();
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
  });

  it('erases the client only after the full name is typed, then shows the caseload without them', async () => {
    const { api, client } = await anna();
    await api.addClient({ givenName: 'Henk', familyName: 'Smit', status: 'active' });
    await api.direct('contacts.create', { clientId: client.id, fields: { at: '2025-02-20T10:00:00.000Z', type: 'phone', summary: 'Gebeld.', agreements: [{ text: 'Buurvrouw bellen', owner: 'client' }] } });
    const { user } = renderApp({ api, hash: `#/clients/${client.id}/privacy` });

    await user.click(await screen.findByRole('button', { name: 'Cliënt volledig verwijderen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Anna de Boer volledig verwijderen?' });
    expect(await within(dialog).findByText('contacten: 1')).toBeInTheDocument();
    expect(within(dialog).getByText('afspraken uit contacten: 1')).toBeInTheDocument();
    expect(within(dialog).getByText('Er zijn geen back-ups met deze cliënt.')).toBeInTheDocument();
    const name = within(dialog).getByLabelText('Typ de volledige naam ter bevestiging: Anna de Boer');
    expect(name).toHaveFocus();

    await user.type(name, 'Anna');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief verwijderen' }));
    expect(await within(dialog).findByText('De naam klopt niet. Typ de volledige naam zoals die boven het dossier staat.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, ' DE boer');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief verwijderen' }));
    expect(await screen.findByRole('heading', { name: 'Caseload', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText(/Smit/)).toBeInTheDocument();
    expect(screen.queryByText(/de Boer/)).not.toBeInTheDocument();
    await expect(api.direct('clients.get', { id: client.id })).rejects.toThrow(/not_found/);
  });

  it('hands over everything about the client as a JSON file', async () => {
    const { api, client } = await anna();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/access');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = renderApp({ api, hash: `#/clients/${client.id}/privacy` });
    await user.click(await screen.findByRole('button', { name: 'Gegevensbestand (JSON)' }));
    expect(await screen.findByText('inzageverzoek-de-boer-2025-03-01.json is opgeslagen in je downloads.')).toBeInTheDocument();
    const blob = createObjectURL.mock.calls[0]?.[0];
    const content = JSON.parse(await (blob as Blob).text()) as { format: string; client: { givenName: string } };
    expect(content.format).toBe('verbind-access-export');
    expect(content.client.givenName).toBe('Anna');
  });
});
