import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeView } from '../../main/api/api-types';
import { formatShortDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

/** Intake, halfway, end and follow-up: when each is due and whether it was done, in words. */
export function MeasurementMoments({ moments }: { moments: ProgrammeView['moments'] }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('moments.title')}</h3>
      {moments.length === 0 ? (
        <p className="muted">{t('moments.none')}</p>
      ) : (
        <ul className="moment-list">
          {moments.map((moment) => (
            <li key={moment.moment} className={`moment moment-${moment.status}`}>
              <span className="moment-name">{t(`moments.${moment.moment}`)}</span>
              <span className="moment-date">{t('moments.due', { date: formatShortDate(moment.due, language) })}</span>
              <span className="moment-status">
                {moment.status === 'done'
                  ? t('moments.status.done', { date: formatShortDate(moment.takenOn ?? moment.due, language) })
                  : t(`moments.status.${moment.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t('moments.hint')}</p>
    </section>
  );
}
