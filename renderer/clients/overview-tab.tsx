import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, Contact } from '../../main/api/api-types';
import { formatWeekdayDateTime } from '../components/local-date-time';
import { AgreementCheck } from '../contacts/agreement-check';
import { ClientDocumentsCard } from '../documents/client-documents-card';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { LatestMeasurements } from '../measures/latest-measurements';
import { KeyFacts } from './key-facts';
import { StatusHistory } from './status-history';

export type Overview = CallOutput<'clients.overview'>;
type OpenAgreement = Overview['openAgreements'][number];

interface OverviewTabProps {
  overview: Overview;
  onChanged: () => void;
  onPlanAppointment: () => void;
  onLogContact: () => void;
  onShowContacts: () => void;
}

function NextAppointment({ overview, onPlan }: { overview: Overview; onPlan: () => void }) {
  const { t, i18n } = useTranslation(['clients', 'appointments', 'contacts']);
  const titleId = useId();
  const next = overview.nextAppointment;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overview.nextAppointment.title')}</h2>
      {next === undefined ? (
        <>
          <p className="empty-note">{t('overview.nextAppointment.none')}</p>
          <button type="button" className="button button-secondary" onClick={onPlan}>
            {t('overview.nextAppointment.plan')}
          </button>
        </>
      ) : (
        <p className="next-appointment">
          <time dateTime={next.start}>{formatWeekdayDateTime(next.start, currentLanguage(i18n))}</time>
          <br />
          {[
            t(`contacts:types.${next.type}`),
            t('appointments:list.duration', { count: next.durationMinutes }),
            next.location === undefined ? undefined : t('appointments:list.location', { location: next.location }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </section>
  );
}

/**
 * Open agreements across all contacts, soonest due first, ticked off right here. A ticked one stays
 * in view (ticked) until the worker leaves the page, so a slip can be undone with the same checkbox.
 */
function OpenAgreements({ overview, onChanged }: { overview: Overview; onChanged: () => void }) {
  const { t } = useTranslation('clients');
  const titleId = useId();
  // Agreements ticked (or unticked) here, as last stored: shown until the worker leaves the page.
  const [touched, setTouched] = useState<ReadonlyMap<string, OpenAgreement>>(new Map());
  const [message, setMessage] = useState('');
  const openIds = new Set(overview.openAgreements.map((row) => row.agreement.id));
  const rows = [...overview.openAgreements, ...[...touched.values()].filter((row) => !openIds.has(row.agreement.id))].sort((a, b) =>
    (a.agreement.due ?? '9999').localeCompare(b.agreement.due ?? '9999'),
  );

  const saved = (row: OpenAgreement) => (contact: Contact) => {
    const agreement = contact.agreements.find((candidate) => candidate.id === row.agreement.id);
    if (agreement !== undefined) setTouched((previous) => new Map(previous).set(agreement.id, { ...row, agreement }));
    onChanged();
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overview.openAgreements.title')}</h2>
      {rows.length === 0 ? (
        <p className="empty-note">{t('overview.openAgreements.none')}</p>
      ) : (
        <ul className="agreement-list" aria-labelledby={titleId}>
          {rows.map((row) => (
            <AgreementCheck
              key={row.agreement.id}
              clientId={overview.client.id}
              contactId={row.contactId}
              agreement={row.agreement}
              onSaved={saved(row)}
              onMessage={setMessage}
            />
          ))}
        </ul>
      )}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function RecentContacts({ overview, onLog, onShowAll }: { overview: Overview; onLog: () => void; onShowAll: () => void }) {
  const { t, i18n } = useTranslation(['clients', 'contacts']);
  const language = currentLanguage(i18n);
  const titleId = useId();
  const contacts = overview.recentContacts;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overview.recentContacts.title')}</h2>
      {contacts.length === 0 ? (
        <p className="empty-note">{t('overview.recentContacts.none')}</p>
      ) : (
        <ul className="recent-contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <p className="recent-contact-heading">
                <time dateTime={contact.at}>{formatDateTime(contact.at, language)}</time> – {t(`contacts:types.${contact.type}`)}
              </p>
              {contact.summary.trim() !== '' && <p className="contact-summary contact-summary-short">{contact.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onLog}>
          {t('overview.recentContacts.log')}
        </button>
        {contacts.length > 0 && (
          <button type="button" className="button button-secondary" onClick={onShowAll}>
            {t('overview.recentContacts.all')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The client at a glance: key facts, what is next, what is open, what happened lately. */
export function OverviewTab({ overview, onChanged, onPlanAppointment, onLogContact, onShowContacts }: OverviewTabProps) {
  return (
    <div className="overview">
      <div className="overview-main">
        <KeyFacts client={overview.client} />
        <StatusHistory history={overview.client.statusHistory} />
      </div>
      <div className="overview-side">
        <NextAppointment overview={overview} onPlan={onPlanAppointment} />
        <LatestMeasurements clientId={overview.client.id} changeKey={overview} />
        <OpenAgreements overview={overview} onChanged={onChanged} />
        <RecentContacts overview={overview} onLog={onLogContact} onShowAll={onShowContacts} />
        <ClientDocumentsCard clientId={overview.client.id} />
      </div>
    </div>
  );
}
