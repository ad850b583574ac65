import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../main/api/api-types';

/** The status as a word; the colour and border only support it. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  return <span className={`badge referral-badge referral-badge-${status}`}>{t(`statuses.${status}`)}</span>;
}
