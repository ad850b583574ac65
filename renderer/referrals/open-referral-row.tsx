import { useTranslation } from 'react-i18next';
import type { OpenReferral } from '../../main/api/api-types';
import { useServiceWords } from '../directory/use-service-words';
import { formatShortDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { ClientReferralsLink } from './client-referrals-link';
import { ReferralStatusBadge } from './referral-status-badge';
import { waitingText } from './waiting-text';

/** One open referral in the overview; one that waits too long is marked by a bar and bold words. */
export function OpenReferralRow({ item }: { item: OpenReferral }) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const words = useServiceWords();
  const { client, referral, needsFollowUp } = item;
  const waiting = waitingText(t, language, item);
  return (
    <tr className={needsFollowUp ? 'needs-follow-up' : undefined} data-testid="open-referral">
      <th scope="row">
        <ClientReferralsLink client={client} />
      </th>
      <td>
        <span className="cell-main">{referral.destination.name}</span>
        <span className="cell-sub">{words.kind(referral.destination.kind)}</span>
      </td>
      <td>
        <ReferralStatusBadge status={referral.status} />
      </td>
      <td>
        <time dateTime={referral.plannedOn}>{formatShortDate(referral.plannedOn, language)}</time>
      </td>
      <td>{needsFollowUp ? <strong className="follow-up-tag">{waiting}</strong> : waiting}</td>
    </tr>
  );
}
