import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeGroup, ClientStatus, ClientSummary } from '../../main/api/api-types';
import { ageGroups, clientStatuses } from '../../main/domain/clients/client-status';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';

interface Counts {
  total: number;
  byStatus: ReadonlyMap<ClientStatus, number>;
  byAgeGroup: ReadonlyMap<AgeGroup | 'none', number>;
}

/** Counted from the caseload rows the main process already keeps in memory: one call, no names kept. */
function count(clients: readonly ClientSummary[]): Counts {
  const byStatus = new Map<ClientStatus, number>();
  const byAgeGroup = new Map<AgeGroup | 'none', number>();
  for (const client of clients) {
    byStatus.set(client.status, (byStatus.get(client.status) ?? 0) + 1);
    const group = client.ageGroup ?? 'none';
    byAgeGroup.set(group, (byAgeGroup.get(group) ?? 0) + 1);
  }
  return { total: clients.length, byStatus, byAgeGroup };
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: ReadonlyArray<{ key: string; label: string; count: number }> }) {
  const { t } = useTranslation('reports');
  return (
    <table className="table report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="number-cell">
            {t('caseload.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="number-cell">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The caseload as it stands: how many clients per status and per age group. */
export function CaseloadCounts() {
  const { t } = useTranslation(['reports', 'clients']);
  const titleId = useId();
  const clients = useCall('clients.list', {});
  const counts = clients.value === undefined ? undefined : count(clients.value);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('caseload.title')}</h2>
      <p className="section-intro">{t('caseload.hint')}</p>
      {clients.status === 'error' && <ErrorAlert error={clients.error} onRetry={clients.reload} />}
      {counts === undefined && clients.status === 'loading' && <p className="muted">{t('caseload.loading')}</p>}
      {counts !== undefined && counts.total === 0 && <p className="empty-note">{t('caseload.empty')}</p>}
      {counts !== undefined && counts.total > 0 && (
        <>
          <p className="report-total">{t('caseload.total', { count: counts.total })}</p>
          <div className="report-grid">
            <CountTable
              caption={t('caseload.byStatus')}
              head={t('caseload.status')}
              rows={clientStatuses.map((status) => ({ key: status, label: t(`clients:status.${status}`), count: counts.byStatus.get(status) ?? 0 }))}
            />
            <CountTable
              caption={t('caseload.byAgeGroup')}
              head={t('caseload.ageGroup')}
              rows={[...ageGroups, 'none' as const]
                .filter((group) => group !== 'none' || counts.byAgeGroup.has('none'))
                .map((group) => ({
                  key: group,
                  label: group === 'none' ? t('caseload.noAgeGroup') : t(`clients:ageGroups.${group}`),
                  count: counts.byAgeGroup.get(group) ?? 0,
                }))}
            />
          </div>
        </>
      )}
      <p className="field-hint">{t('caseload.moreInPdf')}</p>
    </section>
  );
}
