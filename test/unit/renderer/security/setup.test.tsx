import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderSecuredApp, SecuredFakeApi } from './render-secured';

const goodPassphrase = 'de kat slaapt op de bank';

async function setUp(options: { hasUnencryptedData?: boolean } = {}) {
  const api = new SecuredFakeApi('setup_needed', { lastView: '/caseload' });
  api.hasUnencryptedData = options.hasUnencryptedData ?? false;
  const rendered = renderSecuredApp(api);
  await screen.findByRole('heading', { level: 1, name: 'Beveilig Verbind met een wachtzin' });
  return rendered;
}

const passphraseField = () => screen.getByLabelText('Wachtzin');
const repeatField = () => screen.getByLabelText('Herhaal je wachtzin');
const understood = () =>
  screen.getByRole('checkbox', { name: 'Ik begrijp dat niemand mijn gegevens kan terughalen als ik mijn wachtzin én herstelsleutel kwijt ben' });
const submit = () => screen.getByRole('button', { name: 'Wachtzin instellen' });

describe('setting up the passphrase', () => {
  it('explains what it protects and how long it must be', async () => {
    await setUp();

    expect(screen.getByText(/Raak je je laptop kwijt, of wordt hij gestolen\?/)).toBeInTheDocument();
    expect(screen.getByText(/Een wachtzin is een korte zin van een paar woorden/)).toBeInTheDocument();
    expect(passphraseField()).toHaveAccessibleDescription('Minstens 10 tekens. Een zin van een paar woorden is het makkelijkst.');
    expect(passphraseField()).toHaveFocus();
    expect(passphraseField()).toHaveAttribute('type', 'password');
    expect(screen.queryByText(/onversleuteld/)).not.toBeInTheDocument();
  });

  it('says an existing caseload will now be encrypted', async () => {
    await setUp({ hasUnencryptedData: true });
    expect(screen.getByText('Je caseload staat nu nog onversleuteld op deze computer. Verbind versleutelt hem meteen als je je wachtzin instelt.')).toBeInTheDocument();
  });

  it('shows and hides what is typed', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('checkbox', { name: 'Wachtzin laten zien' }));
    expect(passphraseField()).toHaveAttribute('type', 'text');
    expect(repeatField()).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('checkbox', { name: 'Wachtzin laten zien' }));
    expect(passphraseField()).toHaveAttribute('type', 'password');
  });

  it('refuses a short passphrase, a different repeat and a missing tick before sending anything', async () => {
    const { api, user } = await setUp();

    await user.type(passphraseField(), 'te kort');
    await user.click(submit());
    expect(await screen.findByText('Deze wachtzin is te kort. Gebruik minstens 10 tekens.')).toBeInTheDocument();
    expect(screen.getByText('Vink aan dat je dit begrijpt. Zonder wachtzin én herstelsleutel kan niemand je gegevens terughalen.')).toBeInTheDocument();
    expect(passphraseField()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(passphraseField()).toHaveFocus());

    await user.clear(passphraseField());
    await user.type(passphraseField(), goodPassphrase);
    await user.type(repeatField(), 'de kat slaapt op de mat');
    await user.click(understood());
    await user.click(submit());
    expect(await screen.findByText('De twee wachtzinnen zijn niet gelijk. Typ dezelfde wachtzin nog een keer.')).toBeInTheDocument();
    expect(repeatField()).toHaveAccessibleDescription('De twee wachtzinnen zijn niet gelijk. Typ dezelfde wachtzin nog een keer.');
    await waitFor(() => expect(repeatField()).toHaveFocus());

    await user.clear(repeatField());
    await user.type(repeatField(), goodPassphrase);
    await user.click(understood());
    await user.click(submit());
    expect(await screen.findByText(/Vink aan dat je dit begrijpt/)).toBeInTheDocument();
    await waitFor(() => expect(understood()).toHaveFocus());
    expect(api.callsTo('security.setup')).toEqual([]);
  });

  it('is busy while the key is made, then shows the recovery key once; Continue opens the app', async () => {
    const { api, user } = await setUp();
    await api.addClient({ givenName: 'Anna', familyName: 'de Boer' });
    const release = api.holdSlowCalls();

    await user.type(passphraseField(), goodPassphrase);
    await user.type(repeatField(), goodPassphrase);
    await user.click(understood());
    await user.click(submit());

    expect(await screen.findByText('Bezig met beveiligen… Dit duurt een paar seconden.')).toBeInTheDocument();
    expect(submit()).toBeDisabled();
    expect(api.callsTo('security.setup')).toEqual([{ passphrase: goodPassphrase, understood: true }]);
    release();

    expect(await screen.findByRole('heading', { level: 1, name: 'Je herstelsleutel' })).toBeInTheDocument();
    expect(screen.getByText(api.recoveryKey)).toBeInTheDocument();
    expect(screen.queryByLabelText('Wachtzin')).not.toBeInTheDocument();

    // Continue needs the tick first.
    await user.click(screen.getByRole('button', { name: 'Verder naar Verbind' }));
    const saved = screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel opgeschreven of geprint' });
    expect(screen.getByText('Vink eerst aan dat je de herstelsleutel hebt opgeschreven of geprint.')).toBeInTheDocument();
    expect(saved).toHaveFocus();
    expect(screen.getByText(api.recoveryKey)).toBeInTheDocument();

    await user.click(saved);
    await user.click(screen.getByRole('button', { name: 'Verder naar Verbind' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'de Boer, Anna' })).toBeInTheDocument();
    // Shown once: gone from the screen, and asked for only once.
    expect(screen.queryByText(api.recoveryKey)).not.toBeInTheDocument();
    expect(api.callsTo('security.setup')).toHaveLength(1);
    expect(document.body.innerHTML).not.toContain(api.recoveryKey);
  });

  it('copies the key and empties the clipboard again on continuing; prints with the browser’s print', async () => {
    const { api, user } = await setUp();
    await user.type(passphraseField(), goodPassphrase);
    await user.type(repeatField(), goodPassphrase);
    await user.click(understood());
    await user.click(submit());
    await screen.findByRole('heading', { level: 1, name: 'Je herstelsleutel' });

    await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(api.recoveryKey);
    expect(screen.getByRole('status')).toHaveTextContent('Gekopieerd. Verbind maakt het klembord weer leeg als je verdergaat.');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Printen' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();

    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel opgeschreven of geprint' }));
    await user.click(screen.getByRole('button', { name: 'Verder naar Verbind' }));
    await screen.findByRole('heading', { level: 1, name: 'Caseload' });
    expect(write).toHaveBeenCalledExactlyOnceWith('');
  });

  it('places a refusal from the main process at its field', async () => {
    const { api, user } = await setUp();
    api.failWith('security.setup', {
      code: 'invalid_input',
      messageKey: 'errors:invalidInput',
      issues: [{ path: ['passphrase'], messageKey: 'security:validation.passphraseTooLong' }],
    });
    await user.type(passphraseField(), goodPassphrase);
    await user.type(repeatField(), goodPassphrase);
    await user.click(understood());
    await user.click(submit());

    expect(await screen.findByText('Deze wachtzin is te lang. Gebruik hoogstens 500 tekens.')).toBeInTheDocument();
    expect(submit()).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'Je herstelsleutel' })).not.toBeInTheDocument();
  });

  it('says so when Verbind was set up in the meantime', async () => {
    const { api, user } = await setUp();
    api.state = 'locked';
    await user.type(passphraseField(), goodPassphrase);
    await user.type(repeatField(), goodPassphrase);
    await user.click(understood());
    await user.click(submit());

    expect(await screen.findByText('Verbind is al beveiligd met een wachtzin. Start Verbind opnieuw en ontgrendel het met je wachtzin.')).toBeInTheDocument();
  });
});
