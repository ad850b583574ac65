import { useTranslation } from 'react-i18next';
import type { AgendaDay } from '../../main/api/api-types';
import { Link } from '../router/link';

/**
 * The questionnaires due on an agenda day for clients in a programme (intake, halfway, end,
 * follow-up), each linking to the client's Metingen tab: measuring is planned work, not an afterthought.
 */
export function AgendaMeasurements({ items, headingLevel }: { items: AgendaDay['measurements']; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('measures');
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="agenda-subtitle">{t('agenda.heading', { count: items.length })}</Heading>
      <ul className="agenda-list">
        {items.map((item) => (
          <li key={`${item.clientId}-${item.moment}`} className="agenda-item">
            <div className="agenda-what">
              <Link to={{ name: 'client', id: item.clientId, tab: 'measures' }} className="agenda-client">
                {t('agenda.item', { moment: t(`moments.${item.moment}`), name: item.clientName })}
              </Link>
              <p className="agenda-detail">{t(`agenda.status.${item.status}`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
