import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/error-message';
import { formatTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import type { SaveState } from './autosaver';

/**
 * "Opslaan…" / "Opgeslagen om 10:42" in a polite live region, and a failure as an alert that says
 * why and that the text is still there. `label` names whose record it is (group sessions).
 */
export function SaveStatus({ state, onRetry, label }: { state: SaveState; onRetry: () => void; label?: string | undefined }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const text =
    state.kind === 'pending'
      ? t('autosave.saving')
      : state.kind === 'saved'
        ? t('autosave.savedAt', { time: formatTime(state.at.toISOString(), language) })
        : state.kind === 'failed'
          ? t('autosave.failed')
          : t('autosave.idle');
  return (
    <div className="save-status">
      <p className={state.kind === 'failed' ? 'save-status-text save-status-failed' : 'save-status-text'} role="status" aria-live="polite">
        {label !== undefined && <span className="sr-only">{`${label}:`} </span>}
        {text}
      </p>
      {state.kind === 'failed' && (
        <div className="alert alert-error" role="alert">
          <p>
            {translateError(i18n, state.error)} {t('autosave.failedBody')}
          </p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('autosave.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
