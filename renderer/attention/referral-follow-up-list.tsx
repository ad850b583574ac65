import { useTranslation } from 'react-i18next';
import type { OpenReferral } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import { ClientReferralsLink } from '../referrals/client-referrals-link';
import { ReferralStatusBadge } from '../referrals/referral-status-badge';
import { waitingText } from '../referrals/waiting-text';

/** Referrals waiting too long for an answer, each leading to the client's Verwijzingen tab. */
export function ReferralFollowUpList({ items }: { items: readonly OpenReferral[] }) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  return (
    <ul className="attention-list">
      {items.map((open) => (
        <li key={open.referral.id} className="attention-item">
          <div className="attention-main">
            <ClientReferralsLink client={open.client} className="attention-name" />
            <ReferralStatusBadge status={open.referral.status} />
          </div>
          <p className="attention-text">{t('attention.to', { name: open.referral.destination.name })}</p>
          <p className="attention-detail">
            <strong>{waitingText(t, language, open)}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}
