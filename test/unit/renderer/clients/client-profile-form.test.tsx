import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

describe('client profile form', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('groups the fields in named sections and offers the status only for a new client', async () => {
    renderApp({ hash: '#/clients/new' });
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe cliënt' });

    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Persoonsgegevens',
      'Contact',
      'Woonsituatie',
      'Aanmelding',
      'Huisarts',
      'Noodcontact',
      'Aandachtspunten',
      'Risico’s en aandachtspunten',
      'Begeleiding',
    ]);
    const flags = screen.getByRole('group', { name: 'Risico’s en aandachtspunten' });
    expect(within(flags).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Recent verlies',
      'Heeft gedachten over zelfdoding genoemd',
      'Zorgen over veiligheid',
      'Zorgen over gezondheid',
      'Ander aandachtspunt',
    ]);
    expect(within(screen.getByRole('group', { name: 'Begeleiding' })).getByLabelText('Status')).toHaveValue('registered');
  });

  it('suggests the age group from the date of birth, and leaves a chosen one alone', async () => {
    const { user } = renderApp({ hash: '#/clients/new' });
    const ageGroup = await screen.findByLabelText('Leeftijdsgroep');
    expect(ageGroup).toHaveValue('');

    await user.type(screen.getByLabelText('Geboortedatum'), '1950-05-03');
    expect(ageGroup).toHaveValue('older_adult');
    await user.clear(screen.getByLabelText('Geboortedatum'));
    await user.type(screen.getByLabelText('Geboortedatum'), '2010-01-01');
    expect(ageGroup).toHaveValue('young_person');

    // "Student" is the worker's call: a new date does not overrule it, but the suggestion is offered.
    await user.selectOptions(ageGroup, 'Student');
    await user.clear(screen.getByLabelText('Geboortedatum'));
    await user.type(screen.getByLabelText('Geboortedatum'), '2004-09-01');
    expect(ageGroup).toHaveValue('student');
    expect(screen.getByText(/Op basis van de geboortedatum: Volwassene\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Overnemen' }));
    expect(ageGroup).toHaveValue('adult');
    expect(screen.queryByRole('button', { name: 'Overnemen' })).not.toBeInTheDocument();
  });

  it('saves every new field, shows it on the client file and starts the edit form from it', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await user.type(await screen.findByLabelText('Voornaam'), 'Anna');
    await user.type(screen.getByLabelText('Achternaam'), 'de Boer');
    await user.type(screen.getByLabelText('Roepnaam'), 'Ans');
    await user.type(screen.getByLabelText('Voornaamwoorden'), 'zij/haar');
    await user.type(screen.getByLabelText('Geboortedatum'), '1950-05-03');
    await user.type(screen.getByLabelText('Taal'), 'Nederlands, Fries');
    await user.selectOptions(screen.getByLabelText('Huishouden'), 'Woont alleen');
    await user.type(screen.getByLabelText('Woonsituatie'), 'Flat, 3e verdieping{Enter}Geen lift');
    await user.selectOptions(screen.getByLabelText('Aangemeld door'), 'Wijkteam');
    await user.type(screen.getByLabelText('Aangemeld op'), '2025-05-20');
    await user.type(screen.getByLabelText('Naam huisarts'), 'Dr. Jansen');
    await user.type(screen.getByLabelText('Telefoon huisarts'), '020 1234567');
    await user.type(screen.getByLabelText('Naam noodcontact'), 'Sanne');
    await user.type(screen.getByLabelText('Relatie tot de cliënt'), 'dochter');
    await user.click(screen.getByRole('checkbox', { name: 'Recent verlies' }));
    await user.type(screen.getByLabelText('Toelichting bij de aandachtspunten'), 'Man overleden in maart');
    await user.type(screen.getByLabelText('Begeleider'), 'Maria');
    await user.type(screen.getByLabelText('Start begeleiding'), '2025-06-01');
    await user.type(screen.getByLabelText('Wat belangrijk is voor deze cliënt'), 'Haar tuin');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(api.callsTo('clients.create')).toEqual([
      {
        givenName: 'Anna',
        familyName: 'de Boer',
        preferredName: 'Ans',
        pronouns: 'zij/haar',
        dateOfBirth: '1950-05-03',
        ageGroup: 'older_adult',
        language: 'Nederlands, Fries',
        household: 'alone',
        livingSituation: 'Flat, 3e verdieping\nGeen lift',
        referredBy: 'district_team',
        referredOn: '2025-05-20',
        gpName: 'Dr. Jansen',
        gpPhone: '020 1234567',
        emergencyName: 'Sanne',
        emergencyRelation: 'dochter',
        flags: ['recent_loss'],
        flagNote: 'Man overleden in maart',
        assignedWorker: 'Maria',
        startDate: '2025-06-01',
        whatMatters: 'Haar tuin',
        status: 'registered',
      },
    ]);
    expect(within(screen.getByRole('region', { name: 'Let op' })).getByText('Recent verlies')).toBeInTheDocument();
    expect(screen.getByText('Roepnaam: Ans · Voornaamwoorden: zij/haar')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Bewerken' }));
    expect(await screen.findByLabelText('Roepnaam')).toHaveValue('Ans');
    expect(screen.getByLabelText('Woonsituatie')).toHaveValue('Flat, 3e verdieping\nGeen lift');
    expect(screen.getByLabelText('Huishouden')).toHaveValue('alone');
    expect(screen.getByRole('checkbox', { name: 'Recent verlies' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Zorgen over veiligheid' })).not.toBeChecked();
    // An existing client changes status through "Status wijzigen", not here.
    expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Recent verlies' }));
    await user.click(screen.getByRole('checkbox', { name: 'Zorgen over veiligheid' }));
    await user.clear(screen.getByLabelText('Roepnaam'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' });
    const update = api.callsTo('clients.update')[0];
    expect(update?.fields).not.toHaveProperty('status');
    expect(update?.fields).not.toHaveProperty('preferredName');
    expect(update?.fields.flags).toEqual(['safety_concern']);
    const banner = screen.getByRole('region', { name: 'Let op' });
    await waitFor(() => expect(within(banner).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Zorgen over veiligheid']));
    expect(screen.queryByText(/Roepnaam:/)).not.toBeInTheDocument();
  }, 20_000);

  it('shows the main process’s refusal of an end date before the start at the end date', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await user.type(await screen.findByLabelText('Voornaam'), 'Anna');
    await user.type(screen.getByLabelText('Achternaam'), 'de Boer');
    await user.type(screen.getByLabelText('Start begeleiding'), '2025-06-01');
    await user.type(screen.getByLabelText('Einde begeleiding'), '2025-05-01');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const end = screen.getByLabelText('Einde begeleiding');
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'));
    expect(end).toHaveAccessibleDescription('Het einde van de begeleiding kan niet vóór de start liggen.');
    expect(end).toHaveFocus();
    expect(screen.getByRole('alert', { name: 'Controleer 1 veld' })).toHaveTextContent('Einde begeleiding');
    expect(await api.direct('clients.list', {})).toEqual([]);
  });

  it('speaks English when the worker does', async () => {
    renderApp({ api: new FakeApi({ language: 'en' }), hash: '#/clients/new' });

    await screen.findByRole('heading', { level: 1, name: 'New client' });
    for (const label of ['Preferred name', 'Pronouns', 'Age group', 'Household', 'Referred by', 'GP’s name', 'Emergency contact’s phone']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: 'Has mentioned suicidal thoughts' })).toBeInTheDocument();
  });
});
