import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeTemplate } from '../../main/api/api-types';
import { PhaseHandouts } from './phase-handouts';

/** On a template's page: its handouts per phase without a client, to print and have ready. */
export function BlankHandoutsCard({ template }: { template: ProgrammeTemplate }) {
  const { t } = useTranslation('reports');
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('handouts.blankTitle')}</h2>
      <p className="section-intro">{t('handouts.blankHint')}</p>
      <PhaseHandouts template={template} version={template.version} />
    </section>
  );
}
