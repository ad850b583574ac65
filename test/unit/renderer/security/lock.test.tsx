import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

const minute = 60_000;

async function openApp(options: { lockAfterMinutes?: number; hash?: string; fakeTimers?: boolean } = {}) {
  const api = new SecuredFakeApi('unlocked', { lastView: '/caseload', lockAfterMinutes: options.lockAfterMinutes ?? 10 });
  const anna = await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
  const rendered = renderSecuredApp(api, { hash: options.hash?.replace(':id', anna.id), fakeTimers: options.fakeTimers ?? false });
  return { ...rendered, anna };
}

async function expectLocked(api: SecuredFakeApi) {
  expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
  expect(screen.queryByText('de Boer, Anna')).not.toBeInTheDocument();
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  expect(api.callsTo('security.lock')).toEqual([{}]);
  expect(api.state).toBe('locked');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('locking', () => {
  it('locks after the set minutes without activity; activity starts the count again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = await openApp({ lockAfterMinutes: 5, fakeTimers: true });
    await screen.findByRole('link', { name: 'de Boer, Anna' });

    act(() => vi.advanceTimersByTime(4 * minute));
    fireEvent.pointerMove(document.body);
    act(() => vi.advanceTimersByTime(4 * minute));
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    act(() => vi.advanceTimersByTime(4 * minute));
    expect(screen.getByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(api.callsTo('security.lock')).toEqual([]);

    act(() => vi.advanceTimersByTime(1 * minute));
    await expectLocked(api);
  });

  it('locks with Ctrl+L and forgets the client in the window title; unlocking returns to the client', async () => {
    const { api, anna, user } = await openApp({ hash: '#/clients/:id' });
    await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' });
    await waitFor(() => expect(document.title).toBe('Anna de Boer – Verbind'));
    expect(window.location.hash).toBe(`#/clients/${anna.id}`);

    await user.keyboard('{Control>}l{/Control}');

    await expectLocked(api);
    expect(document.title).toBe('Vergrendeld – Verbind');

    await user.type(screen.getByLabelText('Wachtzin'), `${api.passphrase}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
  });

  it('locks with Cmd+L on a Mac, also while typing in a field', async () => {
    const { api, user } = await openApp();
    await screen.findByRole('link', { name: 'de Boer, Anna' });
    await user.click(screen.getByLabelText('Zoeken'));
    await user.keyboard('{Meta>}l{/Meta}');
    await expectLocked(api);
  });

  it('locks with the Lock button in the sidebar', async () => {
    const { api, user } = await openApp();
    await screen.findByRole('link', { name: 'de Boer, Anna' });

    const button = screen.getByRole('button', { name: 'Vergrendelen' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+L Meta+L');
    await user.click(button);

    await expectLocked(api);
  });

  it('leaves other Ctrl combinations alone', async () => {
    const { api, user } = await openApp();
    await screen.findByRole('link', { name: 'de Boer, Anna' });
    await user.keyboard('{Control>}{Shift>}l{/Shift}{/Control}');
    await user.keyboard('l');
    expect(screen.getByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(api.callsTo('security.lock')).toEqual([]);
  });

  it('shows the unlock screen even when the lock call fails, and says locking may not have worked', async () => {
    const { api, user } = await openApp();
    await screen.findByRole('link', { name: 'de Boer, Anna' });
    api.failWith('security.lock', { code: 'internal', messageKey: 'errors:internal' });

    await user.keyboard('{Control>}l{/Control}');

    expect(await screen.findByText(/Vergrendelen is misschien niet gelukt/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    expect(screen.queryByText('de Boer, Anna')).not.toBeInTheDocument();
  });
});

describe('locking with unsaved session notes', () => {
  it('sends the notes still waiting to be saved before asking to lock', async () => {
    const api = new SecuredFakeApi('unlocked');
    const zoe = await api.addClient({ givenName: 'Zoë', familyName: 'de Vries', status: 'active' });
    await api.direct('programme.start', { clientId: zoe.id, templateId: 'verbind-8-weeks', firstSessionAt: new Date(2025, 2, 3, 10, 0).toISOString() });
    const { user } = renderSecuredApp(api, { hash: `#/clients/${zoe.id}/programme/1` });
    await screen.findByRole('heading', { level: 1, name: /^Bijeenkomst 1/ });

    await user.type(screen.getByLabelText('Aantekeningen'), 'Ademhaling hielp.');
    await user.keyboard('{Control>}l{/Control}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('security.lock')).toEqual([{}]));
    expect(api.unansweredAtLock).toBe(0);
    const view = await api.direct('programme.view', { clientId: zoe.id });
    expect(view.run?.sessions.find((session) => session.number === 1)?.notes).toBe('Ademhaling hielp.');
  });
});
