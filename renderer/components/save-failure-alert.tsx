import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../api/api-client';
import { translateError } from '../i18n/error-message';

interface SaveFailureAlertProps {
  failure: ApiCallError;
  /** The level that fits where the alert stands: h2 on a page, h3 inside a card or dialog. */
  heading: 'h2' | 'h3';
  notSavedTitle: string;
  /** The title when someone saved first; the not-saved title when absent. */
  conflictTitle?: string | undefined;
  reloadLabel: string;
  /** Offered on a conflict only: the worker continues from the latest version. */
  onReload?: (() => void) | undefined;
}

/** Why a save was refused, in the worker's words; after a conflict, a way to load what is stored now. */
export function SaveFailureAlert({ failure, heading: Heading, notSavedTitle, conflictTitle, reloadLabel, onReload }: SaveFailureAlertProps) {
  const { i18n } = useTranslation();
  const conflict = failure.code === 'conflict';
  return (
    <div className="alert alert-error" role="alert">
      <Heading>{conflict && conflictTitle !== undefined ? conflictTitle : notSavedTitle}</Heading>
      <p>{translateError(i18n, failure)}</p>
      {conflict && onReload && (
        <button type="button" className="button button-secondary" onClick={onReload}>
          {reloadLabel}
        </button>
      )}
    </div>
  );
}
