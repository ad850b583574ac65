import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { useReloadWhen } from '../components/use-reload-when';
import { Link } from '../router/link';
import './privacy.css';

/**
 * Said on the referrals tab when the client has not (or no longer) consented to sharing data with
 * the organisations they are referred to. It does not block: the worker may have asked just now.
 */
export function ReferralConsentNotice({ clientId, revision }: { clientId: string; revision: number }) {
  const { t } = useTranslation('privacy');
  const consents = useCall('privacy.consents', { clientId });
  useReloadWhen(revision, consents.reload);
  const current = consents.value?.current.share_with_referrals;
  if (consents.value === undefined || current?.given === true) return null;
  return (
    <div className="alert alert-warning" role="note" data-testid="referral-consent-notice">
      <p>{current === null || current === undefined ? t('referralNotice.never') : t('referralNotice.withdrawn')}</p>
      <Link to={{ name: 'client', id: clientId, tab: 'privacy' }}>{t('referralNotice.link')}</Link>
    </div>
  );
}
