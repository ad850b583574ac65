import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

// Saturday 1 March 2025, the fake core's first day too. Its week runs from Monday 24 February.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 2, 1, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const at = (month: number, day: number, hour: number, minute = 0) => new Date(2025, month - 1, day, hour, minute).toISOString();

async function agendaScene(api = new FakeApi()): Promise<FakeApi> {
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', preferredName: 'Annie', status: 'active' });
  const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
  await api.direct('appointments.create', {
    clientId: anna.id,
    fields: { start: at(2, 27, 10), durationMinutes: 60, type: 'home_visit', location: 'Dorpsstraat 1, Zwolle' },
  });
  await api.direct('appointments.create', { clientId: kees.id, fields: { start: at(3, 1, 14, 30), durationMinutes: 45, type: 'office' } });
  await api.direct('contacts.create', {
    clientId: kees.id,
    fields: {
      at: at(2, 20, 9),
      type: 'phone',
      summary: '',
      agreements: [
        { text: 'Formulier WMO invullen', owner: 'client', due: '2025-03-01' },
        { text: 'Huisarts bellen', owner: 'worker', due: '2025-02-25' },
      ],
    },
  });
  return api;
}

function dayHeadings(): string[] {
  return within(screen.getByRole('list', { name: /^Week 9/ }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent ?? '');
}

describe('agenda week', () => {
  it('shows seven days from Monday with each appointment on its day, linked to the client', async () => {
    renderApp({ api: await agendaScene(), hash: '#/agenda' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda' })).toBeInTheDocument();
    expect(screen.getByText('Week 9: 24 feb 2025 tot en met 2 mrt 2025')).toBeInTheDocument();
    await screen.findByText('Dorpsstraat 1, Zwolle', { exact: false });
    expect(dayHeadings()).toEqual([
      'maandag 24 februari',
      'dinsdag 25 februari',
      'woensdag 26 februari',
      'donderdag 27 februari',
      'vrijdag 28 februari',
      'zaterdag 1 maartvandaag',
      'zondag 2 maart',
    ]);

    const thursday = screen.getByRole('heading', { name: 'donderdag 27 februari' }).closest('li') as HTMLElement;
    expect(within(thursday).getByText('10:00')).toBeInTheDocument();
    expect(within(thursday).getByText('11:00')).toBeInTheDocument();
    expect(within(thursday).getByRole('link', { name: 'Annie de Boer' })).toHaveAttribute('href', expect.stringMatching(/^#\/clients\//));
    expect(within(thursday).getByText('Huisbezoek · 60 minuten · Dorpsstraat 1, Zwolle')).toBeInTheDocument();

    const monday = screen.getByRole('heading', { name: 'maandag 24 februari' }).closest('li') as HTMLElement;
    expect(within(monday).getByText('Niets gepland.')).toBeInTheDocument();
    const tuesday = screen.getByRole('heading', { name: 'dinsdag 25 februari' }).closest('li') as HTMLElement;
    expect(within(tuesday).getByRole('checkbox', { name: 'Huisarts bellen' })).not.toBeChecked();
  });

  it('moves to the next, previous and current week with buttons and keys, and keeps the week in the address', async () => {
    const { user } = renderApp({ api: await agendaScene(), hash: '#/agenda' });
    await screen.findByText('Week 9: 24 feb 2025 tot en met 2 mrt 2025');

    await user.click(screen.getByRole('button', { name: 'Volgende week' }));
    expect(await screen.findByText('Week 10: 3 mrt 2025 tot en met 9 mrt 2025')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/agenda/2025-03-03');
    expect(screen.getByRole('button', { name: 'Volgende week' })).toHaveFocus();

    await user.keyboard('{Alt>}{PageUp}{PageUp}{/Alt}');
    expect(await screen.findByText('Week 8: 17 feb 2025 tot en met 23 feb 2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Deze week' }));
    expect(await screen.findByText('Week 9: 24 feb 2025 tot en met 2 mrt 2025')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/agenda');
    expect(screen.getByRole('button', { name: 'Deze week' })).toBeDisabled();
  });

  it('opens the week of any date in the address on its Monday', async () => {
    renderApp({ api: await agendaScene(), hash: '#/agenda/2025-03-05' });

    expect(await screen.findByText('Week 10: 3 mrt 2025 tot en met 9 mrt 2025')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/agenda/2025-03-03');
  });

  it('ticks off an agreement due that day', async () => {
    const api = await agendaScene();
    const { user } = renderApp({ api, hash: '#/agenda' });

    const box = await screen.findByRole('checkbox', { name: 'Huisarts bellen' });
    await user.click(box);

    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Huisarts bellen' })).toBeChecked());
    expect(api.callsTo('contacts.setAgreementDone')).toEqual([expect.objectContaining({ done: true })]);
    expect(screen.getByRole('status')).toHaveTextContent('Actiepunt ‘Huisarts bellen’ is afgevinkt.');
  });
});

describe('today', () => {
  it('shows today’s appointments and agreements due, and how many are overdue', async () => {
    const api = await agendaScene();
    const { user } = renderApp({ api, hash: '#/today' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Vandaag' })).toBeInTheDocument();
    expect(screen.getByText('zaterdag 1 maart 2025')).toBeInTheDocument();
    // Once for the appointment, once for the agreement.
    expect(await screen.findAllByRole('link', { name: 'Kees Bakker' })).toHaveLength(2);
    expect(screen.getByText('14:30')).toBeInTheDocument();
    expect(screen.getByText('Op kantoor · 45 minuten')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '1 afspraak' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '1 actiepunt klaar op deze dag' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Formulier WMO invullen' })).not.toBeChecked();
    expect(screen.queryByText('Dorpsstraat 1, Zwolle', { exact: false })).not.toBeInTheDocument();

    expect(await screen.findByText('1 actiepunt is te laat.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Bekijk ze bij Aandacht' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Aandacht' })).toBeInTheDocument();
  });

  it('is the start screen when no view was saved, and is in the menu', async () => {
    const api = new FakeApi();
    api.failWith('preferences.get', { code: 'internal', messageKey: 'errors:internal' });
    renderApp({ api });

    expect(await screen.findByRole('heading', { level: 1, name: 'Vandaag' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/today');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toContain('Vandaag');
    expect(within(nav).getByRole('link', { name: 'Vandaag' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when nothing is planned', async () => {
    renderApp({ api: new FakeApi(), hash: '#/today' });

    expect(await screen.findByRole('heading', { name: 'Niets gepland voor vandaag' })).toBeInTheDocument();
    expect(screen.queryByText(/te laat/)).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    const { user } = renderApp({ api: await agendaScene(new FakeApi({ language: 'en' })), hash: '#/today' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByText('Saturday, 1 March 2025')).toBeInTheDocument();
    expect(await screen.findByText('At the office · 45 minutes', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText('1 agreement is overdue.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the week' }));
    expect(await screen.findByText('Week 9: 24 Feb 2025 to 2 Mar 2025')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous week' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Monday 24 February' })).toBeInTheDocument();
  });
});
