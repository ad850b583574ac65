import { useTranslation } from 'react-i18next';
import type { Referral } from '../../main/api/api-types';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

/** What the referral asks and what the client agreed to, as the letter will say it. */
export function ReferralFacts({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  // The name always goes; the rest only as the client agreed.
  const shared = [t('item.name'), ...referral.share.map((item) => t(`share.${item}`))].join(', ');
  const consent =
    referral.consentNote === undefined
      ? t('item.consentOn', { date: formatDate(referral.consentOn, language) })
      : t('item.consentOnWithNote', { date: formatDate(referral.consentOn, language), note: referral.consentNote });
  return (
    <dl className="details details-compact referral-facts">
      <dt>{t('item.plannedOn')}</dt>
      <dd>
        <time dateTime={referral.plannedOn}>{formatDate(referral.plannedOn, language)}</time>
      </dd>
      <dt>{t('form.reason')}</dt>
      <dd className="multiline">{referral.reason}</dd>
      <dt>{t('form.question')}</dt>
      <dd className="multiline">{referral.question}</dd>
      {referral.background !== undefined && (
        <>
          <dt>{t('form.background')}</dt>
          <dd className="multiline">{referral.background}</dd>
        </>
      )}
      <dt>{t('item.shared')}</dt>
      <dd>{shared}</dd>
      <dt>{t('item.consent')}</dt>
      <dd>{consent}</dd>
    </dl>
  );
}
