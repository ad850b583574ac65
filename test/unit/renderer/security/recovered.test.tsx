import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

const next = 'een nieuwe zin voor verbind';
/** As a worker might type it: without dashes, in small letters, with a stray space. */
const typedKey = ' abcdefghjkmnpqrstvwxyz0123456789';

async function recoveredApp() {
  const api = new SecuredFakeApi('locked', { lastView: '/caseload' });
  await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
  const rendered = renderSecuredApp(api);
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Wachtzin vergeten? Gebruik je herstelsleutel' }));
  await user.type(screen.getByLabelText('Herstelsleutel'), `${typedKey}{Enter}`);
  await screen.findByRole('heading', { level: 1, name: 'Verbind is weer open' });
  return rendered;
}

describe('a new passphrase after the recovery key', () => {
  it('is proven with the recovery key just typed, confirmed, and then Verbind opens', async () => {
    const { api, user } = await recoveredApp();
    const old = api.passphrase;
    const first = screen.getByLabelText('Nieuwe wachtzin');
    expect(first).toHaveFocus();

    await user.type(first, next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), `${next}{Enter}`);

    expect(await screen.findByText('Je wachtzin is gewijzigd. Gebruik voortaan je nieuwe wachtzin. Je herstelsleutel blijft werken.')).toBeInTheDocument();
    expect(api.callsTo('security.changePassphrase')).toEqual([{ recoveryKey: typedKey.trim(), next }]);
    expect(api.passphrase).not.toBe(old);
    expect(api.passphrase).toBe(next);
    const go = screen.getByRole('button', { name: 'Verder naar Verbind' });
    expect(go).toHaveFocus();

    await user.click(go);
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
  });

  it('checks the new one before sending', async () => {
    const { api, user } = await recoveredApp();

    await user.type(screen.getByLabelText('Nieuwe wachtzin'), 'kort{Enter}');
    expect(await screen.findByText('Deze wachtzin is te kort. Gebruik minstens 10 tekens.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nieuwe wachtzin'));
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), `${next}!{Enter}`);
    expect(await screen.findByText('De twee wachtzinnen zijn niet gelijk. Typ dezelfde wachtzin nog een keer.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Herhaal je nieuwe wachtzin')).toHaveFocus());
    expect(api.callsTo('security.changePassphrase')).toEqual([]);
  });

  it('"Nu niet" opens Verbind and changes nothing', async () => {
    const { api, user } = await recoveredApp();
    const old = api.passphrase;
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);

    await user.click(screen.getByRole('button', { name: 'Nu niet' }));

    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    expect(api.callsTo('security.changePassphrase')).toEqual([]);
    expect(api.passphrase).toBe(old);
  });

  it('shows a refusal in words and keeps the form', async () => {
    const { api, user } = await recoveredApp();
    api.failWith('security.changePassphrase', { code: 'app_locked', messageKey: 'errors:appLocked' });

    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), `${next}{Enter}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('Verbind is vergrendeld. Ontgrendel de app met je wachtzin.');
    expect(screen.getByRole('button', { name: 'Nieuwe wachtzin opslaan' })).toBeEnabled();
    expect(screen.queryByText(/Je wachtzin is gewijzigd/)).not.toBeInTheDocument();
  });
});
