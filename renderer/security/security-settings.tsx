import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { ChangePassphraseForm } from './change-passphrase-form';
import { KeychainSetting } from './keychain-setting';
import { LockAfterMinutesForm } from './lock-after-minutes-form';
import './security.css';

/**
 * The Security section of Settings: when Verbind locks itself, a new passphrase, and unlocking with
 * the computer account where this computer offers it (nothing is shown where it does not).
 */
export function SecuritySettings() {
  const { t } = useTranslation('security');
  const titleId = useId();
  const preferences = useCall('preferences.get', {});
  const status = useCall('security.status', {});
  return (
    <section className="card security-settings" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings.title')}</h2>
      {preferences.status === 'error' && <ErrorAlert error={preferences.error} onRetry={preferences.reload} />}
      {preferences.value === undefined && preferences.status === 'loading' && <p className="muted">{t('settings.loading')}</p>}
      {preferences.value !== undefined && <LockAfterMinutesForm initial={preferences.value.lockAfterMinutes} />}
      <ChangePassphraseForm />
      {status.status === 'error' && <ErrorAlert error={status.error} onRetry={status.reload} />}
      {status.value?.keychain.available === true && <KeychainSetting initial={status.value.keychain.enabled} />}
    </section>
  );
}
