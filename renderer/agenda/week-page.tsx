import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, startOfWeek } from '../../main/domain/agenda/local-date';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDayHeading, formatShortDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { useRouter } from '../router/router';
import { AgendaDayContent, isEmptyDay } from './agenda-day';
import { useTickOff } from './use-tick-off';
import { useToday } from './use-today';
import { isoWeekNumber, weekDates } from './week';

/** Alt+Page Up / Alt+Page Down turn the week, anywhere on the page except while typing. */
function useWeekKeys(onPrevious: () => void, onNext: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'PageUp') onPrevious();
      else if (event.key === 'PageDown') onNext();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPrevious, onNext]);
}

/**
 * The week, Monday to Sunday: every day with its appointments and the agreements due, each linked
 * to its client. The week shown is part of the address (`#/agenda/2025-03-03`), so back and forward
 * and a restart keep it.
 */
export function WeekPage({ week }: { week: string | undefined }) {
  const { t, i18n } = useTranslation('agenda');
  const language = currentLanguage(i18n);
  const { navigate } = useRouter();
  const today = useToday();
  const thisWeek = startOfWeek(today);
  const monday = week ?? thisWeek;
  const dates = weekDates(monday);
  const sunday = dates[6] ?? monday;
  const days = useCall('agenda.days', { from: monday, to: sunday });
  const tick = useTickOff(days.reload);
  const titleId = useId();
  const weekNumber = isoWeekNumber(monday);
  useDocumentTitle(t('week.documentTitle', { week: weekNumber }));

  const goTo = (target: string) => navigate({ name: 'agenda', week: target === thisWeek ? undefined : target });
  const previous = () => goTo(addDays(monday, -7));
  const next = () => goTo(addDays(monday, 7));
  useWeekKeys(previous, next);

  const byDate = new Map((days.value ?? []).map((day) => [day.date, day]));
  const loaded = days.value !== undefined && byDate.has(monday);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('week.title')}</h1>
          <p className="page-subtitle" id={titleId}>
            {t('week.range', { week: weekNumber, from: formatShortDate(monday, language), to: formatShortDate(sunday, language) })}
          </p>
        </div>
        <div className="button-row" role="group" aria-label={t('week.navigation')}>
          <button type="button" className="button button-secondary" onClick={previous} aria-keyshortcuts="Alt+PageUp">
            {t('week.previous')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => goTo(thisWeek)} disabled={monday === thisWeek}>
            {t('week.current')}
          </button>
          <button type="button" className="button button-secondary" onClick={next} aria-keyshortcuts="Alt+PageDown">
            {t('week.next')}
          </button>
        </div>
      </div>
      <p className="field-hint">{t('week.keyboardHint')}</p>
      <p className="sr-only" role="status">
        {tick.message}
      </p>
      {tick.error && <ErrorAlert error={tick.error} />}
      {days.status === 'error' && <ErrorAlert error={days.error} onRetry={days.reload} />}
      <ol className="week" aria-labelledby={titleId} aria-busy={days.status === 'loading'}>
        {dates.map((date) => {
          const day = byDate.get(date);
          return (
            <li key={date} className={date === today ? 'card week-day week-day-today' : 'card week-day'}>
              <h2 className="week-day-title">
                <time dateTime={date}>{formatDayHeading(date, language)}</time>
                {date === today && <span className="today-tag">{t('week.today')}</span>}
              </h2>
              <div className="week-day-body">
                {day === undefined || !loaded ? (
                  <p className="muted">{days.status === 'error' ? '' : t('loading')}</p>
                ) : isEmptyDay(day) ? (
                  <p className="muted">{t('week.nothing')}</p>
                ) : (
                  <AgendaDayContent day={day} busyId={tick.busyId} onSetDone={(ref, done) => void tick.setDone(ref, done)} headingLevel={3} />
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
