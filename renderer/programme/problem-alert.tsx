import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../api/api-client';
import { translateError, translateKey } from '../i18n/error-message';

type Issue = ApiCallError['issues'][number];

/**
 * A refusal in words, with its issues listed: "Kies minstens twee cliënten", or for a template file
 * "Bijeenkomst 3 › Gespreksvragen: Geef elke bijeenkomst minstens drie gespreksvragen." A generic
 * "invalid input" headline is left out when the issues say it better.
 */
export function ProblemAlert({
  error,
  title,
  describePath,
  onRetry,
}: {
  error: ApiCallError;
  title?: string;
  describePath?: (path: Issue['path']) => string | undefined;
  onRetry?: () => void;
}) {
  const { t, i18n } = useTranslation(['programme', 'common']);
  const lines = [
    ...new Set(
      error.issues.map((issue) => {
        const message = translateKey(i18n, issue.messageKey, 'validation.invalid');
        const where = describePath?.(issue.path);
        return where === undefined ? message : t('programme:templatesPage.issueAt', { where, message });
      }),
    ),
  ];
  const generic = error.messageKey === 'errors:invalidInput' && lines.length > 0;
  return (
    <div className="alert alert-error" role="alert">
      {title !== undefined && <p className="alert-title">{title}</p>}
      {!generic && <p>{translateError(i18n, error)}</p>}
      {lines.length > 0 && (
        <ul className="issue-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common:retry')}
        </button>
      )}
    </div>
  );
}
