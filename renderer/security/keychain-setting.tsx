import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';

/**
 * Unlocking with the computer account (the OS keychain), saved as soon as the box is ticked. Off
 * by default: anyone who can log in to this account can then open Verbind, which is wrong on a
 * shared computer, and the explanation says so before the worker chooses.
 */
export function KeychainSetting({ initial }: { initial: boolean }) {
  const { t } = useTranslation('security');
  const api = useApi();
  const id = useId();
  const [enabled, setEnabled] = useState(initial);
  /** The value on its way to the main process; the box shows it until the answer comes. */
  const [pending, setPending] = useState<boolean | undefined>();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const change = async (wanted: boolean) => {
    if (pending !== undefined) return;
    setPending(wanted);
    setSaved(false);
    setFailure(undefined);
    try {
      const answer = await api.call('security.setKeychain', { enabled: wanted });
      setEnabled(answer.enabled);
      setSaved(true);
    } catch (caught) {
      setFailure(toApiCallError(caught));
    } finally {
      setPending(undefined);
    }
  };

  return (
    <div className="form security-form" aria-busy={pending !== undefined}>
      <h3 id={`${id}-title`}>{t('keychain.title')}</h3>
      <p id={`${id}-explanation`} className="form-note">
        {t('keychain.explanation')}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? enabled}
          aria-describedby={`${id}-explanation`}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('keychain.label')}
      </label>
      <p className="form-status" role="status">
        {pending !== undefined ? t('keychain.saving') : saved ? t(enabled ? 'keychain.savedOn' : 'keychain.savedOff') : ''}
      </p>
      {failure && <ErrorAlert error={failure} />}
    </div>
  );
}
