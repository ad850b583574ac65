import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../api/api-client';
import { translateError } from '../i18n/error-message';

/** A refused call in the worker's words, with a way to try again when that can help. */
export function ErrorAlert({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="alert alert-error" role="alert">
      <p>{translateError(i18n, error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
