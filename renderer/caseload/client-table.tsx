import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../main/api/api-types';
import { StatusBadge } from '../clients/status-badge';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { useRouter } from '../router/router';

/**
 * The caseload as a table. The family name is the link into the client (Tab, Enter); clicking
 * anywhere on the row does the same for mouse users.
 */
export function ClientTable({ clients, busy }: { clients: readonly ClientSummary[]; busy: boolean }) {
  const { t, i18n } = useTranslation(['caseload', 'common']);
  const { navigate } = useRouter();
  const language = currentLanguage(i18n);

  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    navigate({ name: 'client', id });
  };

  return (
    <table className="table" aria-busy={busy}>
      <caption className="sr-only">{t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.familyName')}</th>
          <th scope="col">{t('columns.givenName')}</th>
          <th scope="col">{t('columns.dateOfBirth')}</th>
          <th scope="col">{t('columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id} className="row-link" onClick={(event) => openFromRow(event, client.id)}>
            <td>
              <Link
                to={{ name: 'client', id: client.id }}
                aria-label={t('common:fullName', { givenName: client.givenName, familyName: client.familyName })}
              >
                {client.familyName}
              </Link>
            </td>
            <td>{client.givenName}</td>
            <td>
              {client.dateOfBirth === undefined ? (
                <span className="muted">
                  <span aria-hidden="true">–</span>
                  <span className="sr-only">{t('common:notFilledIn')}</span>
                </span>
              ) : (
                <time dateTime={client.dateOfBirth}>{formatDate(client.dateOfBirth, language)}</time>
              )}
            </td>
            <td>
              <StatusBadge status={client.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
