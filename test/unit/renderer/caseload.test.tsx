import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from './render-app';

function caseloadWith(...clients: Array<Parameters<FakeApi['addClient']>[0]>): FakeApi {
  const api = new FakeApi();
  for (const client of clients) api.addClient(client);
  return api;
}

function rowNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('caseload', () => {
  it('invites the worker to add a first client when the caseload is empty', async () => {
    renderApp();

    expect(await screen.findByRole('heading', { name: 'Nog geen cliënten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Eerste cliënt toevoegen' })).toHaveAttribute('href', '#/clients/new');
    expect(screen.getByRole('link', { name: 'Nieuwe cliënt' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists clients by family name with their date of birth in Dutch and their status', async () => {
    renderApp({
      api: caseloadWith(
        { givenName: 'Piet', familyName: 'Visser', status: 'active' },
        { givenName: 'Anna', familyName: 'de Boer', dateOfBirth: '1950-05-03', status: 'intake' },
      ),
    });

    await screen.findByRole('table');
    expect(rowNames()).toEqual(['de Boer', 'Visser']);
    const anna = screen.getByRole('row', { name: /de Boer/ });
    expect(within(anna).getByText('3 mei 1950')).toBeInTheDocument();
    expect(within(anna).getByText('Intake')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 cliënten');
  });

  it('narrows the list as the worker types a name, and says when nothing matches', async () => {
    const { user } = renderApp({
      api: caseloadWith(
        { givenName: 'Zoë', familyName: 'Jansen' },
        { givenName: 'Kees', familyName: 'Bakker' },
        { givenName: 'Fatima', familyName: 'El Amrani' },
      ),
    });
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('Zoeken op naam'), 'zoe');
    await waitFor(() => expect(rowNames()).toEqual(['Jansen']));

    await user.type(screen.getByLabelText('Zoeken op naam'), 'x');
    expect(await screen.findByRole('heading', { name: 'Geen cliënten gevonden' })).toBeInTheDocument();
    expect(screen.getByText('Er is geen cliënt gevonden bij ‘zoex’.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zoekopdracht wissen' }));
    await waitFor(() => expect(rowNames()).toEqual(['Bakker', 'El Amrani', 'Jansen']));
    expect(screen.getByLabelText('Zoeken op naam')).toHaveValue('');
    expect(screen.getByLabelText('Zoeken op naam')).toHaveFocus();
  });

  it('waits until typing pauses before searching', async () => {
    const api = caseloadWith({ givenName: 'Kees', familyName: 'Bakker' });
    const { user } = renderApp({ api });
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('Zoeken op naam'), 'bakker');
    await waitFor(() => expect(api.callsTo('clients.list').at(-1)).toEqual({ query: 'bakker' }));
    expect(api.callsTo('clients.list').length).toBeLessThan(4);
  });

  it('filters by status', async () => {
    const { user } = renderApp({
      api: caseloadWith(
        { givenName: 'Piet', familyName: 'Visser', status: 'active' },
        { givenName: 'Anna', familyName: 'de Boer', status: 'aftercare' },
      ),
    });
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Status'), 'Nazorg');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer']));

    await user.selectOptions(screen.getByLabelText('Status'), 'Afgesloten');
    expect(await screen.findByText('Er zijn geen cliënten met de status ‘Afgesloten’.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Alle statussen');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer', 'Visser']));
  });

  it('shows a name that looks like HTML as plain text', async () => {
    renderApp({ api: caseloadWith({ givenName: 'Eva', familyName: '<img src=x onerror=alert(1)>' }) });

    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens a client from the list', async () => {
    const { user } = renderApp({ api: caseloadWith({ givenName: 'Anna', familyName: 'de Boer' }) });

    await user.click(await screen.findByRole('link', { name: 'Anna de Boer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/clients\/[0-9a-f-]+$/);
  });

  it('opens a client with the keyboard (Tab to the row link, Enter)', async () => {
    const { user } = renderApp({ api: caseloadWith({ givenName: 'Anna', familyName: 'de Boer' }) });
    const link = await screen.findByRole('link', { name: 'Anna de Boer' });

    link.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
  });

  it('opens the new-client form with Ctrl+N', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { name: 'Caseload' });

    await user.keyboard('{Control>}n{/Control}');

    expect(await screen.findByRole('heading', { name: 'Nieuwe cliënt' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/clients/new');
  });

  it('explains a failed load in the worker’s language and can try again', async () => {
    const api = new FakeApi().failWith('clients.list', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api });

    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis in Verbind. Probeer het nog een keer.');

    api.succeed('clients.list');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Nog geen cliënten' })).toBeInTheDocument();
  });
});
