import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from './render-app';

describe('new client form', () => {
  it('has a labelled field for everything, in Dutch', async () => {
    renderApp({ hash: '#/clients/new' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe cliënt' })).toBeInTheDocument();
    for (const label of ['Voornaam', 'Achternaam', 'Geboortedatum', 'Telefoon', 'E-mail', 'Adres', 'Status']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Voornaam')).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText('Geboortedatum')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Status')).toHaveValue('registered');
  });

  it('asks for both names before sending anything', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await screen.findByLabelText('Voornaam');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = screen.getByRole('alert', { name: 'Controleer 2 velden' });
    expect(within(summary).getByRole('link', { name: 'Voornaam: Vul de voornaam in.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Voornaam')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Voornaam')).toHaveAccessibleDescription('Vul de voornaam in.');
    expect(screen.getByLabelText('Achternaam')).toHaveAccessibleDescription('Vul de achternaam in.');
    expect(screen.getByLabelText('Voornaam')).toHaveFocus();
    expect(api.callsTo('clients.create')).toEqual([]);
  });

  it('shows a problem the main process found next to its field', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await user.type(await screen.findByLabelText('Voornaam'), 'Anna');
    await user.type(screen.getByLabelText('Achternaam'), 'de Boer');
    await user.type(screen.getByLabelText('E-mail'), 'anna@');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Voornaam')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('alert', { name: 'Controleer 1 veld' })).toBeInTheDocument();
    expect(await api.direct('clients.list', {})).toEqual([]);
  });

  it('saves a new client without the empty optional fields and opens the client page', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await user.type(await screen.findByLabelText('Voornaam'), '  Anna ');
    await user.type(screen.getByLabelText('Achternaam'), 'de Boer');
    await user.type(screen.getByLabelText('Geboortedatum'), '1950-05-03');
    await user.selectOptions(screen.getByLabelText('Status'), 'Intake');

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(api.callsTo('clients.create')).toEqual([
      // The age group follows from the date of birth unless the worker chooses otherwise.
      { givenName: 'Anna', familyName: 'de Boer', dateOfBirth: '1950-05-03', ageGroup: 'older_adult', status: 'intake' },
    ]);
    const [saved] = await api.direct('clients.list', {});
    expect(window.location.hash).toBe(`#/clients/${saved?.id ?? ''}`);
  });

  it('asks before throwing away typed changes; Escape keeps editing', async () => {
    const { api, user } = renderApp({ hash: '#/clients/new' });
    await user.type(await screen.findByLabelText('Voornaam'), 'Anna');

    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Wijzigingen weggooien?' });
    expect(within(dialog).getByRole('button', { name: 'Verder bewerken' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Voornaam')).toHaveValue('Anna');
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await user.click(screen.getByRole('button', { name: 'Weggooien' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(api.callsTo('clients.create')).toEqual([]);
  });

  it('leaves at once when nothing was changed', async () => {
    const { user } = renderApp({ hash: '#/clients/new' });

    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('edit client form', () => {
  async function withAnna() {
    const api = new FakeApi();
    const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', phone: '06 12345678', status: 'active' });
    return { api, anna };
  }

  it('starts from the stored client and saves the change with the version it was opened at', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/edit` });

    expect(await screen.findByLabelText('Telefoon')).toHaveValue('06 12345678');
    expect(screen.getByRole('heading', { level: 1, name: 'Cliënt bewerken' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Telefoon'));
    await user.type(screen.getByLabelText('Adres'), 'Dorpsstraat 1{Enter}1234 AB Ergens');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(api.callsTo('clients.update')).toEqual([
      {
        id: anna.id,
        expectedUpdatedAt: anna.updatedAt,
        // The status is not part of an edit: it changes through "Status wijzigen".
        fields: { givenName: 'Anna', familyName: 'de Boer', address: 'Dorpsstraat 1\n1234 AB Ergens' },
      },
    ]);
    expect(screen.getByText('Telefoon', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Niet ingevuld');
    expect(screen.getByText('Adres', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Dorpsstraat 1 1234 AB Ergens');
  });

  it('says when the client was changed elsewhere and reloads the latest version on request', async () => {
    const { api, anna } = await withAnna();
    const { user } = renderApp({ api, hash: `#/clients/${anna.id}/edit` });
    await user.type(await screen.findByLabelText('Telefoon'), '9');
    await api.changeElsewhere(anna.id, { phone: '070 1234567' });

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Intussen ergens anders gewijzigd');
    expect(alert).toHaveTextContent('Deze cliënt is intussen ergens anders gewijzigd.');
    await user.click(within(alert).getByRole('button', { name: 'Nieuwste gegevens laden' }));

    await waitFor(() => expect(screen.getByLabelText('Telefoon')).toHaveValue('070 1234567'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the client does not exist', async () => {
    renderApp({ hash: '#/clients/00000000-0000-4000-8000-000000000999/edit' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cliënt niet gevonden' })).toBeInTheDocument();
  });
});
