import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { clientFlags } from './client-choices';

/**
 * Risks and points of attention, right under the name where nobody can miss them: a heading
 * "Let op", each flag in words, and the worker's note. The thick border and the words carry the
 * meaning; the colour only helps.
 */
export function FlagsBanner({ client }: { client: Pick<Client, 'flags' | 'flagNote'> }) {
  const { t } = useTranslation('clients');
  const titleId = useId();
  if (client.flags.length === 0 && client.flagNote === undefined) return null;
  // Always in the same order, so a colleague finds the same flag in the same place.
  const flags = clientFlags.filter((flag) => client.flags.includes(flag));
  return (
    <section className="flags-banner" aria-labelledby={titleId}>
      <h2 id={titleId} className="flags-title">
        {t('page.flagsTitle')}
      </h2>
      {flags.length > 0 && (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={flag} className="flag">
              {t(`flags.${flag}`)}
            </li>
          ))}
        </ul>
      )}
      {client.flagNote !== undefined && <p className="flag-note">{client.flagNote}</p>}
    </section>
  );
}
