import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { ageOn, formatDate, formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { StatusBadge } from './status-badge';

/** A missing client and a malformed id in the URL look the same to the worker: not found. */
export function isNotFound(code: string): boolean {
  return code === 'not_found' || code === 'invalid_input';
}

function BackLink() {
  const { t } = useTranslation('clients');
  return (
    <Link to={{ name: 'caseload' }} className="back-link">
      {t('page.backToCaseload')}
    </Link>
  );
}

/** One labelled detail; an empty one says so instead of leaving a gap. */
function Detail({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <>
      <dt>{label}</dt>
      <dd>{children === undefined ? <span className="muted">{t('notFilledIn')}</span> : children}</dd>
    </>
  );
}

function ClientDetails({ client }: { client: Client }) {
  const { t, i18n } = useTranslation(['clients', 'common']);
  const language = currentLanguage(i18n);
  const fullName = t('common:fullName', { givenName: client.givenName, familyName: client.familyName });
  const age = client.dateOfBirth === undefined ? undefined : ageOn(client.dateOfBirth, new Date());
  const detailsTitleId = useId();
  useDocumentTitle(fullName);

  return (
    <>
      <BackLink />
      <div className="page-header">
        <div className="title-with-badge">
          <h1>{fullName}</h1>
          <StatusBadge status={client.status} />
        </div>
        <Link to={{ name: 'clientEdit', id: client.id }} className="button button-primary">
          {t('page.edit')}
        </Link>
      </div>
      <section className="card" aria-labelledby={detailsTitleId}>
        <h2 id={detailsTitleId}>{t('page.details')}</h2>
        <dl className="details">
          <Detail label={t('fields.dateOfBirth')}>
            {client.dateOfBirth === undefined ? undefined : (
              <time dateTime={client.dateOfBirth}>
                {age === undefined
                  ? formatDate(client.dateOfBirth, language)
                  : t('page.dateWithAge', {
                      date: formatDate(client.dateOfBirth, language),
                      age: t('page.age', { count: age }),
                    })}
              </time>
            )}
          </Detail>
          <Detail label={t('fields.phone')}>{client.phone}</Detail>
          <Detail label={t('fields.email')}>{client.email}</Detail>
          <Detail label={t('fields.address')}>
            {client.address === undefined ? undefined : <span className="multiline">{client.address}</span>}
          </Detail>
          <Detail label={t('page.createdAt')}>
            <time dateTime={client.createdAt}>{formatDateTime(client.createdAt, language)}</time>
          </Detail>
          <Detail label={t('page.updatedAt')}>
            <time dateTime={client.updatedAt}>{formatDateTime(client.updatedAt, language)}</time>
          </Detail>
        </dl>
      </section>
    </>
  );
}

/** One client's file, as read-only details with a way to edit and a way back. */
export function ClientPage({ id }: { id: string }) {
  const { t } = useTranslation('clients');
  const result = useCall('clients.get', { id });

  if (result.status === 'ready') return <ClientDetails client={result.value} />;
  if (result.status === 'error' && isNotFound(result.error.code)) return <ClientNotFound />;
  return (
    <>
      <BackLink />
      {result.status === 'error' ? (
        <ErrorAlert error={result.error} onRetry={result.reload} />
      ) : (
        <p role="status">{t('page.loading')}</p>
      )}
    </>
  );
}

export function ClientNotFound() {
  const { t } = useTranslation('clients');
  useDocumentTitle(t('page.notFound.title'));
  return (
    <>
      <BackLink />
      <h1>{t('page.notFound.title')}</h1>
      <p>{t('page.notFound.body')}</p>
    </>
  );
}
