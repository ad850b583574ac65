import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitWarning } from '../../main/api/api-types';
import { fitWarningText } from './fit-text';

/** The warnings given when the referral was planned, and the reason the worker gave to go on. */
export function KeptFit({ fit }: { fit: { warnings: readonly FitWarning[]; reason: string } }) {
  const { t, i18n } = useTranslation('referrals');
  const titleId = useId();
  return (
    <section className="fit-kept" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('item.fitTitle')}</h4>
      <ul className="fit-list">
        {fit.warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`}>{fitWarningText(i18n, warning)}</li>
        ))}
      </ul>
      <p>
        <strong>{t('item.fitReason')}</strong> <span className="multiline">{fit.reason}</span>
      </p>
    </section>
  );
}
