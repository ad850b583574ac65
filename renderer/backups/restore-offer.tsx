import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

type Offers = CallOutput<'backups.list'>['offers'];

/** For each damaged file set aside, the newest backup that holds a good copy (none while loading or locked). */
export function useRestoreOffers(): Offers {
  return useCall('backups.list', {}).value?.offers ?? [];
}

/** "Herstel uit back-up van <datum>" beside a damaged file, when a backup holds a good copy of it. */
export function RestoreOffer({ file, offers }: { file: string; offers: Offers }) {
  const { t, i18n } = useTranslation('common');
  const api = useApi();
  const [phase, setPhase] = useState<'idle' | 'restoring' | 'restored'>('idle');
  const [error, setError] = useState<ApiCallError | undefined>();
  const offer = offers.find((candidate) => candidate.file === file);
  if (!offer) return null;
  const date = formatDateTime(offer.createdAt, currentLanguage(i18n));

  const restore = async () => {
    setPhase('restoring');
    setError(undefined);
    try {
      await api.call('backups.restoreFile', { stamp: offer.stamp, path: offer.file });
      setPhase('restored');
    } catch (caught) {
      setError(toApiCallError(caught));
      setPhase('idle');
    }
  };

  return (
    <span className="restore-offer">
      {phase === 'restored' ? (
        <span role="status"> {t('problems.restored', { file, date })}</span>
      ) : (
        <>
          {' '}
          <button type="button" className="button button-secondary" disabled={phase === 'restoring'} onClick={() => void restore()}>
            {phase === 'restoring' ? t('problems.restoring') : t('problems.restoreFrom', { date })}
          </button>
        </>
      )}
      {error && <ErrorAlert error={error} />}
    </span>
  );
}
