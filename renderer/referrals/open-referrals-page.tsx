import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { OpenReferralRow } from './open-referral-row';
import './referrals.css';

/**
 * `#/referrals`: every referral still under way across the caseload, longest waiting first. One
 * that has waited too long for an answer is marked in words ("bel na") as well as by its look.
 */
export function OpenReferralsPage() {
  const { t } = useTranslation('referrals');
  const tableTitleId = useId();
  useDocumentTitle(t('overview.title'));
  const open = useCall('referrals.open', {});
  const preferences = useCall('preferences.get', {});
  const days = preferences.value?.referralFollowUpDays ?? 14;
  const items = open.value ?? [];
  const toFollowUp = items.filter((item) => item.needsFollowUp).length;

  return (
    <>
      <div className="page-header">
        <h1>{t('overview.title')}</h1>
      </div>
      <p className="page-intro">{t('overview.intro', { count: days })}</p>
      {open.status === 'error' && <ErrorAlert error={open.error} onRetry={open.reload} />}
      {open.value === undefined && open.status === 'loading' && <p className="muted">{t('overview.loading')}</p>}
      {open.value !== undefined && items.length === 0 && (
        <section className="card empty-state">
          <h2>{t('overview.empty.title')}</h2>
          <p>{t('overview.empty.body')}</p>
        </section>
      )}
      {items.length > 0 && (
        <section className="card table-card" aria-labelledby={tableTitleId}>
          <div className="table-card-header">
            <h2 id={tableTitleId}>{t('overview.tableTitle')}</h2>
            <p className="result-count" aria-live="polite">
              {t('overview.count', { count: items.length })}
              {toFollowUp > 0 && ` · ${t('overview.countFollowUp', { count: toFollowUp })}`}
            </p>
          </div>
          <table className="table open-referrals" aria-labelledby={tableTitleId} aria-busy={open.status === 'loading'}>
            <thead>
              <tr>
                <th scope="col">{t('overview.client')}</th>
                <th scope="col">{t('overview.destination')}</th>
                <th scope="col">{t('overview.status')}</th>
                <th scope="col">{t('overview.planned')}</th>
                <th scope="col">{t('overview.waitingColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <OpenReferralRow key={item.referral.id} item={item} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
