import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 3, 10, 5));
});
afterEach(() => {
  vi.useRealTimers();
});

async function scene() {
  const api = new FakeApi();
  const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
  const run = await api.direct('programme.start', {
    clientId: zoe.id,
    templateId: 'verbind-8-weeks',
    firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString(),
  });
  return { api, zoe, run };
}

async function record(api: FakeApi, clientId: string, session: number) {
  const view = await api.direct('programme.view', { clientId });
  return view.run?.sessions.find((candidate) => candidate.number === session);
}

const saveWait = { timeout: 3000 };

describe('the session view', () => {
  it('opens from the session list and shows the guide for the conversation', async () => {
    const { api, zoe } = await scene();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme` });

    await user.click(await screen.findByRole('link', { name: 'Bijeenkomst 1 openen: Kennismaken en rustig ademen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst 1: Kennismaken en rustig ademen' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/clients/${zoe.id}/programme/1`);
    expect(screen.getByRole('heading', { name: 'Doel' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Gespreksvragen' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Gespreksvragen' })).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    const exercises = screen.getByRole('region', { name: 'Oefeningen' });
    expect(within(exercises).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(exercises).getAllByText(/\d+ minuten?/).length).toBe(3);
    expect(screen.getByText('Wat je invult, wordt vanzelf opgeslagen.')).toBeInTheDocument();
    // Calm phase: no contact step asked yet.
    expect(screen.queryByLabelText('Concrete contactstap afgesproken (wie, wat, wanneer)')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar het programma van Zoë de Vries' })).toHaveAttribute('href', `#/clients/${zoe.id}/programme`);
  });

  it('saves stress, exercises, attendance and notes as the worker goes, and says when', async () => {
    const { api, zoe } = await scene();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });

    const before = screen.getByRole('group', { name: 'Spanning bij het begin' });
    expect(within(before).getByRole('radio', { name: '0 helemaal rustig' })).toBeInTheDocument();
    expect(within(before).getByRole('radio', { name: '10 extreem gespannen' })).toBeInTheDocument();
    await user.click(within(before).getByRole('radio', { name: '8' }));
    expect(within(before).getByText(/^8 is hoog: dat ligt op of boven de grens van 5/)).toBeInTheDocument();

    const exercises = within(screen.getByRole('region', { name: 'Oefeningen' })).getAllByRole('checkbox');
    expect(exercises[0]).toHaveAccessibleName(/^Gedaan: /);
    await user.click(exercises[0]!);
    await user.click(within(screen.getByRole('group', { name: 'Aanwezigheid' })).getByRole('radio', { name: 'Aanwezig' }));
    const notes = 'Voelt zich onrustig.\n  Ademhaling hielp.  ';
    await user.type(screen.getByLabelText('Aantekeningen'), notes);

    expect(screen.getByText('Opslaan…')).toBeInTheDocument();
    await waitFor(async () => expect((await record(api, zoe.id, 1))?.notes).toBe(notes), saveWait);
    const saved = await record(api, zoe.id, 1);
    expect(saved).toMatchObject({ stressBefore: 8, attendance: 'attended', doneExercises: ['s1-stress-thermometer'] });
    expect(await screen.findByText('Opgeslagen om 10:05')).toBeInTheDocument();
    expect(screen.getByText('Opgeslagen om 10:05')).toHaveAttribute('role', 'status');
  });

  it('sends a change still waiting when the view closes, and on pagehide', async () => {
    const { api, zoe } = await scene();
    const { user, unmount } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });

    await user.type(screen.getByLabelText('Afgesproken huiswerk'), 'Twee keer per dag ademen');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await record(api, zoe.id, 1))?.homework).toBe('Twee keer per dag ademen'), saveWait);

    await user.type(screen.getByLabelText('Aantekeningen'), 'Laatste zin');
    unmount();
    await waitFor(async () => expect((await record(api, zoe.id, 1))?.notes).toBe('Laatste zin'), saveWait);
    // Sent once on leaving, not again by the debounce afterwards.
    const saves = api.callsTo('programme.saveSession').filter((call) => call.fields.notes === 'Laatste zin');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(api.callsTo('programme.saveSession').filter((call) => call.fields.notes === 'Laatste zin')).toHaveLength(saves.length);
  });

  it('shows the change just made when the worker goes back to the Programma tab at once', async () => {
    const { api, zoe } = await scene();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });

    await user.click(within(screen.getByRole('group', { name: 'Aanwezigheid' })).getByRole('radio', { name: 'Aanwezig' }));
    await user.click(screen.getByRole('link', { name: 'Terug naar het programma van Zoë de Vries' }));

    const table = await screen.findByRole('table', { name: 'Bijeenkomsten' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Aanwezig'));
    expect(screen.getByText('Huidige fase').closest('li')).toHaveTextContent('1 van 3 bijeenkomsten gedaan');
  });

  it('saves on leaving the notes field without waiting', async () => {
    const { api, zoe } = await scene();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });
    await user.type(screen.getByLabelText('Aantekeningen'), 'Kort');
    await user.tab();
    await waitFor(() => expect(api.callsTo('programme.saveSession').at(-1)?.fields.notes).toBe('Kort'), { timeout: 300 });
  });

  it('keeps the typed text when a save fails, says so, and saves it on the next try', async () => {
    const { api, zoe } = await scene();
    api.failWith('programme.saveSession', { code: 'store_unavailable', messageKey: 'errors:storeUnavailable' });
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });

    await user.type(screen.getByLabelText('Aantekeningen'), 'Belangrijk');
    await user.tab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je tekst staat er nog.');
    expect(screen.getByText('Niet opgeslagen')).toBeInTheDocument();
    expect(screen.getByLabelText('Aantekeningen')).toHaveValue('Belangrijk');

    api.succeed('programme.saveSession');
    await user.click(within(alert).getByRole('button', { name: 'Nu opnieuw opslaan' }));
    await waitFor(async () => expect((await record(api, zoe.id, 1))?.notes).toBe('Belangrijk'), saveWait);
    expect(await screen.findByText(/^Opgeslagen om/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a concrete contact step in the connect phase and clears a stress score', async () => {
    const { api, zoe } = await scene();
    const { user } = renderApp({ api, hash: `#/clients/${zoe.id}/programme/7` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 7/ });

    await user.click(screen.getByLabelText('Concrete contactstap afgesproken (wie, wat, wanneer)'));
    const after = screen.getByRole('group', { name: 'Spanning aan het eind' });
    await user.click(within(after).getByRole('radio', { name: '3' }));
    await waitFor(async () => expect(await record(api, zoe.id, 7)).toMatchObject({ contactStepPlanned: true, stressAfter: 3 }), saveWait);

    await user.click(within(after).getByRole('button', { name: 'Spanning aan het eind wissen' }));
    await waitFor(async () => expect((await record(api, zoe.id, 7))?.stressAfter).toBeUndefined(), saveWait);
    expect(within(after).getByRole('radio', { name: '3' })).not.toBeChecked();
  });
});
