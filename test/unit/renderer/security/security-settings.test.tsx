import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangePassphraseForm } from '../../../../renderer/security/change-passphrase-form';
import { LockAfterMinutesForm } from '../../../../renderer/security/lock-after-minutes-form';
import { SecuritySettings } from '../../../../renderer/security/security-settings';
import { UnlockedSession } from '../../../../renderer/security/unlocked-session';
import { renderWithApi, SecuredFakeApi } from './render-secured';

const next = 'een nieuwe zin voor verbind';

afterEach(() => {
  vi.useRealTimers();
});

describe('changing the passphrase', () => {
  it('asks the current one again and confirms the change', async () => {
    const api = new SecuredFakeApi('unlocked');
    const old = api.passphrase;
    const { user } = renderWithApi(<ChangePassphraseForm />, api);

    await user.type(screen.getByLabelText('Huidige wachtzin'), old);
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), next);
    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));

    expect(await screen.findByText('Je wachtzin is gewijzigd. Gebruik voortaan je nieuwe wachtzin. Je herstelsleutel blijft werken.')).toBeInTheDocument();
    expect(api.callsTo('security.changePassphrase')).toEqual([{ current: old, next }]);
    expect(api.passphrase).toBe(next);
    expect(screen.getByLabelText('Huidige wachtzin')).toHaveValue('');
    expect(screen.getByLabelText('Nieuwe wachtzin')).toHaveValue('');
  });

  it('puts a wrong current passphrase at that field, emptied and focused', async () => {
    const api = new SecuredFakeApi('unlocked');
    const old = api.passphrase;
    const { user } = renderWithApi(<ChangePassphraseForm />, api);
    const current = screen.getByLabelText('Huidige wachtzin');

    await user.type(current, 'verkeerde wachtzin');
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), next);
    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));

    const message = 'Deze wachtzin klopt niet. Let op hoofdletters en spaties, en probeer het opnieuw.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(current).toHaveAccessibleDescription(message);
    expect(current).toHaveValue('');
    await waitFor(() => expect(current).toHaveFocus());
    expect(screen.getByLabelText('Nieuwe wachtzin')).toHaveValue(next);
    expect(api.passphrase).toBe(old);
  });

  it('checks the new one before sending: long enough and typed the same twice', async () => {
    const api = new SecuredFakeApi('unlocked');
    const { user } = renderWithApi(<ChangePassphraseForm />, api);

    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));
    // Both the current and the new one are missing.
    expect(await screen.findAllByText('Vul je wachtzin in.')).toHaveLength(2);
    await waitFor(() => expect(screen.getByLabelText('Huidige wachtzin')).toHaveFocus());

    await user.type(screen.getByLabelText('Huidige wachtzin'), api.passphrase);
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));
    expect(await screen.findByText('Deze wachtzin is te kort. Gebruik minstens 10 tekens.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Nieuwe wachtzin')).toHaveFocus());

    await user.clear(screen.getByLabelText('Nieuwe wachtzin'));
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), `${next}!`);
    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));
    expect(await screen.findByText('De twee wachtzinnen zijn niet gelijk. Typ dezelfde wachtzin nog een keer.')).toBeInTheDocument();
    expect(api.callsTo('security.changePassphrase')).toEqual([]);
  });

  it('is busy while the main process works', async () => {
    const api = new SecuredFakeApi('unlocked');
    const { user } = renderWithApi(<ChangePassphraseForm />, api);
    const release = api.holdSlowCalls();

    await user.type(screen.getByLabelText('Huidige wachtzin'), api.passphrase);
    await user.type(screen.getByLabelText('Nieuwe wachtzin'), next);
    await user.type(screen.getByLabelText('Herhaal je nieuwe wachtzin'), next);
    await user.click(screen.getByRole('button', { name: 'Wachtzin wijzigen' }));

    expect(await screen.findByText('Bezig met wijzigen…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wachtzin wijzigen' })).toBeDisabled();
    release();
    expect(await screen.findByText(/Je wachtzin is gewijzigd/)).toBeInTheDocument();
  });
});

describe('the lock time', () => {
  it('saves the minutes; a new value restarts the idle count of the open session at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = new SecuredFakeApi('unlocked', { lockAfterMinutes: 10 });
    const onLock = vi.fn();
    const { user } = renderWithApi(
      <UnlockedSession lockAfterMinutes={10} onLock={onLock} onLockedElsewhere={() => {}}>
        <LockAfterMinutesForm initial={10} />
      </UnlockedSession>,
      api,
    );
    const field = screen.getByLabelText('Vergrendelen na minuten zonder gebruik');
    expect(field).toHaveValue(10);

    await user.clear(field);
    await user.type(field, '2');
    await user.click(screen.getByRole('button', { name: 'Vergrendeltijd opslaan' }));
    expect(await screen.findByText('De vergrendeltijd is opgeslagen.')).toBeInTheDocument();
    expect(api.preferences.lockAfterMinutes).toBe(2);

    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('refuses minutes out of range with the main process’s words', async () => {
    const api = new SecuredFakeApi('unlocked', { lockAfterMinutes: 10 });
    const { user } = renderWithApi(<LockAfterMinutesForm initial={10} />, api);
    const field = screen.getByLabelText('Vergrendelen na minuten zonder gebruik');

    await user.clear(field);
    await user.type(field, '121');
    await user.click(screen.getByRole('button', { name: 'Vergrendeltijd opslaan' }));

    expect(await screen.findByText('Vul een heel aantal minuten in, van 1 tot en met 120.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field).toHaveFocus());
    expect(api.preferences.lockAfterMinutes).toBe(10);
  });

  it('comes together in the Security section, with the saved value', async () => {
    const api = new SecuredFakeApi('unlocked', { lockAfterMinutes: 15 });
    renderWithApi(<SecuritySettings />, api);

    expect(screen.getByRole('region', { name: 'Beveiliging' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Vergrendelen na minuten zonder gebruik')).toHaveValue(15);
    expect(screen.getByRole('form', { name: 'Wachtzin wijzigen' })).toBeInTheDocument();
  });
});

describe('unlocking with the computer account', () => {
  const box = { name: 'Ontgrendelen met mijn computeraccount' };

  it('turns it on and off, saved at once, with what it means beside it', async () => {
    const api = new SecuredFakeApi('unlocked');
    api.keychain = { available: true, enabled: false };
    const { user } = renderWithApi(<SecuritySettings />, api);

    const checkbox = await screen.findByRole('checkbox', box);
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription(/iedereen die met jouw account op deze computer kan inloggen, kan Verbind dan ook openen/);

    await user.click(checkbox);
    expect(await screen.findByText('Opgeslagen. Je kunt Verbind nu ontgrendelen met je computeraccount.')).toBeInTheDocument();
    expect(checkbox).toBeChecked();
    expect(api.keychain.enabled).toBe(true);

    await user.click(checkbox);
    expect(await screen.findByText('Opgeslagen. Je ontgrendelt Verbind weer alleen met je wachtzin of je herstelsleutel.')).toBeInTheDocument();
    expect(checkbox).not.toBeChecked();
    expect(api.callsTo('security.setKeychain')).toEqual([{ enabled: true }, { enabled: false }]);
    expect(api.keychain.enabled).toBe(false);
  });

  it('shows a refusal in words and the box as it was', async () => {
    const api = new SecuredFakeApi('unlocked');
    api.keychain = { available: true, enabled: true };
    api.failWith('security.setKeychain', { code: 'conflict', messageKey: 'security:errors.keychainUnavailable' });
    const { user } = renderWithApi(<SecuritySettings />, api);

    const checkbox = await screen.findByRole('checkbox', box);
    expect(checkbox).toBeChecked();
    await user.click(checkbox);

    expect(await screen.findByRole('alert')).toHaveTextContent('Ontgrendelen met je computeraccount kan hier niet. Gebruik je wachtzin.');
    expect(checkbox).toBeChecked();
  });

  it('is absent where this computer does not offer it', async () => {
    const api = new SecuredFakeApi('unlocked', { lockAfterMinutes: 15 });
    renderWithApi(<SecuritySettings />, api);

    expect(await screen.findByLabelText('Vergrendelen na minuten zonder gebruik')).toHaveValue(15);
    await waitFor(() => expect(api.callsTo('security.status')).toHaveLength(1));
    // Let the answer arrive and render: nothing to wait for when nothing is shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('checkbox', box)).not.toBeInTheDocument();
    expect(screen.queryByText(/computeraccount/)).not.toBeInTheDocument();
  });
});
