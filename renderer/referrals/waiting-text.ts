import type { TFunction } from 'i18next';
import type { Language, OpenReferral } from '../../main/api/api-types';
import { formatShortDate } from '../i18n/formatting';

/**
 * How long a referral has waited and, for one waiting too long, what to do: "Wacht 19 dagen — bel
 * na", or for one never sent, since when. The words carry the meaning; the highlight only helps the eye.
 */
export function waitingText(
  t: TFunction<'referrals'>,
  language: Language,
  open: Pick<OpenReferral, 'referral' | 'waitingDays' | 'needsFollowUp'>,
): string {
  const { referral, waitingDays, needsFollowUp } = open;
  if (needsFollowUp && referral.status === 'planned') {
    return t('overview.notSent', { count: waitingDays, date: formatShortDate(referral.plannedOn, language) });
  }
  if (needsFollowUp) return t('overview.followUp', { count: waitingDays });
  return waitingDays === 0 ? t('overview.waitingToday') : t('overview.waiting', { count: waitingDays });
}
