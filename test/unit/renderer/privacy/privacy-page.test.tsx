import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

const noon = new Date(2025, 2, 1, 12, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
});
afterEach(() => {
  vi.useRealTimers();
});

/** A client closed on the given day (the fake core's clock is moved there and back). */
async function closedClient(api: FakeApi, givenName: string, familyName: string, closedOn: string) {
  const back = api.now;
  api.now = Date.parse(`${closedOn}T09:00:00.000Z`);
  const client = await api.addClient({ givenName, familyName, status: 'active' });
  await api.direct('clients.changeStatus', { id: client.id, expectedUpdatedAt: client.updatedAt, to: 'closed', reason: 'goal_reached' });
  api.now = back;
  return client;
}

describe('the Privacy page', () => {
  it('says plainly that nothing is due, and links to the audit log and the backups', async () => {
    const api = new FakeApi();
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
    renderApp({ api, hash: '#/privacy' });
    expect(await screen.findByRole('heading', { name: 'Privacy', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText(/Er zijn geen afgesloten dossiers die langer dan 24 maanden bewaard zijn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Auditlog: wie heeft wat bekeken of gewijzigd' })).toHaveAttribute('href', '#/audit');
    expect(screen.getByRole('link', { name: 'Back-ups' })).toHaveAttribute('href', '#/backups');
  });

  it('lists closed files past the keeping period and erases the chosen ones after a confirmation that names them', async () => {
    const api = new FakeApi();
    const old = await closedClient(api, 'Oud', 'Jansen', '2022-05-10');
    await closedClient(api, 'Ook', 'Oud', '2022-09-01');
    await closedClient(api, 'Pas', 'Gesloten', '2024-12-01');
    const { user } = renderApp({ api, hash: '#/privacy' });

    const section = (await screen.findByRole('heading', { name: 'Bewaartermijn voorbij' })).closest('section') as HTMLElement;
    const first = await within(section).findByRole('checkbox', { name: /Oud Jansen – afgesloten op 10 mei 2022, 33 maanden geleden/ });
    expect(within(section).getByRole('checkbox', { name: /Ook Oud/ })).not.toBeChecked();
    expect(within(section).queryByText(/Pas Gesloten/)).not.toBeInTheDocument();
    const erase = within(section).getByRole('button', { name: 'Verwijder geselecteerde dossiers' });
    expect(erase).toBeDisabled();

    await user.click(first);
    await user.click(erase);
    const dialog = screen.getByRole('alertdialog', { name: '1 dossier definitief verwijderen?' });
    expect(dialog).toHaveTextContent('Van Oud Jansen verdwijnt alles');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Definitief verwijderen' }));

    expect(await within(section).findByText('1 dossier is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByText(/Oud Jansen/)).not.toBeInTheDocument());
    expect(within(section).getByRole('checkbox', { name: /Ook Oud/ })).toBeInTheDocument();
    expect(api.callsTo('privacy.eraseMany')).toEqual([{ clientIds: [old.id], confirmed: true }]);
  });

  it('changes the keeping period, and the list follows it', async () => {
    const api = new FakeApi();
    await closedClient(api, 'Pas', 'Gesloten', '2024-12-01');
    const { user } = renderApp({ api, hash: '#/privacy' });
    await screen.findByText(/Er zijn geen afgesloten dossiers/);
    const months = screen.getByRole('spinbutton', { name: 'Afgesloten dossiers bewaren maanden' });
    await user.clear(months);
    await user.type(months, '2');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('checkbox', { name: /Pas Gesloten/ })).toBeInTheDocument();
    expect(api.preferences.retentionMonths).toBe(2);

    await user.clear(months);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(months).toHaveAttribute('aria-invalid', 'true');
  });
});
