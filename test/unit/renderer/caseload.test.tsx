import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderApp } from './render-app';

async function caseloadWith(...clients: Array<Parameters<FakeApi['addClient']>[0]>): Promise<FakeApi> {
  const api = new FakeApi();
  for (const client of clients) await api.addClient(client);
  return api;
}

/** The names in the rows on screen, in order, as the list writes them: "de Boer, Anna". */
function rowNames(): string[] {
  const grid = screen.getByRole('grid', { name: 'Cliënten in je caseload' });
  return within(grid)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('caseload', () => {
  it('invites the worker to add a first client when the caseload is empty', async () => {
    renderApp({ hash: '#/caseload' });

    expect(await screen.findByRole('heading', { name: 'Nog geen cliënten' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Eerste cliënt toevoegen' })).toHaveAttribute('href', '#/clients/new');
    expect(screen.getByRole('link', { name: 'Nieuwe cliënt' })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('lists clients by family name with the date of their last contact in Dutch and their status', async () => {
    const api = await caseloadWith(
      { givenName: 'Piet', familyName: 'Visser', status: 'active' },
      { givenName: 'Anna', familyName: 'de Boer', status: 'intake' },
    );
    const anna = (await api.direct('clients.list', {})).find((client) => client.givenName === 'Anna');
    await api.direct('contacts.create', { clientId: anna!.id, fields: { at: '2024-10-03T10:00:00.000Z', type: 'phone', summary: '' } });
    renderApp({ api, hash: '#/caseload' });

    await screen.findByRole('grid');
    expect(rowNames()).toEqual(['de Boer, Anna', 'Visser, Piet']);
    const annaRow = screen.getByRole('row', { name: /de Boer, Anna/ });
    expect(within(annaRow).getByText('3 okt 2024')).toBeInTheDocument();
    expect(within(annaRow).getByText('Intake')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 cliënten');
  });

  it('narrows the list as the worker types a name, and says when nothing matches', async () => {
    const { user } = renderApp({
      api: await caseloadWith(
        { givenName: 'Zoë', familyName: 'Jansen' },
        { givenName: 'Kees', familyName: 'Bakker' },
        { givenName: 'Fatima', familyName: 'El Amrani' },
      ),
      hash: '#/caseload',
    });
    await screen.findByRole('grid');

    await user.type(screen.getByLabelText('Zoeken'), 'zoe');
    await waitFor(() => expect(rowNames()).toEqual(['Jansen, Zoë']));

    await user.type(screen.getByLabelText('Zoeken'), 'x');
    expect(await screen.findByRole('heading', { name: 'Geen cliënten gevonden' })).toBeInTheDocument();
    expect(screen.getByText('Er is geen cliënt gevonden bij ‘zoex’.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zoekopdracht en filters wissen' }));
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees', 'El Amrani, Fatima', 'Jansen, Zoë']));
    expect(screen.getByLabelText('Zoeken')).toHaveValue('');
    expect(screen.getByLabelText('Zoeken')).toHaveFocus();
  });

  it('waits until typing pauses before searching', async () => {
    const api = await caseloadWith({ givenName: 'Kees', familyName: 'Bakker' });
    const { user } = renderApp({ api, hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.type(screen.getByLabelText('Zoeken'), 'bakker');
    await waitFor(() => expect(api.callsTo('clients.list').at(-1)).toEqual({ sort: 'name', descending: false, query: 'bakker' }));
    expect(api.callsTo('clients.list').length).toBeLessThan(4);
  });

  it('filters by status', async () => {
    const { user } = renderApp({
      api: await caseloadWith(
        { givenName: 'Piet', familyName: 'Visser', status: 'active' },
        { givenName: 'Anna', familyName: 'de Boer', status: 'aftercare' },
      ),
      hash: '#/caseload',
    });
    await screen.findByRole('grid');

    await user.selectOptions(screen.getByLabelText('Status'), 'Nazorg');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna']));

    await user.selectOptions(screen.getByLabelText('Status'), 'Afgesloten');
    expect(await screen.findByRole('heading', { name: 'Geen cliënten gevonden' })).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen cliënten die bij deze filters passen.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Alle statussen');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna', 'Visser, Piet']));
  });

  it('shows a name that looks like HTML as plain text', async () => {
    renderApp({ api: await caseloadWith({ givenName: 'Eva', familyName: '<img src=x onerror=alert(1)>' }), hash: '#/caseload' });

    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>, Eva' })).toHaveTextContent('<img src=x onerror=alert(1)>, Eva');
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens a client from the list', async () => {
    const { user } = renderApp({ api: await caseloadWith({ givenName: 'Anna', familyName: 'de Boer' }), hash: '#/caseload' });

    await user.click(await screen.findByRole('link', { name: 'de Boer, Anna' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/clients\/[0-9a-f-]+$/);
  });

  it('opens a client with the keyboard (Tab from the column headers to the row, Enter)', async () => {
    const { user } = renderApp({ api: await caseloadWith({ givenName: 'Anna', familyName: 'de Boer' }), hash: '#/caseload' });
    const row = await screen.findByRole('row', { name: /de Boer, Anna/ });

    // The last sortable column header; the row (not the name link inside it) is the next tab stop.
    screen.getByRole('button', { name: 'Volgende actie' }).focus();
    await user.tab();
    expect(row).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
  });

  it('opens the new-client form with Ctrl+N', async () => {
    const { user } = renderApp({ hash: '#/caseload' });
    await screen.findByRole('heading', { level: 1, name: 'Caseload' });

    await user.keyboard('{Control>}n{/Control}');

    expect(await screen.findByRole('heading', { name: 'Nieuwe cliënt' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/clients/new');
  });

  it('explains a failed load in the worker’s language and can try again', async () => {
    const api = new FakeApi().failWith('clients.list', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api, hash: '#/caseload' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis in Verbind. Probeer het nog een keer.');

    api.succeed('clients.list');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Nog geen cliënten' })).toBeInTheDocument();
  });
});
