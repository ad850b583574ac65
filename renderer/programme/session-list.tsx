import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRun, ProgrammeTemplate, SessionRecord } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { formatSessionMoment } from './programme-format';
import { phaseName } from './session-draft';

/**
 * Every session of the programme: number, week, phase, title (a link to the session view), when it
 * is planned and what happened. Sessions not yet held can be moved while the programme runs.
 */
export function SessionList({
  clientId,
  template,
  run,
  nextSessionNumber,
  onMove,
}: {
  clientId: string;
  template: ProgrammeTemplate;
  run: ProgrammeRun;
  nextSessionNumber: number | undefined;
  onMove: (record: SessionRecord) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const running = run.status === 'running';
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('sessions.title')}</h2>
      <div className="table-scroll">
        <table className="table session-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('sessions.number')}</th>
              <th scope="col">{t('sessions.week')}</th>
              <th scope="col">{t('sessions.phase')}</th>
              <th scope="col">{t('sessions.what')}</th>
              <th scope="col">{t('sessions.planned')}</th>
              <th scope="col">{t('sessions.status')}</th>
              <th scope="col">
                <span className="sr-only">{t('sessions.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {run.sessions.map((record) => {
              const session = template.sessions.find((candidate) => candidate.number === record.number);
              const isNext = running && record.number === nextSessionNumber;
              return (
                <tr key={record.number} className={isNext ? 'session-row-next' : undefined}>
                  <td>{record.number}</td>
                  <td>{session?.week}</td>
                  <td>{session ? phaseName(template, session.phase, language) : ''}</td>
                  <th scope="row">
                    <Link to={{ name: 'clientSession', id: clientId, session: record.number }}>
                      <span className="sr-only">{`${t('sessions.openLabel', { number: record.number })}:`}</span>{' '}
                      {session?.title[language] ?? record.number}
                    </Link>
                  </th>
                  <td>
                    <time dateTime={record.plannedAt}>{formatSessionMoment(record.plannedAt, language)}</time>
                  </td>
                  <td>
                    {t(`attendance.${record.attendance ?? 'planned'}`)}
                    {isNext && <span className="next-tag"> · {t('sessions.next')}</span>}
                  </td>
                  <td>
                    {running && record.attendance === undefined && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('sessions.moveLabel', { number: record.number })}
                        onClick={() => onMove(record)}
                      >
                        {t('sessions.move')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
