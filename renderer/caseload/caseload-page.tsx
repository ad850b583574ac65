import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSortKey, ClientSummary } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { useToday } from '../agenda/use-today';
import { ErrorAlert } from '../components/error-alert';
import { useDebouncedValue } from '../components/use-debounced-value';
import { useDocumentTitle } from '../components/use-document-title';
import { Link } from '../router/link';
import { ExportButton, ExportOutcome, useCsvExport } from '../transfer/export-button';
import { CaseloadFilters, workerOptions } from './caseload-filters';
import { hasFilters, initialCaseloadView, listInput, useCaseloadView, type CaseloadView } from './caseload-view-state';
import { ClientGrid, type GridPlace } from './client-grid';
import { useNewClientShortcut } from './use-new-client-shortcut';

/** Long enough that typing a name does not start a search per key, short enough to feel instant. */
const searchDelayMs = 120;

function workersIn(clients: readonly ClientSummary[]): string[] {
  const names = new Set<string>();
  for (const client of clients) if (client.assignedWorker !== undefined) names.add(client.assignedWorker);
  return [...names];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, index) => name === b[index]);

/**
 * The worker's whole caseload: search as you type (names, phone, e-mail; accents ignored by the
 * main process), filters, sortable columns, a windowed list that stays quick with 10,000 clients,
 * and the way to import and export. What the worker set up survives a visit to a client.
 */
export function CaseloadPage() {
  const { t } = useTranslation(['caseload', 'clients']);
  const [view, setView] = useCaseloadView();
  const searchRef = useRef<HTMLInputElement>(null);
  const today = useToday();
  const settledQuery = useDebouncedValue(view.query.trim(), searchDelayMs);
  // The previous answer stays on screen while the next loads; a late answer to an older query is dropped.
  const list = useCall('clients.list', listInput(view, settledQuery));

  useDocumentTitle(t('title'));
  useNewClientShortcut();

  const change = useCallback((changes: Partial<CaseloadView>) => setView((current) => ({ ...current, ...changes })), [setView]);

  // The worker filter offers the workers in the caseload: learnt from any list not filtered by worker.
  useEffect(() => {
    if (list.status !== 'ready' || view.worker.kind !== 'all') return;
    const seen = workersIn(list.value);
    const everyone = !hasFilters(view, settledQuery);
    setView((current) => {
      const next = (everyone ? seen : [...new Set([...current.knownWorkers, ...seen])]).sort((a, b) => a.localeCompare(b, 'nl'));
      return sameList(next, current.knownWorkers) ? current : { ...current, knownWorkers: next };
    });
    // Only a new answer teaches new names; `view` is read for the filters that produced it.
  }, [list.status, list.value]);

  const onSort = (key: ClientSortKey) =>
    change(view.sort === key ? { descending: !view.descending } : { sort: key, descending: false });

  const clearFilters = () => {
    change({ ...initialCaseloadView, sort: view.sort, descending: view.descending, knownWorkers: view.knownWorkers });
    searchRef.current?.focus();
  };

  const onLeave = useCallback((place: GridPlace) => change(place), [change]);
  const workers = useMemo(() => workerOptions(view.knownWorkers, view.worker), [view.knownWorkers, view.worker]);
  const filtered = hasFilters(view, settledQuery);
  const clients = list.value;
  const exporter = useCsvExport(clients ?? []);
  const input = listInput(view, settledQuery);

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
        <div className="button-row">
          <Link to={{ name: 'import' }} className="button button-secondary">
            {t('import')}
          </Link>
          <ExportButton exporter={exporter} count={clients?.length ?? 0} filtered={filtered} />
          <Link
            to={{ name: 'clientNew' }}
            className="button button-primary"
            aria-keyshortcuts="Control+N Meta+N"
            title={t('newClientShortcut')}
          >
            {t('newClient')}
          </Link>
        </div>
      </div>

      <ExportOutcome exporter={exporter} />

      <CaseloadFilters view={view} onChange={change} workers={workers} searchRef={searchRef} />

      <div className="result-bar">
        <p className="result-count" role="status">
          {list.status === 'loading' && clients === undefined
            ? t('loading')
            : clients !== undefined && clients.length > 0
              ? filtered
                ? t('resultCountFiltered', { count: clients.length })
                : t('resultCount', { count: clients.length })
              : ''}
        </p>
        {filtered && (
          <button type="button" className="button button-link" onClick={clearFilters}>
            {t('clearFilters')}
          </button>
        )}
      </div>

      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}

      {list.status === 'ready' && clients?.length === 0 && !filtered && (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <div className="button-row button-row-center">
            <Link to={{ name: 'clientNew' }} className="button button-primary">
              {t('empty.action')}
            </Link>
            <Link to={{ name: 'import' }} className="button button-secondary">
              {t('empty.import')}
            </Link>
          </div>
        </section>
      )}

      {list.status === 'ready' && clients?.length === 0 && filtered && (
        <section className="card empty-state">
          <h2>{t('noResults.title')}</h2>
          <p>
            {settledQuery === ''
              ? t('noResults.filters')
              : hasFilters(view, '')
                ? `${t('noResults.query', { query: settledQuery })} ${t('noResults.alsoFilters')}`
                : t('noResults.query', { query: settledQuery })}
          </p>
          <button type="button" className="button button-secondary" onClick={clearFilters}>
            {t('noResults.clear')}
          </button>
        </section>
      )}

      {clients !== undefined && clients.length > 0 && list.status !== 'error' && (
        <div className="card table-card">
          <ClientGrid
            clients={clients}
            busy={list.status === 'loading'}
            today={today}
            sort={view.sort}
            descending={view.descending}
            onSort={onSort}
            initialPlace={{ activeId: view.activeId, scrollTop: view.scrollTop }}
            onLeave={onLeave}
            listKey={JSON.stringify(input)}
          />
        </div>
      )}
    </>
  );
}
