import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRun, ProgrammeTemplate } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import { DocumentButton } from './document-button';
import { PhaseHandouts } from './phase-handouts';

/**
 * On the Programma tab: the handouts per phase of the version the client follows, and the progress
 * report (also on the overview), since here is where the worker prepares a session or evaluation.
 */
export function ProgrammeDocuments({ clientId, run, template }: { clientId: string; run: ProgrammeRun; template: ProgrammeTemplate }) {
  const { t, i18n } = useTranslation('reports');
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('clientDocuments.title')}</h2>
      <h3>{t('handouts.title')}</h3>
      <p className="section-intro">{t('handouts.hint')}</p>
      <PhaseHandouts template={template} version={run.templateVersion} />
      <div className="document-secondary-row">
        <p className="section-intro">{t('clientDocuments.progressReportHint')}</p>
        <DocumentButton label={t('clientDocuments.progressReport')} request={{ kind: 'progressReport', language: currentLanguage(i18n), clientId }} />
      </div>
    </section>
  );
}
