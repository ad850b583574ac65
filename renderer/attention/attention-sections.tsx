import { useTranslation } from 'react-i18next';
import type { Attention, ClientSummary } from '../../main/api/api-types';
import { daysBetween, localDate } from '../../main/domain/agenda/local-date';
import type { AgreementRef } from '../agenda/use-tick-off';
import { FlagChips } from '../caseload/flag-chips';
import { StatusBadge } from '../clients/status-badge';
import { formatDaysAgo, formatShortDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';

export function ClientNameLink({ client }: { client: Pick<ClientSummary, 'id' | 'givenName' | 'familyName'> }) {
  const { t } = useTranslation('common');
  return (
    <Link to={{ name: 'client', id: client.id }} className="attention-name">
      {t('fullName', { givenName: client.givenName, familyName: client.familyName })}
    </Link>
  );
}

export function NoRecentContactList({ clients, today }: { clients: readonly ClientSummary[]; today: string }) {
  const { t, i18n } = useTranslation('attention');
  const language = currentLanguage(i18n);
  return (
    <ul className="attention-list">
      {clients.map((client) => {
        const last = client.lastContactAt === undefined ? undefined : localDate(new Date(client.lastContactAt));
        return (
          <li key={client.id} className="attention-item">
            <div className="attention-main">
              <ClientNameLink client={client} />
              <StatusBadge status={client.status} />
            </div>
            <p className="attention-detail">
              {last === undefined
                ? t('noRecentContact.never')
                : t('noRecentContact.last', {
                    date: formatShortDate(last, language),
                    ago: formatDaysAgo(Math.max(0, daysBetween(last, today)), language),
                  })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function OverdueAgreementList({
  items,
  busyId,
  onTick,
}: {
  items: readonly Attention['overdueAgreements'][number][];
  busyId: string | undefined;
  onTick: (item: AgreementRef) => void;
}) {
  const { t, i18n } = useTranslation(['attention', 'contacts']);
  const language = currentLanguage(i18n);
  return (
    <ul className="attention-list">
      {items.map(({ client, contactId, agreement }) => (
        <li key={agreement.id} className="attention-item attention-item-action">
          <div className="attention-body">
            <div className="attention-main">
              <ClientNameLink client={client} />
            </div>
            <p className="attention-text">{agreement.text}</p>
            <p className="attention-detail">
              {agreement.due !== undefined && (
                <>
                  <strong>{t('overdue.due', { date: formatShortDate(agreement.due, language) })}</strong>{' '}
                  <span className="late-tag">{t('contacts:agreements.overdue')}</span>
                  {' · '}
                </>
              )}
              {t('overdue.owner', { owner: t(`contacts:owners.${agreement.owner}`) })}
            </p>
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={busyId === agreement.id}
            aria-label={t('overdue.tickOffNamed', { text: agreement.text })}
            onClick={() => onTick({ clientId: client.id, contactId, agreement })}
          >
            {t('overdue.tickOff')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function FlaggedList({ clients }: { clients: readonly ClientSummary[] }) {
  return (
    <ul className="attention-list">
      {clients.map((client) => (
        <li key={client.id} className="attention-item">
          <div className="attention-main">
            <ClientNameLink client={client} />
            <StatusBadge status={client.status} />
          </div>
          <FlagChips flags={client.flags} />
        </li>
      ))}
    </ul>
  );
}
