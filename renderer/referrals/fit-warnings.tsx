import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitWarning } from '../../main/api/api-types';
import { fitWarningText } from './fit-text';

/**
 * Why the destination may not fit the client now, said the moment it is chosen (an alert), before
 * anything is saved. Each warning is a sentence; the worker may still go on with a reason.
 */
export function FitWarnings({ warnings }: { warnings: readonly FitWarning[] }) {
  const { t, i18n } = useTranslation('referrals');
  const titleId = useId();
  if (warnings.length === 0) return null;
  return (
    <div className="fit-warnings" role="alert" aria-labelledby={titleId} data-testid="fit-warnings">
      <h3 id={titleId} className="fit-title">
        {t('form.fitTitle')}
      </h3>
      <ul className="fit-list">
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`}>{fitWarningText(i18n, warning)}</li>
        ))}
      </ul>
      <p className="fit-advice">{t('form.fitAdvice')}</p>
    </div>
  );
}

