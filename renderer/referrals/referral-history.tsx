import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStep } from '../../main/api/api-types';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

/** Every step of the referral, oldest first: the day it happened, the status it reached and its note. */
export function ReferralHistory({ steps }: { steps: readonly ReferralStep[] }) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const titleId = useId();
  return (
    <section className="referral-history" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('item.history')}</h4>
      <ol className="referral-steps">
        {steps.map((step, index) => (
          <li key={`${step.at}-${index}`}>
            <time dateTime={step.on}>{formatDate(step.on, language)}</time>
            {' – '}
            <strong>{t(`statuses.${step.to}`)}</strong>
            {step.note !== undefined && step.note !== '' && (
              <>
                {': '}
                <span className="multiline">{step.note}</span>
              </>
            )}
            {step.by !== '' && <span className="muted"> {t('item.stepBy', { name: step.by })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
