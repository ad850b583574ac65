import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { formatDayHeading } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { AgendaDayContent, isEmptyDay } from './agenda-day';
import { useTickOff } from './use-tick-off';
import { useToday } from './use-today';

/** How many agreements are overdue, as a way into the attention view; nothing when none are. */
function OverdueNotice() {
  const { t } = useTranslation('agenda');
  const attention = useCall('attention.list', {});
  const count = attention.value?.overdueAgreements.length ?? 0;
  if (count === 0) return null;
  return (
    <p className="notice">
      <strong>{t('today.overdue', { count })}</strong> <Link to={{ name: 'attention' }}>{t('today.toAttention')}</Link>
    </p>
  );
}

/**
 * The start screen: what today holds — appointments in time order and agreements due today, ticked
 * off right here — and how many agreements are overdue.
 */
export function TodayPage() {
  const { t, i18n } = useTranslation('agenda');
  const language = currentLanguage(i18n);
  const today = useToday();
  const days = useCall('agenda.days', { from: today, to: today });
  const tick = useTickOff(days.reload);
  useDocumentTitle(t('today.title'));
  const day = days.value?.[0];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('today.title')}</h1>
          <p className="page-subtitle">
            <time dateTime={today}>{formatDayHeading(today, language, true)}</time>
          </p>
        </div>
        <Link to={{ name: 'agenda' }} className="button button-secondary">
          {t('today.toWeek')}
        </Link>
      </div>
      <OverdueNotice />
      <p className="sr-only" role="status">
        {tick.message}
      </p>
      {tick.error && <ErrorAlert error={tick.error} />}
      {days.status === 'error' && <ErrorAlert error={days.error} onRetry={days.reload} />}
      {day === undefined && days.status === 'loading' && (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      )}
      {day !== undefined && isEmptyDay(day) && (
        <section className="card empty-state">
          <h2>{t('today.emptyTitle')}</h2>
          <p>{t('today.emptyBody')}</p>
          <Link to={{ name: 'caseload' }} className="button button-secondary">
            {t('today.toCaseload')}
          </Link>
        </section>
      )}
      {day !== undefined && !isEmptyDay(day) && (
        <section className="card agenda-day" aria-busy={days.status === 'loading'} aria-label={t('today.title')}>
          <AgendaDayContent day={day} busyId={tick.busyId} onSetDone={(ref, done) => void tick.setDone(ref, done)} headingLevel={2} />
        </section>
      )}
    </>
  );
}
