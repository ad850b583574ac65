import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

const keychainButton = { name: 'Ontgrendelen met je computeraccount' };

async function lockedApp(keychain: { available: boolean; enabled: boolean }) {
  const api = new SecuredFakeApi('locked', { lastView: '/caseload' });
  api.keychain = keychain;
  await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
  const rendered = renderSecuredApp(api);
  await screen.findByRole('heading', { level: 1, name: 'Verbind is vergrendeld' });
  return rendered;
}

describe('unlocking with the computer account', () => {
  it('is offered when turned on, never tried by itself, and opens the app on a click', async () => {
    const { api, user } = await lockedApp({ available: true, enabled: true });

    const button = screen.getByRole('button', keychainButton);
    expect(api.callsTo('security.unlockWithKeychain')).toEqual([]);
    expect(screen.getByLabelText('Wachtzin')).toHaveFocus();

    await user.click(button);

    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(api.callsTo('security.unlockWithKeychain')).toEqual([{}]);
    expect(api.callsTo('security.unlock')).toEqual([]);
  });

  it.each([
    ['turned off', { available: true, enabled: false }],
    ['not offered by this computer', { available: false, enabled: true }],
  ])('is not offered when %s', async (_, keychain) => {
    await lockedApp(keychain);
    expect(screen.getByLabelText('Wachtzin')).toBeInTheDocument();
    expect(screen.queryByRole('button', keychainButton)).not.toBeInTheDocument();
  });

  it('on another computer says to use the passphrase and puts the worker in that field, which still works', async () => {
    const { api, user } = await lockedApp({ available: true, enabled: true });
    api.failWith('security.unlockWithKeychain', { code: 'unauthorised', messageKey: 'security:errors.keychainFailed' });

    await user.click(screen.getByRole('button', keychainButton));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Verbind kon de sleutel niet uit je computeraccount halen. Misschien ben je op een andere computer of is je account gewijzigd. Gebruik je wachtzin.',
    );
    const field = screen.getByLabelText('Wachtzin');
    await waitFor(() => expect(field).toHaveFocus());
    expect(api.state).toBe('locked');

    await user.type(field, `${api.passphrase}{Enter}`);
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is offered again after locking in the app, once it was turned on there', async () => {
    const api = new SecuredFakeApi('unlocked', { lastView: '/caseload' });
    api.keychain = { available: true, enabled: false };
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const { user } = renderSecuredApp(api);
    await screen.findByRole('link', { name: 'de Boer, Anna' });
    api.keychain.enabled = true;

    await user.keyboard('{Control>}l{/Control}');

    await user.click(await screen.findByRole('button', keychainButton));
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    const api = new SecuredFakeApi('locked', { language: 'en' });
    api.keychain = { available: true, enabled: true };
    renderSecuredApp(api);
    expect(await screen.findByRole('button', { name: 'Unlock with your computer account' })).toBeInTheDocument();
  });
});
