import { screen, within } from '@testing-library/react';
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

describe('questionnaires in the day list', () => {
  it('shows the intake questionnaire as a task on the first session day, and it leaves once filled in', async () => {
    const api = new FakeApi();
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    await api.direct('programme.start', {
      clientId: zoe.id,
      templateId: 'verbind-8-weeks',
      firstSessionAt: new Date(2025, 2, 1, 15, 0).toISOString(),
    });
    const { user } = renderApp({ api, hash: '#/today' });

    const heading = await screen.findByRole('heading', { name: '1 vragenlijst te doen' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(within(list).getByText('nu aan de beurt')).toBeInTheDocument();
    await user.click(within(list).getByRole('link', { name: 'Intake · Zoë de Vries' }));
    expect(await screen.findByRole('tab', { name: 'Metingen', selected: true })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/clients/${zoe.id}/measures`);
  });

  it('has no questionnaire task once the intake is recorded', async () => {
    const api = new FakeApi();
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    await api.direct('programme.start', { clientId: zoe.id, templateId: 'verbind-8-weeks', firstSessionAt: new Date(2025, 2, 1, 15, 0).toISOString() });
    await api.direct('measures.record', { clientId: zoe.id, scaleId: 'ucla-3', moment: 'intake', takenOn: '2025-03-01', answers: {} });
    renderApp({ api, hash: '#/today' });
    await screen.findByRole('heading', { level: 1, name: 'Vandaag' });
    await screen.findByText(/Bijeenkomst 1/);
    expect(screen.queryByRole('heading', { name: /vragenlijst/ })).not.toBeInTheDocument();
  });
});
