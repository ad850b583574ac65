import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ClientFieldsInput } from '../../../../main/api/api-types';
import { FakeApi, renderApp } from '../render-app';

async function caseloadWith(...clients: ClientFieldsInput[]): Promise<FakeApi> {
  const api = new FakeApi();
  for (const client of clients) await api.addClient(client);
  return api;
}

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Cliënten in je caseload' });
}

/** The names in the rows on screen, in order ("de Boer, Anna"). */
function rowNames(): string[] {
  return within(grid())
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('caseload list', () => {
  it('shows name, status, age group, worker, last contact, next action and flags in columns', async () => {
    const api = await caseloadWith({
      givenName: 'Anna',
      familyName: 'de Boer',
      preferredName: 'Annie',
      status: 'active',
      ageGroup: 'older_adult',
      assignedWorker: 'Sanne',
      flags: ['recent_loss'],
    });
    renderApp({ api, hash: '#/caseload' });

    const row = await screen.findByRole('row', { name: /de Boer, Anna/ });
    expect(within(row).getByRole('link', { name: 'de Boer, Anna' })).toHaveAttribute('href', expect.stringMatching(/^#\/clients\//));
    for (const text of ['Roepnaam: Annie', 'Actief', 'Oudere', 'Sanne', 'Nog geen contact', 'Recent verlies']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    const headers = within(grid()).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Naam▲', 'Status', 'Leeftijd', 'Begeleider', 'Laatste contact', 'Volgende actie', 'Aandachtspunten']);
    expect(screen.getByRole('status')).toHaveTextContent('1 cliënt');
  });

  it('finds clients by phone number and by e-mail address as the worker types', async () => {
    const { user } = renderApp({
      api: await caseloadWith(
        { givenName: 'Anna', familyName: 'de Boer', phone: '06-12 34 56 78', email: 'anna@voorbeeld.nl' },
        { givenName: 'Kees', familyName: 'Bakker', phone: '020 765 4321', email: 'kees.bakker@example.org' },
        { givenName: 'Zoë', familyName: 'Jansen' },
      ),
      hash: '#/caseload',
    });
    await screen.findByRole('grid');
    const search = screen.getByLabelText('Zoeken');

    await user.type(search, '0612 345');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna']));
    expect(screen.getByRole('status')).toHaveTextContent('1 cliënt gevonden');

    await user.clear(search);
    await user.type(search, 'example.org');
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees']));

    await user.clear(search);
    await user.type(search, 'zoe');
    await waitFor(() => expect(rowNames()).toEqual(['Jansen, Zoë']));
  });

  it('keeps the last results on screen while typing and ignores an answer that arrives late', async () => {
    const api = await caseloadWith({ givenName: 'Anna', familyName: 'de Boer' }, { givenName: 'Kees', familyName: 'Bakker' });
    // The first search answers slowly; the second one overtakes it.
    const invoke = api.invoke.bind(api);
    let releaseSlow: (() => void) | undefined;
    vi.spyOn(api, 'invoke').mockImplementation(async (name, input) => {
      if (name === 'clients.list' && (input as { query?: string }).query === 'boer') {
        await new Promise<void>((resolve) => (releaseSlow = resolve));
      }
      return invoke(name, input);
    });
    const { user } = renderApp({ api, hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.type(screen.getByLabelText('Zoeken'), 'boer');
    await waitFor(() => expect(releaseSlow).toBeDefined());
    expect(rowNames()).toEqual(['Bakker, Kees', 'de Boer, Anna']);
    expect(grid()).toHaveAttribute('aria-busy', 'true');

    await user.clear(screen.getByLabelText('Zoeken'));
    await user.type(screen.getByLabelText('Zoeken'), 'bakker');
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees']));
    await act(async () => releaseSlow?.());
    expect(rowNames()).toEqual(['Bakker, Kees']);
  });

  it('filters by status, by any flag or one flag, by age group and by worker (or nobody)', async () => {
    const { user } = renderApp({
      api: await caseloadWith(
        { givenName: 'Anna', familyName: 'de Boer', status: 'active', ageGroup: 'older_adult', assignedWorker: 'Sanne', flags: ['recent_loss'] },
        { givenName: 'Kees', familyName: 'Bakker', status: 'intake', ageGroup: 'adult', assignedWorker: 'Joost', flags: ['safety_concern'] },
        { givenName: 'Zoë', familyName: 'Jansen', status: 'active', ageGroup: 'student' },
      ),
      hash: '#/caseload',
    });
    await screen.findByRole('grid');

    await user.selectOptions(screen.getByLabelText('Status'), 'Actief');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna', 'Jansen, Zoë']));
    await user.selectOptions(screen.getByLabelText('Status'), 'Alle statussen');

    await user.selectOptions(screen.getByLabelText('Aandachtspunt'), 'Met een aandachtspunt');
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees', 'de Boer, Anna']));
    await user.selectOptions(screen.getByLabelText('Aandachtspunt'), 'Zorgen over veiligheid');
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees']));
    await user.selectOptions(screen.getByLabelText('Aandachtspunt'), 'Alle cliënten');

    await user.selectOptions(screen.getByLabelText('Leeftijdsgroep'), 'Student');
    await waitFor(() => expect(rowNames()).toEqual(['Jansen, Zoë']));
    await user.selectOptions(screen.getByLabelText('Leeftijdsgroep'), 'Alle leeftijden');

    const workers = screen.getByLabelText('Begeleider');
    await waitFor(() =>
      expect(within(workers).getAllByRole('option').map((option) => option.textContent)).toEqual([
        'Alle begeleiders',
        'Niet toegewezen',
        'Joost',
        'Sanne',
      ]),
    );
    await user.selectOptions(workers, 'Sanne');
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna']));
    await user.selectOptions(workers, 'Niet toegewezen');
    await waitFor(() => expect(rowNames()).toEqual(['Jansen, Zoë']));

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(screen.getByLabelText('Zoeken')).toHaveFocus();
  });

  it('says when nothing matches and clears search and filters in one go', async () => {
    const { user } = renderApp({ api: await caseloadWith({ givenName: 'Kees', familyName: 'Bakker', status: 'active' }), hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.selectOptions(screen.getByLabelText('Status'), 'Afgesloten');
    expect(await screen.findByRole('heading', { name: 'Geen cliënten gevonden' })).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen cliënten die bij deze filters passen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zoekopdracht en filters wissen' }));
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees']));
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('sorts by clicking a column header, and says how in aria-sort', async () => {
    const api = await caseloadWith(
      { givenName: 'Anna', familyName: 'de Boer', status: 'aftercare' },
      { givenName: 'Kees', familyName: 'Bakker', status: 'intake' },
      { givenName: 'Zoë', familyName: 'Jansen', status: 'active' },
    );
    const list = await api.direct('clients.list', {});
    const anna = list.find((client) => client.givenName === 'Anna');
    const kees = list.find((client) => client.givenName === 'Kees');
    // Bakker was seen last week, de Boer in January; Jansen never.
    await api.direct('contacts.create', { clientId: kees!.id, fields: { at: '2025-02-24T10:00:00.000Z', type: 'phone', summary: '' } });
    await api.direct('contacts.create', { clientId: anna!.id, fields: { at: '2025-01-10T10:00:00.000Z', type: 'home_visit', summary: '' } });
    const { user } = renderApp({ api, hash: '#/caseload' });
    await screen.findByRole('grid');
    const header = (name: string) => within(grid()).getByRole('columnheader', { name: new RegExp(`^${name}`) });

    expect(header('Naam')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Bakker, Kees', 'de Boer, Anna', 'Jansen, Zoë']);

    await user.click(within(header('Naam')).getByRole('button'));
    await waitFor(() => expect(header('Naam')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(rowNames()).toEqual(['Jansen, Zoë', 'de Boer, Anna', 'Bakker, Kees']));

    await user.click(within(header('Status')).getByRole('button', { name: 'Status' }));
    expect(header('Status')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Naam')).not.toHaveAttribute('aria-sort');
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees', 'Jansen, Zoë', 'de Boer, Anna']));

    await user.click(within(header('Laatste contact')).getByRole('button'));
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna', 'Bakker, Kees', 'Jansen, Zoë']));
    await user.click(within(header('Laatste contact')).getByRole('button'));
    expect(header('Laatste contact')).toHaveAttribute('aria-sort', 'descending');
    // Never contacted stays last in both directions.
    await waitFor(() => expect(rowNames()).toEqual(['Bakker, Kees', 'de Boer, Anna', 'Jansen, Zoë']));
    expect(api.callsTo('clients.list').at(-1)).toMatchObject({ sort: 'lastContact', descending: true });
  });

  it('marks a next action in the past in words and in bold', async () => {
    const api = await caseloadWith({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
    const [anna] = await api.direct('clients.list', {});
    await api.direct('contacts.create', {
      clientId: anna!.id,
      fields: { at: '2025-02-01T10:00:00.000Z', type: 'phone', summary: '', agreements: [{ text: 'Huisarts bellen', owner: 'worker', due: '2025-02-10' }] },
    });
    renderApp({ api, hash: '#/caseload' });

    const row = await screen.findByRole('row', { name: /de Boer, Anna/ });
    const late = within(row).getByText('te laat');
    expect(late.closest('[role="gridcell"]')?.querySelector('strong')).toHaveTextContent('10 feb 2025');
  });
});
