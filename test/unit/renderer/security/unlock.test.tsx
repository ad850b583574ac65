import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

async function lockedApp(options: { language?: 'nl' | 'en' } = {}) {
  const api = new SecuredFakeApi('locked', { lastView: '/caseload', language: options.language ?? 'nl' });
  await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
  const rendered = renderSecuredApp(api);
  await screen.findByRole('heading', { level: 1, name: options.language === 'en' ? 'Verbind is locked' : 'Verbind is vergrendeld' });
  return rendered;
}

describe('unlocking', () => {
  it('opens the app with the passphrase, Enter submitting, on the last view', async () => {
    const { api, user } = await lockedApp();

    await user.type(screen.getByLabelText('Wachtzin'), `${api.passphrase}{Enter}`);

    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(api.callsTo('security.unlock')).toEqual([{ passphrase: api.passphrase }]);
  });

  it('says a wrong passphrase is wrong, empties the field and keeps it focused; nothing else changes', async () => {
    const { api, user } = await lockedApp();
    const field = screen.getByLabelText('Wachtzin');
    const callsBefore = api.calls.length;

    await user.type(field, 'niet mijn wachtzin{Enter}');

    const message = 'Deze wachtzin klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
    expect(screen.getByRole('heading', { level: 1, name: 'Verbind is vergrendeld' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(api.calls.slice(callsBefore)).toEqual([{ name: 'security.unlock', input: { passphrase: 'niet mijn wachtzin' } }]);
    expect(api.state).toBe('locked');

    // The next try works from the same field.
    await user.type(field, `${api.passphrase}{Enter}`);
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
  });

  it('is busy while the passphrase is checked', async () => {
    const { api, user } = await lockedApp();
    const release = api.holdSlowCalls();

    await user.type(screen.getByLabelText('Wachtzin'), `${api.passphrase}{Enter}`);

    expect(await screen.findByText('Bezig met ontgrendelen…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ontgrendelen' })).toBeDisabled();
    await user.keyboard('{Enter}');
    release();
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(api.callsTo('security.unlock')).toHaveLength(1);
  });

  it('asks for the passphrase when nothing was typed, without calling', async () => {
    const { api, user } = await lockedApp();
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));

    expect(await screen.findByText('Vul je wachtzin in.')).toBeInTheDocument();
    expect(api.callsTo('security.unlock')).toEqual([]);
  });

  it('opens with the recovery key, typed without dashes, then offers a new passphrase', async () => {
    const { api, user } = await lockedApp();

    await user.click(screen.getByRole('button', { name: 'Wachtzin vergeten? Gebruik je herstelsleutel' }));
    const field = screen.getByLabelText('Herstelsleutel');
    expect(field).toHaveFocus();
    expect(screen.queryByLabelText('Wachtzin')).not.toBeInTheDocument();

    await user.type(field, 'abcd efgh{Enter}');
    expect(await screen.findByText('Deze herstelsleutel klopt niet. Kijk de tekens nog eens na en probeer het opnieuw.')).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();

    await user.type(field, `${api.recoveryKey.replaceAll('-', '').toLowerCase()}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Verbind is weer open' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Kies een nieuwe wachtzin' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nu niet' }));
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
  });

  it('goes back from the recovery key to the passphrase', async () => {
    const { user } = await lockedApp();
    await user.click(screen.getByRole('button', { name: 'Wachtzin vergeten? Gebruik je herstelsleutel' }));
    await user.click(screen.getByRole('button', { name: 'Toch ontgrendelen met je wachtzin' }));
    await waitFor(() => expect(screen.getByLabelText('Wachtzin')).toHaveFocus());
  });

  it('speaks English', async () => {
    const { user } = await lockedApp({ language: 'en' });
    await user.type(screen.getByLabelText('Passphrase'), 'wrong one{Enter}');
    expect(await screen.findByText('This passphrase is not right. Mind capitals and spaces, and try again.')).toBeInTheDocument();
  });
});
