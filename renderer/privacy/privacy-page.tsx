import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { Link } from '../router/link';
import { RetentionList } from './retention-list';
import { RetentionSetting } from './retention-setting';
import './privacy.css';

/**
 * `#/privacy`: what the AVG asks and how Verbind helps, the closed files whose keeping period has
 * passed (to erase on confirmation), the keeping period itself, and the ways to the audit log and
 * the backups.
 */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('title'));
  const retentionId = useId();
  const settingId = useId();
  const moreId = useId();
  const due = useCall('privacy.retentionDue', {});
  const preferences = useCall('preferences.get', {});
  const [message, setMessage] = useState('');
  const months = preferences.value?.retentionMonths;

  return (
    <>
      <h1>{t('title')}</h1>
      <section className="card">
        <p>{t('page.intro')}</p>
        <ul>
          <li>{t('page.duties.consent')}</li>
          <li>{t('page.duties.access')}</li>
          <li>{t('page.duties.erasure')}</li>
          <li>{t('page.duties.retention')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby={retentionId}>
        <h2 id={retentionId}>{t('page.retentionTitle')}</h2>
        <p className="form-status" role="status">
          {message}
        </p>
        {due.status === 'error' && <ErrorAlert error={due.error} onRetry={due.reload} />}
        {due.value === undefined && due.status === 'loading' && <p role="status">{t('page.loading')}</p>}
        {due.value !== undefined && months !== undefined && (
          due.value.length === 0 ? (
            <p className="empty-note">{t('page.empty', { months })}</p>
          ) : (
            <RetentionList
              due={due.value}
              months={months}
              onErased={(count) => {
                setMessage(t('page.erased', { count }));
                due.reload();
              }}
            />
          )
        )}
      </section>
      <section className="card" aria-labelledby={settingId}>
        <h2 id={settingId}>{t('page.settingTitle')}</h2>
        {preferences.status === 'error' && <ErrorAlert error={preferences.error} onRetry={preferences.reload} />}
        {months !== undefined && (
          <RetentionSetting
            initial={months}
            onSaved={() => {
              setMessage('');
              preferences.reload();
              due.reload();
            }}
          />
        )}
      </section>
      <section className="card" aria-labelledby={moreId}>
        <h2 id={moreId}>{t('page.moreTitle')}</h2>
        <ul>
          <li>
            <Link to={{ name: 'audit' }}>{t('page.auditLink')}</Link>
          </li>
          <li>
            <Link to={{ name: 'backups' }}>{t('page.backupsLink')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
