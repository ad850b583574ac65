import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

const caseloadCalls = (api: SecuredFakeApi) => api.calls.filter((call) => !call.name.startsWith('security.') && !call.name.startsWith('preferences.'));

describe('security gate', () => {
  it('asks for a passphrase on first start, before anything of the caseload is asked for', async () => {
    const api = new SecuredFakeApi('setup_needed', { lastView: '/caseload' });
    renderSecuredApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Beveilig Verbind met een wachtzin' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(caseloadCalls(api)).toEqual([]);
    expect(api.callsTo('security.status')).toEqual([{}]);
  });

  it('shows only the unlock screen while locked, with the passphrase field ready', async () => {
    const api = new SecuredFakeApi('locked', { lastView: '/caseload' });
    renderSecuredApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    expect(screen.getByLabelText('Wachtzin')).toHaveFocus();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(caseloadCalls(api)).toEqual([]);
    expect(document.title).toBe('Vergrendeld – Verbind');
  });

  it('opens the app as before when unlocked', async () => {
    const api = new SecuredFakeApi('unlocked', { lastView: '/caseload' });
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    renderSecuredApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Verbind is vergrendeld' })).not.toBeInTheDocument();
  });

  it('speaks the worker’s language on the unlock screen', async () => {
    const api = new SecuredFakeApi('locked', { language: 'en' });
    renderSecuredApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is locked' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument();
  });

  it('switches to the unlock screen when any call meets the lock, and returns to that screen after unlocking', async () => {
    const api = new SecuredFakeApi('unlocked', { lastView: '/caseload' });
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const { user } = renderSecuredApp(api);
    await screen.findByRole('link', { name: 'de Boer, Anna' });

    api.lockQuietly();
    await user.click(screen.getByRole('link', { name: 'Aandacht' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    expect(screen.queryByText('de Boer, Anna')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    // The main process locked itself: there is nothing to ask it.
    expect(api.callsTo('security.lock')).toEqual([]);

    await user.type(screen.getByLabelText('Wachtzin'), `${api.passphrase}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Aandacht' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/attention');
  });

  it('finds out the app was locked elsewhere when the worker comes back to the window', async () => {
    const api = new SecuredFakeApi('unlocked', { lastView: '/caseload' });
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    renderSecuredApp(api);
    await screen.findByRole('link', { name: 'de Boer, Anna' });

    api.lockQuietly();
    act(() => {
      fireEvent.focus(window);
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    expect(screen.queryByText('de Boer, Anna')).not.toBeInTheDocument();
  });

  it('explains a failed security check and can try again', async () => {
    const api = new SecuredFakeApi('locked').failWith('security.status', { code: 'internal', messageKey: 'errors:internal' });
    const { user } = renderSecuredApp(api);

    expect(await screen.findByRole('heading', { name: 'Verbind kon niet starten' })).toBeInTheDocument();
    api.succeed('security.status');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
  });

  it('never shows the app when the security check fails, whatever the caseload would say', async () => {
    const api = new SecuredFakeApi('unlocked', { lastView: '/caseload' }).failWith('security.status', { code: 'internal', messageKey: 'errors:internal' });
    renderSecuredApp(api);

    await screen.findByRole('heading', { name: 'Verbind kon niet starten' });
    await waitFor(() => expect(api.callsTo('security.status')).toHaveLength(1));
    expect(caseloadCalls(api)).toEqual([]);
  });
});
