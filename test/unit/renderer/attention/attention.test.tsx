import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeApi, renderApp } from '../render-app';

// The fake core's clock starts on 1 March 2025; the renderer's "today" must be the same day.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-01T12:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

async function caseloadNeedingAttention(api = new FakeApi()): Promise<FakeApi> {
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer', status: 'active' });
  await api.direct('contacts.create', { clientId: anna.id, fields: { at: '2025-01-10T10:00:00.000Z', type: 'home_visit', summary: '' } });
  const kees = await api.addClient({ givenName: 'Kees', familyName: 'Bakker', status: 'active' });
  await api.direct('contacts.create', {
    clientId: kees.id,
    fields: {
      at: '2025-02-25T10:00:00.000Z',
      type: 'phone',
      summary: '',
      agreements: [
        { text: 'Huisarts bellen', owner: 'worker', due: '2025-02-20' },
        { text: 'Naar de buurtkamer', owner: 'client', due: '2025-03-10' },
      ],
    },
  });
  await api.addClient({ givenName: 'Zoë', familyName: 'Jansen', flags: ['safety_concern'] });
  return api;
}

function section(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('attention', () => {
  it('lists clients without recent contact, overdue agreements and flagged clients, each linked to the client', async () => {
    renderApp({ api: await caseloadNeedingAttention(), hash: '#/attention' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Aandacht' })).toBeInTheDocument();
    const noContact = await screen.findByRole('region', { name: 'Geen contact sinds 4 weken' });
    expect(within(noContact).getByRole('heading', { level: 2 })).toHaveTextContent('Geen contact sinds 4 weken 1');
    expect(within(noContact).getByRole('link', { name: 'Anna de Boer' })).toHaveAttribute('href', expect.stringMatching(/^#\/clients\//));
    expect(within(noContact).getByText('Laatste contact 10 jan 2025 (7 weken geleden)')).toBeInTheDocument();
    expect(within(noContact).getByRole('link', { name: 'Aantal weken wijzigen' })).toHaveAttribute('href', '#/settings');
    expect(within(noContact).queryByText('Kees Bakker')).not.toBeInTheDocument();

    const overdue = section('Verlopen actiepunten');
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(1);
    expect(within(overdue).getByText('Huisarts bellen')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Kees Bakker' })).toBeInTheDocument();
    expect(within(overdue).getByText('Had klaar moeten zijn op 20 feb 2025')).toBeInTheDocument();
    expect(within(overdue).getByText('te laat')).toBeInTheDocument();
    expect(within(overdue).getByText(/Wie: Begeleider/)).toBeInTheDocument();

    const flagged = section('Met aandachtspunten');
    expect(within(flagged).getByRole('link', { name: 'Zoë Jansen' })).toBeInTheDocument();
    expect(within(flagged).getByText('Zorgen over veiligheid')).toBeInTheDocument();
  });

  it('ticks an overdue agreement off, after which it leaves the list', async () => {
    const api = await caseloadNeedingAttention();
    const { user } = renderApp({ api, hash: '#/attention' });
    await screen.findByRole('region', { name: 'Verlopen actiepunten' });

    await user.click(screen.getByRole('button', { name: 'Afvinken: Huisarts bellen' }));

    await waitFor(() => expect(within(section('Verlopen actiepunten')).queryByText('Huisarts bellen')).not.toBeInTheDocument());
    expect(within(section('Verlopen actiepunten')).getByText('Er zijn geen verlopen actiepunten.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Actiepunt ‘Huisarts bellen’ is afgevinkt.');
    expect(api.callsTo('contacts.setAgreementDone')).toEqual([expect.objectContaining({ done: true })]);
    expect(within(section('Verlopen actiepunten')).getByRole('heading')).toHaveFocus();
    const attention = await api.direct('attention.list', {});
    expect(attention.overdueAgreements).toEqual([]);
  });

  it('opens the client from the list', async () => {
    const { user } = renderApp({ api: await caseloadNeedingAttention(), hash: '#/attention' });
    await user.click(await screen.findByRole('link', { name: 'Anna de Boer' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/clients\/[0-9a-f-]+$/));
  });

  it('uses the number of weeks from the settings', async () => {
    renderApp({ api: await caseloadNeedingAttention(new FakeApi({ attentionWeeks: 8 })), hash: '#/attention' });

    const noContact = await screen.findByRole('region', { name: 'Geen contact sinds 8 weken' });
    expect(within(noContact).getByText('Iedereen in zorg had de afgelopen 8 weken contact.')).toBeInTheDocument();
  });

  it('says plainly when nobody needs attention', async () => {
    const api = new FakeApi();
    await api.addClient({ givenName: 'Kees', familyName: 'Bakker' });
    renderApp({ api, hash: '#/attention' });

    expect(await screen.findByRole('heading', { name: 'Niemand heeft nu extra aandacht nodig' })).toBeInTheDocument();
  });

  it('explains a failed load and can try again', async () => {
    const api = new FakeApi().failWith('attention.list', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderApp({ api, hash: '#/attention' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis in Verbind.');
    api.succeed('attention.list');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Niemand heeft nu extra aandacht nodig' })).toBeInTheDocument();
  });

  it('shows the first 20 of a long list and the rest on request', async () => {
    const api = new FakeApi();
    for (let n = 1; n <= 25; n++) await api.addClient({ givenName: 'Test', familyName: `Client ${String(n).padStart(2, '0')}`, flags: ['other'] });
    const { user } = renderApp({ api, hash: '#/attention' });

    const flagged = await screen.findByRole('region', { name: 'Met aandachtspunten' });
    expect(within(flagged).getAllByRole('link')).toHaveLength(20);
    await user.click(within(flagged).getByRole('button', { name: 'Toon alle 25' }));
    expect(within(flagged).getAllByRole('link')).toHaveLength(25);
    await waitFor(() => expect(within(flagged).getByRole('link', { name: 'Test Client 21' })).toHaveFocus());
  });

  it('speaks English', async () => {
    renderApp({ api: await caseloadNeedingAttention(new FakeApi({ language: 'en' })), hash: '#/attention' });

    expect(await screen.findByRole('region', { name: 'No contact for 4 weeks' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Overdue agreements' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'With attention flags' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tick off: Huisarts bellen' })).toBeInTheDocument();
  });
});
