import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import './security.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** Browsers leave it out where a page may not write to the clipboard (an insecure context). */
function clipboard(): Clipboard | undefined {
  return navigator.clipboard as Clipboard | undefined;
}

/**
 * The recovery key, shown once right after set-up: large enough to copy by hand, with copy and print,
 * and the worker's word that they kept it before going on. It lives only in the parent's state and
 * is gone once they continue.
 */
export function RecoveryKeyPage({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t } = useTranslation('security');
  const id = useId();
  const [saved, setSaved] = useState(false);
  const [savedError, setSavedError] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const savedRef = useRef<HTMLInputElement>(null);
  const canCopy = clipboard() !== undefined;
  useDocumentTitle(t('recovery.documentTitle'));

  const copyKey = async () => {
    try {
      await clipboard()?.writeText(recoveryKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const continueToApp = () => {
    if (!saved) {
      setSavedError(true);
      savedRef.current?.focus();
      return;
    }
    // Left in the clipboard, the key would outlive this screen (and could be pasted anywhere later).
    if (copy === 'copied') void clipboard()?.writeText('').catch(() => undefined);
    onContinue();
  };

  return (
    <main className="start-page">
      <div className="card start-card security-card">
        <h1>{t('recovery.title')}</h1>
        <p>{t('recovery.intro')}</p>
        <p>{t('recovery.keep')}</p>
        <section className="recovery-sheet" aria-labelledby={`${id}-key-label`}>
          <h2 className="print-only">{t('recovery.printTitle')}</h2>
          <p className="print-only">{t('recovery.printNote')}</p>
          <p id={`${id}-key-label`} className="field-label">
            {t('recovery.keyLabel')}
          </p>
          <p className="recovery-key" translate="no">
            {recoveryKey}
          </p>
        </section>
        <div className="button-row recovery-actions">
          {canCopy && (
            <button type="button" className="button button-secondary" onClick={() => void copyKey()}>
              {t('recovery.copy')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('recovery.print')}
          </button>
          <p className="form-status" role="status">
            {copy === 'copied' ? t('recovery.copied') : copy === 'failed' ? t('recovery.copyFailed') : ''}
          </p>
        </div>
        <div className={savedError ? 'field field-invalid' : 'field'}>
          {savedError && (
            <p id={`${id}-saved-error`} className="field-error" role="alert">
              {t('recovery.savedRequired')}
            </p>
          )}
          <label className="checkbox">
            <input
              ref={savedRef}
              type="checkbox"
              checked={saved}
              aria-invalid={savedError}
              aria-describedby={savedError ? `${id}-saved-error` : undefined}
              onChange={(event) => {
                setSaved(event.target.checked);
                if (event.target.checked) setSavedError(false);
              }}
            />
            {t('recovery.saved')}
          </label>
        </div>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={continueToApp}>
            {t('recovery.continue')}
          </button>
        </div>
      </div>
    </main>
  );
}
