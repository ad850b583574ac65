import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

describe('client file', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows risk flags in words right under the name, with the note', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({
      givenName: 'Anna',
      familyName: 'de Boer',
      preferredName: 'Ans',
      pronouns: 'zij/haar',
      flags: ['suicidal_thoughts', 'recent_loss'],
      flagNote: 'Man overleden in maart.\nVraag naar de kinderen.',
    });
    renderApp({ api, hash: `#/clients/${anna.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(screen.getByText('Roepnaam: Ans · Voornaamwoorden: zij/haar')).toBeInTheDocument();
    const banner = screen.getByRole('region', { name: 'Let op' });
    // In the domain's order, whatever order they were stored in.
    expect(within(banner).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Recent verlies',
      'Heeft gedachten over zelfdoding genoemd',
    ]);
    expect(within(banner).getByText(/Man overleden in maart\./).textContent).toBe('Man overleden in maart.\nVraag naar de kinderen.');
    // The banner comes before the tabs: nobody opens the file without seeing it.
    const tablist = screen.getByRole('tablist', { name: 'Dossier' });
    expect(banner.compareDocumentPosition(tablist) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no flags banner for a client without flags', async () => {
    const api = new FakeApi();
    const piet = await api.addClient({ givenName: 'Piet', familyName: 'Visser' });
    renderApp({ api, hash: `#/clients/${piet.id}` });

    await screen.findByRole('heading', { level: 1, name: 'Piet Visser' });
    expect(screen.queryByRole('region', { name: 'Let op' })).not.toBeInTheDocument();
  });

  it('shows the key facts on the overview', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({
      givenName: 'Anna',
      familyName: 'de Boer',
      dateOfBirth: '1950-05-03',
      ageGroup: 'older_adult',
      household: 'alone',
      referredBy: 'gp',
      referredOn: '2025-02-03',
      gpName: 'Dr. Jansen',
      gpPhone: '0201234567',
      emergencyName: 'Sanne',
      emergencyRelation: 'dochter',
      emergencyPhone: '0612345678',
      whatMatters: 'Haar tuin.\nDe kleinkinderen.',
      assignedWorker: 'Maria',
    });
    renderApp({ api, hash: `#/clients/${anna.id}` });

    await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' });
    const facts = screen.getByRole('region', { name: 'Gegevens' });
    const value = (label: string) => within(facts).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Geboortedatum')).toBe('3 mei 1950 (75 jaar)');
    expect(value('Leeftijdsgroep')).toBe('Oudere');
    expect(value('Huishouden')).toBe('Woont alleen');
    expect(value('Aangemeld door')).toBe('Huisarts, op 3 februari 2025');
    expect(value('Huisarts')).toBe('Dr. Jansen, 0201234567');
    expect(value('Noodcontact')).toBe('Sanne (dochter), 0612345678');
    expect(value('Wat belangrijk is voor deze cliënt')).toBe('Haar tuin.\nDe kleinkinderen.');
    expect(value('Begeleider')).toBe('Maria');
    expect(value('Telefoon')).toBe('Niet ingevuld');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    const overview = await screen.findByRole('tab', { name: 'Overzicht' });
    expect(overview).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Overzicht' })).toBeInTheDocument();

    overview.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Contactlog' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Contactlog' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Contactlog' })).toBeVisible();
    expect(screen.queryByRole('tabpanel', { name: 'Overzicht' })).not.toBeInTheDocument();

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Privacy' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Overzicht' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Privacy' })).toHaveAttribute('aria-selected', 'true');
    // One Tab stop for the list: only the selected tab is in the tab order.
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, -1, -1, -1, -1, 0]);
  });

  it('offers only the allowed next statuses and saves the step with its note', async () => {
    const api = new FakeApi({ workerName: 'Maria' });
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('button', { name: 'Status wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Status wijzigen' });
    expect(within(dialog).getByText('Huidige status: Aangemeld')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Intake', 'Afgesloten']);
    expect(within(dialog).getByRole('radio', { name: 'Intake' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));
    expect(within(dialog).getByText('Kies een nieuwe status.')).toBeInTheDocument();
    expect(api.callsTo('clients.changeStatus')).toEqual([]);

    await user.click(within(dialog).getByRole('radio', { name: 'Intake' }));
    await user.type(within(dialog).getByLabelText('Toelichting (niet verplicht)'), 'Eerste gesprek gepland');
    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('De status is gewijzigd in ‘Intake’.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status wijzigen' })).toHaveFocus();
    expect(api.callsTo('clients.changeStatus')).toEqual([
      { id: anna.id, expectedUpdatedAt: anna.updatedAt, to: 'intake', note: 'Eerste gesprek gepland' },
    ]);
    const history = screen.getByRole('region', { name: 'Statusgeschiedenis' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    const [latest, first] = within(history).getAllByRole('listitem');
    expect(latest).toHaveTextContent('Aangemeld → Intake door Maria');
    expect(latest).toHaveTextContent('Toelichting: Eerste gesprek gepland');
    expect(first).toHaveTextContent('Aangemeld door Maria');
  });

  it('asks why when closing, and shows the reason in the history', async () => {
    const api = new FakeApi({ workerName: 'Maria' });
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'aftercare' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('button', { name: 'Status wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Status wijzigen' });
    expect(within(dialog).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Actief', 'Afgesloten']);
    expect(within(dialog).queryByRole('group', { name: 'Reden van afsluiten' })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Afgesloten' }));
    const reasons = within(dialog).getByRole('group', { name: 'Reden van afsluiten' });
    expect(within(reasons).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Doel bereikt',
      'Verhuisd',
      'Wil geen verdere hulp',
      'Doorverwezen',
      'Overleden',
      'Anders',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));
    expect(within(dialog).getByText('Kies waarom je de begeleiding afsluit.')).toBeInTheDocument();
    expect(within(reasons).getByRole('radio', { name: 'Doel bereikt' })).toHaveFocus();
    expect(api.callsTo('clients.changeStatus')).toEqual([]);

    await user.click(within(reasons).getByRole('radio', { name: 'Doorverwezen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const history = screen.getByRole('region', { name: 'Statusgeschiedenis' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent('Nazorg → Afgesloten door Maria'));
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent('Reden: Doorverwezen');
    expect(screen.getAllByText('Afgesloten', { selector: '.badge' })).toHaveLength(1);
  });

  it('closes the status dialog with Escape and keeps Tab inside it', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('button', { name: 'Status wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'Status wijzigen' });
    for (let i = 0; i < 8; i++) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status wijzigen' })).toHaveFocus();
    expect(api.callsTo('clients.changeStatus')).toEqual([]);
  });

  it('says when the client changed elsewhere and continues on the latest version', async () => {
    const api = new FakeApi();
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}` });

    await user.click(await screen.findByRole('button', { name: 'Status wijzigen' }));
    await api.changeElsewhere(anna.id, { phone: '070 1234567' });
    const dialog = screen.getByRole('dialog', { name: 'Status wijzigen' });
    await user.click(within(dialog).getByRole('radio', { name: 'Intake' }));
    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Deze cliënt is intussen ergens anders gewijzigd.');
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste gegevens laden' }));
    await waitFor(() => expect(screen.getByText('Telefoon', { selector: 'dt' }).nextElementSibling).toHaveTextContent('070 1234567'));

    await user.click(within(dialog).getByRole('button', { name: 'Status opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Intake', { selector: '.badge' })).toBeInTheDocument();
  });
});
