import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { annaWithDirectory, noon, openReferralsTab, severelyLonelyInCalmPhase } from './referrals-support';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(noon);
});
afterEach(() => {
  vi.useRealTimers();
});

const phaseWarning =
  'Je cliënt zit nu in de fase ‘Ontspannen’, maar deze plek past bij: Verbinden en onderhouden, Nazorg. Hulp werkt het best in de goede volgorde. Kijk of dit nu de juiste stap is.';
const groupWarning = /^Je cliënt is zeer ernstig eenzaam\. Een groep is dan vaak te veel/;

describe('planning a referral', () => {
  it('opens on its own address and plans a referral to a service picked from the directory', async () => {
    const { api, anna, gp } = await annaWithDirectory();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });

    const panel = await screen.findByRole('tabpanel', { name: 'Verwijzingen' });
    expect(await within(panel).findByText(/Er is nog geen verwijzing/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Verwijzing plannen' }));
    const form = within(panel).getByRole('form', { name: 'Verwijzing plannen' });
    expect(within(form).getByRole('radio', { name: 'Uit je sociale kaart' })).toBeChecked();

    // The search narrows the select; the choice itself is an ordinary select.
    await user.type(within(form).getByLabelText('Zoeken in je sociale kaart'), 'huisarts');
    expect(within(form).getByText('1 organisatie gevonden.')).toBeInTheDocument();
    const select = within(form).getByLabelText('Organisatie');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Kies een organisatie',
      'Huisartsenpraktijk Zuid (Huisarts)',
    ]);
    await user.selectOptions(select, 'Huisartsenpraktijk Zuid (Huisarts)');
    expect(within(form).getByText('Huisarts · Individueel · Fase niet opgegeven')).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('referrals.checkFit')).toEqual([{ clientId: anna.id, destination: { source: 'directory', serviceId: gp.id } }]));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Waarom ga je toch door?')).not.toBeInTheDocument();

    await user.type(within(form).getByLabelText('Reden van de verwijzing'), 'Anna slaapt slecht en piekert veel.');
    await user.type(within(form).getByLabelText('Vraag aan de organisatie'), 'Wilt u Anna zien voor een gesprek?');
    await user.type(within(form).getByLabelText('Korte achtergrond'), 'Woont alleen sinds haar man overleed.');
    const share = within(form).getByRole('group', { name: 'Wat mag je delen?' });
    expect(share).toHaveAccessibleDescription(/De naam van je cliënt staat altijd in de brief/);
    await user.click(within(share).getByRole('checkbox', { name: 'Geboortedatum' }));
    await user.click(within(share).getByRole('checkbox', { name: 'Telefoonnummer' }));
    expect(within(form).getByLabelText('Toestemming gegeven op')).toHaveValue('2025-03-01');
    await user.type(within(form).getByLabelText('Notitie bij de toestemming'), 'Mondeling gegeven.');
    expect(within(form).getByLabelText('Geplande datum')).toHaveValue('2025-03-01');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await within(panel).findByText('De verwijzing naar Huisartsenpraktijk Zuid is gepland.')).toBeInTheDocument();
    expect(api.callsTo('referrals.create')).toEqual([
      {
        clientId: anna.id,
        fields: {
          destination: { source: 'directory', serviceId: gp.id },
          reason: 'Anna slaapt slecht en piekert veel.',
          question: 'Wilt u Anna zien voor een gesprek?',
          background: 'Woont alleen sinds haar man overleed.',
          share: ['dateOfBirth', 'phone'],
          consentOn: '2025-03-01',
          consentNote: 'Mondeling gegeven.',
          plannedOn: '2025-03-01',
        },
      },
    ]);
    const item = await within(panel).findByRole('article', { name: 'Huisartsenpraktijk Zuid' });
    expect(within(item).getByText('Gepland', { selector: '.badge' })).toBeInTheDocument();
    expect(within(item).getByText('Naam, Geboortedatum, Telefoonnummer')).toBeInTheDocument();
    expect(within(item).getByText('Gegeven op 1 maart 2025 (Mondeling gegeven.)')).toBeInTheDocument();
    expect(within(item).getByText('020 1234567')).toBeInTheDocument();
    const history = within(item).getByRole('region', { name: 'Verloop' });
    expect(within(history).getByRole('listitem')).toHaveTextContent('1 maart 2025 – Gepland');
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Verwijzing plannen' })).toHaveFocus());
  }, 20_000);

  it('plans a referral to a destination typed in, after saying what is missing', async () => {
    const { api, anna } = await annaWithDirectory();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });
    const panel = await openReferralsTab(user);
    await user.click(within(panel).getByRole('button', { name: 'Verwijzing plannen' }));
    const form = within(panel).getByRole('form', { name: 'Verwijzing plannen' });

    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));
    expect(within(form).getByText('Kies een organisatie uit de sociale kaart.')).toBeInTheDocument();
    expect(within(form).getByText('Schrijf op waarom je je cliënt verwijst.')).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByLabelText('Organisatie')).toHaveFocus());

    await user.click(within(form).getByRole('radio', { name: 'Zelf invullen' }));
    await user.type(within(form).getByLabelText('Naam van de organisatie'), 'Schuldhulp Amsterdam');
    await user.selectOptions(within(form).getByLabelText('Soort'), 'Hulp bij schulden of wonen');
    await user.selectOptions(within(form).getByLabelText('Vorm'), 'Individueel');
    await user.type(within(form).getByLabelText('E-mail'), 'hulp@schuld.nl');
    await user.type(within(form).getByLabelText('Reden van de verwijzing'), 'Schulden geven veel zorgen.');
    await user.type(within(form).getByLabelText('Vraag aan de organisatie'), 'Kunt u helpen met een plan?');
    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));

    expect(await within(panel).findByRole('article', { name: 'Schuldhulp Amsterdam' })).toBeInTheDocument();
    expect(api.callsTo('referrals.create')[0]?.fields.destination).toEqual({
      source: 'free',
      name: 'Schuldhulp Amsterdam',
      kind: 'debt_housing',
      format: 'individual',
      phases: [],
      email: 'hulp@schuld.nl',
    });
  }, 20_000);

  it('warns before saving when a group for the connect phase does not fit a severely lonely client in the calm phase; saving needs a reason, which is kept', async () => {
    const { api, anna, linde } = await severelyLonelyInCalmPhase();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    const panel = await screen.findByRole('tabpanel', { name: 'Verwijzingen' });
    await user.click(await within(panel).findByRole('button', { name: 'Verwijzing plannen' }));
    const form = within(panel).getByRole('form', { name: 'Verwijzing plannen' });
    await waitFor(() => expect(within(within(form).getByLabelText('Organisatie')).getAllByRole('option')).toHaveLength(3));

    await user.selectOptions(within(form).getByLabelText('Organisatie'), 'Buurtkamer De Linde (Activiteit of ontmoetingsplek)');

    const warnings = await within(form).findByRole('alert', { name: 'Let op: deze verwijzing past nu misschien niet' });
    const sentences = within(warnings).getAllByRole('listitem').map((item) => item.textContent);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe(phaseWarning);
    expect(sentences[1]).toMatch(groupWarning);
    expect(api.callsTo('referrals.create')).toEqual([]);
    const why = within(form).getByLabelText('Waarom ga je toch door?');
    expect(why).toHaveAttribute('aria-required', 'true');

    await user.type(within(form).getByLabelText('Reden van de verwijzing'), 'Anna wil graag onder de mensen komen.');
    await user.type(within(form).getByLabelText('Vraag aan de organisatie'), 'Mag Anna een keer komen kijken?');
    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));
    expect(within(form).getByText('Deze verwijzing past nu misschien niet goed. Schrijf op waarom je toch doorgaat.')).toBeInTheDocument();
    await waitFor(() => expect(why).toHaveFocus());
    expect(api.callsTo('referrals.create')).toEqual([]);

    await user.type(why, 'Anna vraagt er zelf om; ik ga de eerste keer mee.');
    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));

    const item = await within(panel).findByRole('article', { name: 'Buurtkamer De Linde' });
    expect(api.callsTo('referrals.create')[0]?.fields).toMatchObject({
      destination: { source: 'directory', serviceId: linde.id },
      fitReason: 'Anna vraagt er zelf om; ik ga de eerste keer mee.',
    });
    const kept = within(item).getByRole('region', { name: 'Paste niet goed bij het moment van plannen' });
    expect(within(kept).getByText(phaseWarning)).toBeInTheDocument();
    expect(within(kept).getByText(groupWarning)).toBeInTheDocument();
    expect(kept).toHaveTextContent('Reden om toch door te gaan: Anna vraagt er zelf om; ik ga de eerste keer mee.');
  }, 20_000);

  it('shows the main process’s demand for a reason at the field when the warnings could not be fetched', async () => {
    const { api, anna } = await severelyLonelyInCalmPhase();
    api.failWith('referrals.checkFit', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    const panel = await screen.findByRole('tabpanel', { name: 'Verwijzingen' });
    await user.click(await within(panel).findByRole('button', { name: 'Verwijzing plannen' }));
    const form = within(panel).getByRole('form', { name: 'Verwijzing plannen' });
    await waitFor(() => expect(within(within(form).getByLabelText('Organisatie')).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(within(form).getByLabelText('Organisatie'), 'Buurtkamer De Linde (Activiteit of ontmoetingsplek)');
    await user.type(within(form).getByLabelText('Reden van de verwijzing'), 'Onder de mensen komen.');
    await user.type(within(form).getByLabelText('Vraag aan de organisatie'), 'Mag ze komen kijken?');
    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));

    const why = await within(form).findByLabelText('Waarom ga je toch door?');
    expect(within(form).getByText('Deze verwijzing past nu misschien niet goed. Schrijf op waarom je toch doorgaat.')).toBeInTheDocument();
    expect(why).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(why).toHaveFocus());
    expect(await api.direct('referrals.list', { clientId: anna.id })).toEqual([]);

    await user.type(why, 'Ze vraagt er zelf om.');
    await user.click(within(form).getByRole('button', { name: 'Verwijzing plannen' }));
    expect(await within(panel).findByRole('article', { name: 'Buurtkamer De Linde' })).toBeInTheDocument();
    expect((await api.direct('referrals.list', { clientId: anna.id }))[0]?.fit?.reason).toBe('Ze vraagt er zelf om.');
  }, 20_000);

  it('is in English too', async () => {
    const { api, anna } = await severelyLonelyInCalmPhase();
    await api.direct('preferences.update', { language: 'en' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/referrals` });
    const panel = await screen.findByRole('tabpanel', { name: 'Referrals' });
    await user.click(await within(panel).findByRole('button', { name: 'Plan a referral' }));
    const form = within(panel).getByRole('form', { name: 'Plan a referral' });
    await waitFor(() => expect(within(within(form).getByLabelText('Organisation')).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(within(form).getByLabelText('Organisation'), 'Buurtkamer De Linde (Activity or meeting place)');
    const warnings = await within(form).findByRole('alert', { name: 'Take care: this referral may not fit now' });
    expect(warnings).toHaveTextContent(/very severely lonely/);
    expect(within(form).getByLabelText('Why go on anyway?')).toBeInTheDocument();
  });
});
