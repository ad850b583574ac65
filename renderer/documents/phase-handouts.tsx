import { useTranslation } from 'react-i18next';
import type { ProgrammeTemplate } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import { DocumentButton } from './document-button';

/**
 * One handout button per phase that has sessions (all that phase's session handouts in one PDF).
 * `version`: the template version a client's programme follows, so the handout matches their
 * sessions; the latest when absent (a blank handout from the templates screen).
 */
export function PhaseHandouts({ template, version }: { template: ProgrammeTemplate; version?: number | undefined }) {
  const { t, i18n } = useTranslation('reports');
  const language = currentLanguage(i18n);
  const phases = template.phases.filter((phase) => template.sessions.some((session) => session.phase === phase.id));
  return (
    <ul className="document-list">
      {phases.map((phase) => (
        <li key={phase.id}>
          <DocumentButton
            label={t('handouts.phase', { phase: phase.name[language] })}
            request={{
              kind: 'handout',
              language,
              templateId: template.id,
              ...(version === undefined ? {} : { templateVersion: version }),
              scope: { by: 'phase', phase: phase.id },
              largeType: false,
            }}
          />
        </li>
      ))}
    </ul>
  );
}
