import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDebouncedValue } from '../components/use-debounced-value';
import { useDocumentTitle } from '../components/use-document-title';
import { clientStatuses, isClientStatus } from '../clients/client-statuses';
import { Link } from '../router/link';
import { ClientTable } from './client-table';
import { useNewClientShortcut } from './use-new-client-shortcut';

const searchDelayMs = 150;

/** The worker's clients: search by name as you type, filter by status, open one, add one. */
export function CaseloadPage() {
  const { t } = useTranslation(['caseload', 'clients']);
  const searchId = useId();
  const statusId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ClientStatus | ''>('');
  const settledQuery = useDebouncedValue(query.trim(), searchDelayMs);
  const list = useCall('clients.list', {
    ...(settledQuery === '' ? {} : { query: settledQuery }),
    ...(status === '' ? {} : { status }),
  });

  useDocumentTitle(t('title'));
  useNewClientShortcut();

  const clearSearch = () => {
    setQuery('');
    setStatus('');
    searchRef.current?.focus();
  };

  const filtered = settledQuery !== '' || status !== '';
  const statusLabel = status === '' ? '' : t(`clients:status.${status}`);
  const noResultsText =
    settledQuery !== '' && status !== ''
      ? t('noResults.queryAndStatus', { query: settledQuery, status: statusLabel })
      : settledQuery !== ''
        ? t('noResults.query', { query: settledQuery })
        : t('noResults.status', { status: statusLabel });

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        <Link
          to={{ name: 'clientNew' }}
          className="button button-primary"
          aria-keyshortcuts="Control+N Meta+N"
          title={t('newClientShortcut')}
        >
          {t('newClient')}
        </Link>
      </div>

      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={searchId}>{t('searchLabel')}</label>
          <input
            ref={searchRef}
            id={searchId}
            type="search"
            className="input"
            value={query}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor={statusId}>{t('statusFilterLabel')}</label>
          <select
            id={statusId}
            className="input"
            value={status}
            onChange={(event) => setStatus(isClientStatus(event.target.value) ? event.target.value : '')}
          >
            <option value="">{t('allStatuses')}</option>
            {clientStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`clients:status.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p className="result-count" role="status">
        {list.status === 'loading'
          ? t('loading')
          : list.status === 'ready' && list.value.length > 0
            ? t('resultCount', { count: list.value.length })
            : ''}
      </p>

      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}

      {list.status === 'ready' && list.value.length === 0 && !filtered && (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <Link to={{ name: 'clientNew' }} className="button button-primary">
            {t('empty.action')}
          </Link>
        </section>
      )}

      {list.status === 'ready' && list.value.length === 0 && filtered && (
        <section className="card empty-state">
          <h2>{t('noResults.title')}</h2>
          <p>{noResultsText}</p>
          <button type="button" className="button button-secondary" onClick={clearSearch}>
            {t('noResults.clear')}
          </button>
        </section>
      )}

      {list.value !== undefined && list.value.length > 0 && list.status !== 'error' && (
        <div className="card table-card">
          <ClientTable clients={list.value} busy={list.status === 'loading'} />
        </div>
      )}
    </>
  );
}
