import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

// Saturday 1 March 2025, the fake core's first day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const defaultTemplate = 'verbind-8-weeks';
const local = (day: number, hour: number) => new Date(2025, 2, day, hour, 0);

async function withProgramme(api = new FakeApi()) {
  const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
  const run = await api.direct('programme.start', { clientId: zoe.id, templateId: defaultTemplate, firstSessionAt: local(3, 10).toISOString() });
  return { api, zoe, run };
}

describe('the Programma tab', () => {
  it('explains the phases and starts the default programme with weekly sessions', async () => {
    const api = new FakeApi();
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}` });

    await user.click(await screen.findByRole('tab', { name: 'Programma' }));
    expect(await screen.findByRole('heading', { name: 'Nog geen programma' })).toBeInTheDocument();
    expect(screen.getByText(/eerst tot rust komen, dan relatievaardigheden, dan verbinden en volhouden/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Programma starten' }));

    const form = await screen.findByRole('form', { name: 'Programma starten' });
    const template = within(form).getByLabelText('Programma');
    await waitFor(() => expect(template).toHaveDisplayValue('Verbind 8 weken: rust, relaties, verbinden'));
    fireEvent.change(within(form).getByLabelText('Eerste bijeenkomst'), { target: { value: '2025-03-03T10:00' } });
    await user.click(within(form).getByRole('button', { name: 'Starten' }));

    expect(await screen.findByText('Het programma is gestart. De bijeenkomsten staan in je agenda.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Verbind 8 weken: rust, relaties, verbinden' })).toHaveFocus());
    const table = await screen.findByRole('table', { name: 'Bijeenkomsten' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    const planned = rows.map((row) => row.querySelector('time')?.getAttribute('datetime'));
    expect(planned).toEqual(Array.from({ length: 8 }, (_, week) => local(3 + 7 * week, 10).toISOString()));
    expect(within(rows[0]!).getByRole('link', { name: 'Bijeenkomst 1 openen: Kennismaken en rustig ademen' })).toHaveAttribute(
      'href',
      `#/clients/${zoe.id}/programme/1`,
    );
    expect(within(rows[0]!).getByText('Gepland', { exact: false })).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Tot rust komen')).toBeInTheDocument();

    // The phases, the current one said in words.
    const current = screen.getByText('Huidige fase').closest('li');
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveTextContent('Tot rust komen');
    expect(current).toHaveTextContent('0 van 3 bijeenkomsten gedaan');
    expect(screen.getByText('Nog geen spanningsmeting')).toBeInTheDocument();
    // The measurement moments of the programme.
    expect(screen.getByText('Intake').closest('li')).toHaveTextContent('Nu aan de beurt');
    expect(screen.getByText('Vervolgmeting').closest('li')).toHaveTextContent('Gepland');
  });

  it('speaks English', async () => {
    const { zoe, api } = await withProgramme(new FakeApi({ language: 'en' }));
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme` });
    expect(await screen.findByRole('tab', { name: 'Programme', selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Sessions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open session 1: Getting to know each other and breathing calmly' })).toBeInTheDocument();
    expect(screen.getByText('Current phase').closest('li')).toHaveTextContent('Calming down');
    await user.click(screen.getByRole('button', { name: 'Move session 2' }));
    expect(screen.getByRole('dialog', { name: 'Move session 2' })).toBeInTheDocument();
  });

  it('opens directly on the tab from its address', async () => {
    const { api, zoe } = await withProgramme();
    renderApp({ api, hash: `#/clients/${zoe.id}/programme` });
    expect(await screen.findByRole('tab', { name: 'Programma', selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Bijeenkomsten' })).toBeInTheDocument();
  });

  it('shows "calm more first" guidance after the calm phase with stress still high, and the trend in words', async () => {
    const { api, zoe, run } = await withProgramme();
    for (const [session, before] of [
      [1, 8],
      [2, 7],
      [3, 7],
    ] as const) {
      await api.direct('programme.saveSession', { clientId: zoe.id, runId: run.id, session, fields: { attendance: 'attended', stressBefore: before } });
    }
    renderApp({ api, hash: `#/clients/${zoe.id}/programme` });

    const guidance = await screen.findByRole('region', { name: 'Om over na te denken' });
    expect(guidance).toHaveTextContent(
      'De spanning is nog hoog: 7 (grens 5). Neem eerst meer tijd voor rust en ontspanning voordat je begint aan de fase ‘Relatievaardigheden’.',
    );
    expect(screen.getByText('Spanning daalt: van 8 naar 7')).toBeInTheDocument();
    const current = screen.getByText('Huidige fase').closest('li');
    expect(current).toHaveTextContent('Relatievaardigheden');
    expect(screen.getByText('Afgerond').closest('li')).toHaveTextContent('3 van 3 bijeenkomsten gedaan');
    const rows = within(screen.getByRole('table', { name: 'Bijeenkomsten' })).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Aanwezig');
    expect(rows[3]).toHaveTextContent('volgende');
  });

  it('moves one session to another day and time', async () => {
    const { api, zoe, run } = await withProgramme();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme` });

    await user.click(await screen.findByRole('button', { name: 'Bijeenkomst 2 verplaatsen' }));
    const dialog = screen.getByRole('dialog', { name: 'Bijeenkomst 2 verplaatsen' });
    const field = within(dialog).getByLabelText('Nieuwe datum en tijd');
    expect(field).toHaveValue('2025-03-10T10:00');
    fireEvent.change(field, { target: { value: '2025-03-12T14:30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    expect(await screen.findByText(/^Bijeenkomst 2 is verplaatst naar/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const view = await api.direct('programme.view', { clientId: zoe.id });
    expect(view.run?.id).toBe(run.id);
    expect(view.run?.sessions[1]?.plannedAt).toBe(new Date(2025, 2, 12, 14, 30).toISOString());
    expect(view.run?.sessions[2]?.plannedAt).toBe(local(17, 10).toISOString());
    await waitFor(() => {
      const row = within(screen.getByRole('table', { name: 'Bijeenkomsten' })).getAllByRole('row')[2];
      expect(row?.querySelector('time')).toHaveAttribute('datetime', new Date(2025, 2, 12, 14, 30).toISOString());
    });
  });

  it('ends the programme, after which a new one can be started', async () => {
    const { api, zoe } = await withProgramme();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme` });

    await user.click(await screen.findByRole('button', { name: 'Programma afronden' }));
    const dialog = screen.getByRole('dialog', { name: 'Programma afronden' });
    await user.click(within(dialog).getByRole('radio', { name: 'Gestopt: het programma is eerder beëindigd' }));
    await user.click(within(dialog).getByRole('button', { name: 'Afronden' }));

    expect(await screen.findByRole('heading', { name: 'Dit programma is gestopt.' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Een nieuw programma starten' })).toHaveFocus());
    expect((await api.direct('programme.view', { clientId: zoe.id })).run?.status).toBe('stopped');
  });
});
