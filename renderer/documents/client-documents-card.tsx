import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { DocumentButton } from './document-button';

/** On the client's overview: the progress report, to discuss with the client or hand over. */
export function ClientDocumentsCard({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('reports');
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('clientDocuments.title')}</h2>
      <p className="section-intro">{t('clientDocuments.progressReportHint')}</p>
      <DocumentButton label={t('clientDocuments.progressReport')} request={{ kind: 'progressReport', language: currentLanguage(i18n), clientId }} />
    </section>
  );
}
