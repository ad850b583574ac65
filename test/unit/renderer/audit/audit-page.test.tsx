import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, CallInput, CallName, CallOutput } from '../../../../main/api/api-types';
import { AuditTable } from '../../../../renderer/audit/audit-table';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { FakeApi, renderApp } from '../render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

async function caseload() {
  const api = new FakeApi({ workerName: 'Maria' });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
  await api.direct('clients.get', { id: anna.id });
  return { api, anna, kees };
}

const rows = () => within(screen.getByRole('table', { name: 'Regels in de auditlog, nieuwste eerst' })).getAllByTestId('audit-row');

/** The real core, but the chain check reports an edit: what the worker sees after tampering. */
class TamperedLogApi extends FakeApi {
  override async invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
    const result = await super.invoke(name, input);
    if (name !== 'audit.list' || !result.ok) return result;
    const page = result.value as CallOutput<'audit.list'>;
    const broken = { ...page, chain: { ok: false as const, count: page.chain.count, skippedLines: 0, broken: { seq: 2, line: 2, reason: 'edited' as const } } };
    return { ok: true, value: broken as CallOutput<N> };
  }
}

describe('the audit log page', () => {
  it('shows the chain as intact, then who did what to which client, newest first', async () => {
    const { api } = await caseload();
    renderApp({ api, hash: '#/audit' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Auditlog' })).toBeInTheDocument();
    expect(await screen.findByTestId('chain-status')).toHaveTextContent('De auditlog is intact: 3 regels gecontroleerd');
    expect(screen.getByTestId('chain-status')).toHaveTextContent('Systeem: Verbind 0.1.0-test');
    const [newest, , oldest] = rows() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(newest).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Maria', 'Bekeken', 'Dossier', 'Anna de Boer']);
    expect(within(oldest).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Maria', 'Aangemaakt', 'Dossier', 'Anna de Boer']);
    expect(within(oldest).getByRole('rowheader')).toHaveTextContent('Regel 1');
    expect(screen.getByText('Regel 1–3 van 3')).toBeInTheDocument();
  });

  it('warns plainly when the chain is broken, naming the line and what it means', async () => {
    const api = new TamperedLogApi();
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
    renderApp({ api, hash: '#/audit' });

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Let op: de auditlog is niet meer intact');
    expect(warning).toHaveTextContent('Het gaat mis bij regel 2 (regel 2 van het bestand): deze regel (of de regel ervoor) is achteraf veranderd.');
    expect(warning).toHaveTextContent('maak een export');
  });

  it('narrows to one client and one action, with a clear message when nothing matches', async () => {
    const { api, kees } = await caseload();
    const { user } = renderApp({ api, hash: '#/audit' });
    await screen.findByTestId('chain-status');

    await user.selectOptions(screen.getByLabelText('Cliënt'), 'Bakker, Kees');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).getByText('Kees Bakker')).toBeInTheDocument();
    expect(api.callsTo('audit.list').at(-1)).toMatchObject({ clientId: kees.id, offset: 0 });

    await user.selectOptions(screen.getByLabelText('Handeling'), 'Gewist');
    expect(await screen.findByText('Geen regels die passen bij deze filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(rows().length).toBeGreaterThanOrEqual(3));
  });

  it('says a period that ends before it starts is a mistake and does not send it', async () => {
    const { api } = await caseload();
    const { user } = renderApp({ api, hash: '#/audit' });
    await screen.findByTestId('chain-status');
    await user.type(screen.getByLabelText('Van'), '2025-03-10');
    await user.type(screen.getByLabelText('Tot en met'), '2025-03-01');
    expect(await screen.findByText('De einddatum ligt voor de begindatum.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tot en met')).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('audit.list').every((input) => input.to === undefined || input.from === undefined || input.from <= input.to)).toBe(true);
    expect(screen.getByRole('button', { name: 'Exporteren als CSV (Excel)' })).toBeDisabled();
  });

  it('pages through a long log by keyboard and continues reading at the table', async () => {
    const api = new FakeApi();
    for (let i = 0; i < 55; i++) await api.addClient({ givenName: `Cliënt`, familyName: `Nummer ${i + 1}`, status: 'active' });
    const { user } = renderApp({ api, hash: '#/audit' });
    await screen.findByTestId('chain-status');
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.getByText('Regel 1–50 van 55')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();

    screen.getByRole('button', { name: 'Volgende' }).focus();
    await user.keyboard('{Enter}');
    // Looking at the first page was logged too: one line more.
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(screen.getByText('Regel 51–56 van 56')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'Regels in de auditlog, nieuwste eerst' })).toHaveFocus();
  });

  it('exports the log as a CSV download and the export itself is logged', async () => {
    const { api } = await caseload();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:verbind/audit');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp({ api, hash: '#/audit' });
    await screen.findByTestId('chain-status');

    await user.click(screen.getByRole('button', { name: 'Exporteren als CSV (Excel)' }));

    expect(await screen.findByText(/^verbind-auditlog-\d{4}-\d{2}-\d{2}\.csv is opgeslagen\.$/)).toBeInTheDocument();
    expect(clicked).toHaveLength(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const text = await blob?.text();
    expect(text).toContain('De auditlog is intact');
    expect(text).toContain('Anna de Boer');
    const log = await api.direct('audit.list', { action: 'export', entity: 'audit', offset: 0, limit: 10 });
    expect(log.records).toHaveLength(1);
  });
});

describe('the audit table', () => {
  it('names an erased client as erased, and shows a dash where no client is involved', () => {
    const base = { actor: 'Maria', prev: '0'.repeat(64), hash: 'a'.repeat(64), at: '2025-03-01T10:00:00.000Z' };
    render(
      <I18nextProvider i18n={createI18n()}>
        <p id="caption">Log</p>
        <AuditTable
          captionId="caption"
          busy={false}
          rows={[
            { ...base, seq: 2, action: 'erase', entity: 'client', clientId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d', client: { state: 'erased' } },
            { ...base, seq: 1, action: 'export', entity: 'caseload', detail: 'clients:12' },
          ]}
        />
      </I18nextProvider>,
    );
    const [erased, caseloadExport] = screen.getAllByTestId('audit-row') as [HTMLElement, HTMLElement];
    expect(within(erased).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Maria', 'Gewist', 'Dossier', 'Verwijderde cliënt']);
    expect(within(caseloadExport).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Maria', 'Geëxporteerd', 'Caseloadclients:12', '—']);
  });
});
