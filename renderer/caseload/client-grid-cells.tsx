import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../main/api/api-types';
import { daysBetween, localDate } from '../../main/domain/agenda/local-date';
import { StatusBadge } from '../clients/status-badge';
import { formatDaysAgo, formatShortDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { FlagChips } from './flag-chips';

/** "–" for the eye, the words for a screen reader. */
export function Empty({ label }: { label: string }) {
  return (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** "de Boer, Anna" as the link into the client file; the preferred name beneath it. */
export function NameCell({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('caseload');
  return (
    <>
      {/* Not a tab stop of its own: the row is. Still a link, for the mouse and screen readers. */}
      <span className="cell-main">
        <Link to={{ name: 'client', id: client.id }} tabIndex={-1} className="client-name">
          {t('nameInList', { familyName: client.familyName, givenName: client.givenName })}
        </Link>
      </span>
      {client.preferredName !== undefined && <span className="cell-sub">{t('preferredName', { name: client.preferredName })}</span>}
    </>
  );
}

export function LastContactCell({ at, today }: { at: string | undefined; today: string }) {
  const { t, i18n } = useTranslation('caseload');
  const language = currentLanguage(i18n);
  if (at === undefined) return <span className="muted">{t('noContactYet')}</span>;
  const day = localDate(new Date(at));
  return (
    <>
      <span className="cell-main">{formatDaysAgo(Math.max(0, daysBetween(day, today)), language)}</span>
      <time className="cell-sub" dateTime={at}>
        {formatShortDate(day, language)}
      </time>
    </>
  );
}

/** The next planned thing; a date in the past is bold and says "te laat" in words. */
export function NextActionCell({ on, today }: { on: string | undefined; today: string }) {
  const { t, i18n } = useTranslation('caseload');
  const language = currentLanguage(i18n);
  if (on === undefined) return <Empty label={t('nothingPlanned')} />;
  const date = <time dateTime={on}>{formatShortDate(on, language)}</time>;
  if (on < today) {
    return (
      <>
        <strong className="cell-main overdue">{date}</strong>
        <span className="cell-sub">
          <span className="late-tag">{t('late')}</span>
        </span>
      </>
    );
  }
  return (
    <>
      <span className="cell-main">{date}</span>
      {on === today && <span className="cell-sub">{t('today')}</span>}
    </>
  );
}

/** The cells of one caseload row after the name, in column order. */
export function SummaryCells({ client, today }: { client: ClientSummary; today: string }) {
  const { t } = useTranslation(['caseload', 'common', 'clients']);
  return (
    <>
      <div role="gridcell" className="cell">
        <StatusBadge status={client.status} />
      </div>
      <div role="gridcell" className="cell">
        {client.ageGroup === undefined ? <Empty label={t('common:notFilledIn')} /> : t(`clients:ageGroups.${client.ageGroup}`)}
      </div>
      <div role="gridcell" className="cell">
        {client.assignedWorker === undefined ? (
          <span className="muted">{t('unassigned')}</span>
        ) : (
          <span className="cell-main" title={client.assignedWorker}>
            {client.assignedWorker}
          </span>
        )}
      </div>
      <div role="gridcell" className="cell cell-stack">
        <LastContactCell at={client.lastContactAt} today={today} />
      </div>
      <div role="gridcell" className="cell cell-stack">
        <NextActionCell on={client.nextActionOn} today={today} />
      </div>
      <div role="gridcell" className="cell">
        <FlagChips flags={client.flags} />
      </div>
    </>
  );
}
