import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

function rowNames(): string[] {
  return within(screen.getByRole('grid'))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

async function caseload(): Promise<FakeApi> {
  const api = new FakeApi();
  await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active', assignedWorker: 'Sanne' });
  await api.addClient({ givenName: 'Anton', familyName: 'Bakker', status: 'active' });
  await api.addClient({ givenName: 'Kees', familyName: 'Visser', status: 'intake' });
  return api;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the caseload as the worker left it', () => {
  it('keeps search, filters and sort after a visit to a client', async () => {
    const { user } = renderApp({ api: await caseload(), hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.type(screen.getByLabelText('Zoeken'), 'an');
    await user.selectOptions(screen.getByLabelText('Status'), 'Actief');
    await user.click(within(screen.getByRole('columnheader', { name: /^Naam/ })).getByRole('button'));
    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna', 'Bakker, Anton']));

    await user.click(screen.getByRole('link', { name: 'de Boer, Anna' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/clients\//));
    await user.click(screen.getByRole('link', { name: 'Caseload' }));

    await waitFor(() => expect(rowNames()).toEqual(['de Boer, Anna', 'Bakker, Anton']));
    expect(screen.getByLabelText('Zoeken')).toHaveValue('an');
    expect(screen.getByLabelText('Status')).toHaveValue('active');
    expect(screen.getByRole('columnheader', { name: /^Naam/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('exports the list as filtered, in its order, as a CSV download', async () => {
    const api = await caseload();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp({ api, hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.selectOptions(screen.getByLabelText('Status'), 'Actief');
    await user.click(await screen.findByRole('button', { name: '2 cliënten exporteren' }));

    await screen.findByText(/2 cliënten geëxporteerd naar verbind-caseload-/);
    const ids = api.callsTo('transfer.exportCsv')[0]?.ids ?? [];
    const list = await api.direct('clients.list', { status: 'active' });
    expect(ids).toEqual(list.map((client) => client.id));
    expect(api.callsTo('transfer.exportCsv')[0]?.language).toBe('nl');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/^verbind-caseload-\d{4}-\d{2}-\d{2}\.csv$/);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toContain('Bakker');
  });

  it('says so when the export fails, and nothing is downloaded', async () => {
    const api = (await caseload()).failWith('transfer.exportCsv', { code: 'internal', messageKey: 'errors:internal' });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp({ api, hash: '#/caseload' });
    await screen.findByRole('grid');

    await user.click(screen.getByRole('button', { name: 'Exporteren' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis in Verbind. Probeer het nog een keer.');
    expect(click).not.toHaveBeenCalled();
  });
});
