import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusRequest } from '../components/use-focus-request';
import { isLocalDate } from '../router/routes';
import { AuditExportButtons } from './audit-export-buttons';
import { AuditFilters, noAuditFilter, type AuditFilterValues } from './audit-filters';
import { AuditTable } from './audit-table';
import { ChainBanner } from './chain-banner';
import { useAuditExport } from './use-audit-export';
import './audit.css';

export const auditPageSize = 50;

/** The filter as the contract takes it: only whole dates, and no period that ends before it starts. */
function filterInput(values: AuditFilterValues) {
  const from = isLocalDate(values.from) ? values.from : undefined;
  const to = isLocalDate(values.to) ? values.to : undefined;
  const reversed = from !== undefined && to !== undefined && to < from;
  const period = reversed ? {} : { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  return { reversed, period, clientId: values.clientId === '' ? {} : { clientId: values.clientId } };
}

/**
 * `#/audit`: who viewed or changed which client's file and when (NEN 7513), newest first, with the
 * check of the hash chain on top, filters, pages, and an export for an auditor or a client's request.
 */
export function AuditPage() {
  const { t } = useTranslation('audit');
  useDocumentTitle(t('title'));
  const tableTitleId = useId();
  const [values, setValues] = useState<AuditFilterValues>(noAuditFilter);
  const [offset, setOffset] = useState(0);
  // After paging, reading goes on at the table's heading (the button pressed may now be disabled).
  const [tableHeadingRef, focusTable] = useFocusRequest<HTMLHeadingElement>();
  const { reversed, period, clientId } = filterInput(values);
  const input: CallInput<'audit.list'> = {
    ...period,
    ...clientId,
    ...(values.action === '' ? {} : { action: values.action }),
    offset,
    limit: auditPageSize,
  };
  const list = useCall('audit.list', input);
  const exporter = useAuditExport({ ...period, ...clientId });
  const page = list.value;
  const filtered = Object.values(values).some((value) => value !== '');

  const changeFilter = (next: AuditFilterValues) => {
    setValues(next);
    setOffset(0);
  };
  const goTo = (nextOffset: number) => {
    setOffset(nextOffset);
    focusTable();
  };

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      <p className="page-intro">{t('intro')}</p>
      {page !== undefined && <ChainBanner chain={page.chain} system={page.system} />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {page === undefined && list.status === 'loading' && (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      )}
      <section className="card table-card" aria-labelledby={tableTitleId}>
        <AuditFilters values={values} reversed={reversed} onChange={changeFilter} />
        <div className="table-card-header">
          <h2 id={tableTitleId} ref={tableHeadingRef} tabIndex={-1}>
            {t('table.caption')}
          </h2>
          {page !== undefined && page.total > 0 && (
            <p className="result-count" aria-live="polite">
              {t('pager.range', { first: offset + 1, last: Math.min(offset + page.records.length, page.total), total: page.total })}
            </p>
          )}
        </div>
        {page !== undefined && page.total === 0 && <p className="empty-note">{filtered ? t('emptyFiltered') : t('empty')}</p>}
        {page !== undefined && page.records.length > 0 && (
          <>
            <AuditTable rows={page.records} captionId={tableTitleId} busy={list.status === 'loading'} />
            <nav className="button-row audit-pager" aria-label={t('pager.label')}>
              <button type="button" className="button button-secondary" disabled={offset === 0} onClick={() => goTo(Math.max(0, offset - auditPageSize))}>
                {t('pager.previous')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={offset + auditPageSize >= page.total}
                onClick={() => goTo(offset + auditPageSize)}
              >
                {t('pager.next')}
              </button>
            </nav>
          </>
        )}
      </section>
      <AuditExportButtons exporter={exporter} disabled={reversed} />
    </>
  );
}
