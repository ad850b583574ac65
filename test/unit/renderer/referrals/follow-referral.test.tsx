import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { actions, annaWithDirectory, noon, referral, referralFields } from './referrals-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
});
afterEach(() => {
  vi.useRealTimers();
});

async function withPlannedReferral() {
  const scene = await annaWithDirectory();
  const planned = await scene.api.direct('referrals.create', { clientId: scene.anna.id, fields: referralFields(scene.gp.id) });
  return { ...scene, planned };
}

describe('following a referral step by step', () => {
  it('offers only the steps allowed from each status, each dated today unless changed, with a note', async () => {
    const { api, anna, planned } = await withPlannedReferral();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    await screen.findByRole('article', { name: 'Huisartsenpraktijk Zuid' });

    expect(actions(referral('Huisartsenpraktijk Zuid'))).toEqual([
      'Markeren als verstuurd',
      'Intrekken',
      'Bewerken',
      'Verwijderen',
      'Verwijsbrief maken',
    ]);

    await user.click(within(referral('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Markeren als verstuurd' }));
    let dialog = screen.getByRole('dialog', { name: 'Verstuurd: verwijzing naar Huisartsenpraktijk Zuid' });
    expect(within(dialog).getByText('Nu: Gepland')).toBeInTheDocument();
    const date = within(dialog).getByLabelText('Datum');
    expect(date).toHaveValue('2025-03-01');
    expect(date).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo('referrals.move')).toEqual([]);

    await user.click(within(referral('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Markeren als verstuurd' }));
    dialog = screen.getByRole('dialog', { name: 'Verstuurd: verwijzing naar Huisartsenpraktijk Zuid' });
    await user.type(within(dialog).getByLabelText('Notitie'), 'Gemaild naar de POH-GGZ.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('De verwijzing naar Huisartsenpraktijk Zuid staat nu op ‘Verstuurd’.')).toBeInTheDocument();
    expect(api.callsTo('referrals.move')).toEqual([
      {
        clientId: anna.id,
        referralId: planned.id,
        expectedUpdatedAt: planned.updatedAt,
        step: { to: 'sent', on: '2025-03-01', note: 'Gemaild naar de POH-GGZ.' },
      },
    ]);
    await waitFor(() => expect(within(referral('Huisartsenpraktijk Zuid')).getByText('Verstuurd', { selector: '.badge' })).toBeInTheDocument());
    expect(actions(referral('Huisartsenpraktijk Zuid'))).toEqual([
      'Markeren als geaccepteerd',
      'Markeren als afgewezen',
      'Intrekken',
      'Bewerken',
      'Verwijsbrief maken',
    ]);
    const steps = within(within(referral('Huisartsenpraktijk Zuid')).getByRole('region', { name: 'Verloop' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      '1 maart 2025 – Gepland (door Maria)',
      '1 maart 2025 – Verstuurd: Gemaild naar de POH-GGZ. (door Maria)',
    ]);

    await user.click(within(referral('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Markeren als geaccepteerd' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Opslaan als ‘Geaccepteerd’' }));
    await waitFor(() => expect(within(referral('Huisartsenpraktijk Zuid')).getByText('Geaccepteerd', { selector: '.badge' })).toBeInTheDocument());
    expect(actions(referral('Huisartsenpraktijk Zuid'))).toEqual([
      'Markeren als gestart',
      'Markeren als afgewezen',
      'Intrekken',
      'Bewerken',
      'Verwijsbrief maken',
    ]);

    await user.click(within(referral('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Intrekken' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Opslaan als ‘Ingetrokken’' }));
    await waitFor(() => expect(within(referral('Huisartsenpraktijk Zuid')).getByText('Ingetrokken', { selector: '.badge' })).toBeInTheDocument());
    // Final: no more steps and nothing to change; the letter can still be made.
    expect(actions(referral('Huisartsenpraktijk Zuid'))).toEqual(['Verwijsbrief maken']);
  }, 20_000);

  it('says at the date field when a step cannot have happened yet', async () => {
    const { api, anna } = await withPlannedReferral();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    await user.click(await within(await screen.findByRole('article', { name: 'Huisartsenpraktijk Zuid' })).findByRole('button', { name: 'Markeren als verstuurd' }));
    const dialog = screen.getByRole('dialog');
    const date = within(dialog).getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, '2025-03-05');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan als ‘Verstuurd’' }));

    expect(within(dialog).getByText('Deze stap is nog niet gebeurd: de datum ligt in de toekomst. Kies vandaag (1 maart 2025) of eerder.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('referrals.move')).toEqual([]);
  });

  it('tells the worker when the referral changed elsewhere, and loads what is stored', async () => {
    const { api, anna, planned } = await withPlannedReferral();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    await user.click(await within(await screen.findByRole('article', { name: 'Huisartsenpraktijk Zuid' })).findByRole('button', { name: 'Markeren als verstuurd' }));
    await api.direct('referrals.move', { clientId: anna.id, referralId: planned.id, expectedUpdatedAt: planned.updatedAt, step: { to: 'sent', on: '2025-03-01' } });
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan als ‘Verstuurd’' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Intussen ergens anders gewijzigd');
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(referral('Huisartsenpraktijk Zuid')).getByText('Verstuurd', { selector: '.badge' })).toBeInTheDocument());
  });

  it('changes an open referral and deletes a planned one after a question', async () => {
    const { api, anna } = await withPlannedReferral();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    await user.click(await within(await screen.findByRole('article', { name: 'Huisartsenpraktijk Zuid' })).findByRole('button', { name: 'Bewerken' }));

    const form = screen.getByRole('form', { name: 'Verwijzing naar Huisartsenpraktijk Zuid wijzigen' });
    await waitFor(() => expect(within(form).getByLabelText('Organisatie')).toHaveDisplayValue('Huisartsenpraktijk Zuid (Huisarts)'));
    expect(within(form).getByLabelText('Reden van de verwijzing')).toHaveValue('Anna slaapt slecht en piekert veel.');
    await user.clear(within(form).getByLabelText('Vraag aan de organisatie'));
    await user.type(within(form).getByLabelText('Vraag aan de organisatie'), 'Kunt u Anna deze week bellen?');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijziging in de verwijzing naar Huisartsenpraktijk Zuid is opgeslagen.')).toBeInTheDocument();
    expect(await within(referral('Huisartsenpraktijk Zuid')).findByText('Kunt u Anna deze week bellen?')).toBeInTheDocument();

    await user.click(within(referral('Huisartsenpraktijk Zuid')).getByRole('button', { name: 'Verwijderen' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Verwijzing verwijderen?' });
    expect(confirm).toHaveTextContent('Je verwijdert de geplande verwijzing naar Huisartsenpraktijk Zuid');
    await user.click(within(confirm).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('De verwijzing is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Huisartsenpraktijk Zuid' })).not.toBeInTheDocument());
    expect(await api.direct('referrals.list', { clientId: anna.id })).toEqual([]);
  }, 20_000);

  it('offers the referral letter for each referral', async () => {
    const { api, anna } = await withPlannedReferral();
    renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    const letter = await within(await screen.findByRole('article', { name: 'Huisartsenpraktijk Zuid' })).findByRole('button', { name: 'Verwijsbrief maken' });
    expect(letter).toHaveAttribute('aria-haspopup', 'dialog');
  });
});
