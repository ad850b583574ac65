import { useTranslation } from 'react-i18next';
import type { ProgrammeTemplate } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import { DocumentButton } from './document-button';

/** The handout of one session, for the client to take home (or blank, from the templates screen). */
export function SessionHandoutButton({ template, session, version }: { template: ProgrammeTemplate; session: number; version?: number | undefined }) {
  const { t, i18n } = useTranslation('reports');
  return (
    <DocumentButton
      label={t('handouts.session', { number: session })}
      request={{
        kind: 'handout',
        language: currentLanguage(i18n),
        templateId: template.id,
        ...(version === undefined ? {} : { templateVersion: version }),
        scope: { by: 'session', session },
        largeType: false,
      }}
    />
  );
}
