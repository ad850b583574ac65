import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import './security.css';

/**
 * After unlocking with the recovery key. Changing the passphrase asks for the current one, which a
 * worker who needed the recovery key may not know, so this says plainly what they can and cannot do.
 */
export function RecoveredPage({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation('security');
  useDocumentTitle(t('recovered.documentTitle'));
  return (
    <main className="start-page">
      <div className="card start-card security-card">
        <h1>{t('recovered.title')}</h1>
        <p>{t('recovered.text')}</p>
        <p>{t('recovered.noPassphrase')}</p>
        <div className="button-row">
          {/* The only action on the page, so Enter continues at once. */}
          <button type="button" className="button button-primary" autoFocus onClick={onContinue}>
            {t('recovered.continue')}
          </button>
        </div>
      </div>
    </main>
  );
}
