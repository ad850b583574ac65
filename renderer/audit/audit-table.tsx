import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

type AuditRow = CallOutput<'audit.list'>['records'][number];

function ClientCell({ row }: { row: AuditRow }) {
  const { t } = useTranslation('audit');
  if (row.client === undefined) return <span className="muted">{t('table.noClient')}</span>;
  // The log holds no names: an erased client keeps only the id, and the viewer says so.
  if (row.client.state === 'erased') return <em className="audit-erased">{t('erasedClient')}</em>;
  return <>{row.client.name}</>;
}

/** One page of log lines: when, who, what was done to which kind of record, and for which client. */
export function AuditTable({ rows, captionId, busy }: { rows: readonly AuditRow[]; captionId: string; busy: boolean }) {
  const { t, i18n } = useTranslation('audit');
  const language = currentLanguage(i18n);
  return (
    <table className="table audit-table" aria-labelledby={captionId} aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('table.when')}</th>
          <th scope="col">{t('table.who')}</th>
          <th scope="col">{t('table.action')}</th>
          <th scope="col">{t('table.record')}</th>
          <th scope="col">{t('table.client')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.seq}-${row.hash}`} data-testid="audit-row">
            <th scope="row">
              <time dateTime={row.at} className="cell-main">
                {formatDateTime(row.at, language)}
              </time>
              <span className="cell-sub">{t('table.line', { seq: row.seq })}</span>
            </th>
            <td>{row.actor}</td>
            <td>{t(`actions.${row.action}`, { defaultValue: row.action })}</td>
            <td>
              <span className="cell-main">{t(`entities.${row.entity}`, { defaultValue: row.entity })}</span>
              {row.detail !== undefined && <span className="cell-sub audit-detail">{row.detail}</span>}
            </td>
            <td>
              <ClientCell row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
