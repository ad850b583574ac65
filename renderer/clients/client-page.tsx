import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { AppointmentsTab } from '../appointments/appointments-tab';
import { ErrorAlert } from '../components/error-alert';
import { Tabs, type TabItem } from '../components/tabs';
import { useDocumentTitle } from '../components/use-document-title';
import { useReloadWhen } from '../components/use-reload-when';
import { ContactLogTab } from '../contacts/contact-log-tab';
import { MeasuresTab } from '../measures/measures-tab';
import { ProgrammeTab } from '../programme/programme-tab';
import { ClientPrivacyTab } from '../privacy/client-privacy-tab';
import { ReferralsTab } from '../referrals/referrals-tab';
import { Link } from '../router/link';
import type { ClientTab } from '../router/routes';
import './client-file.css';
import { FlagsBanner } from './flags-banner';
import { OverviewTab, type Overview } from './overview-tab';
import { StatusBadge } from './status-badge';
import { StatusDialog } from './status-dialog';

/** A missing client and a malformed id in the URL look the same to the worker: not found. */
export function isNotFound(code: string): boolean {
  return code === 'not_found' || code === 'invalid_input';
}

type TabId = 'overview' | 'contacts' | 'appointments' | ClientTab;

function BackLink() {
  const { t } = useTranslation('clients');
  return (
    <Link to={{ name: 'caseload' }} className="back-link">
      {t('page.backToCaseload')}
    </Link>
  );
}

/** Name (with the preferred name and pronouns), status, the actions, and the flags under it. */
function ClientHeader({ client, onChangeStatus, announcement }: { client: Client; onChangeStatus: () => void; announcement: string }) {
  const { t } = useTranslation(['clients', 'common']);
  const fullName = t('common:fullName', { givenName: client.givenName, familyName: client.familyName });
  const aside = [
    client.preferredName === undefined ? undefined : t('page.preferredName', { name: client.preferredName }),
    client.pronouns === undefined ? undefined : t('page.pronouns', { pronouns: client.pronouns }),
  ].filter((part): part is string => part !== undefined);
  return (
    <>
      <div className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>{fullName}</h1>
            <StatusBadge status={client.status} />
          </div>
          {aside.length > 0 && <p className="client-aside">{aside.join(' · ')}</p>}
        </div>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onChangeStatus}>
            {t('page.changeStatus')}
          </button>
          <Link to={{ name: 'clientEdit', id: client.id }} className="button button-primary">
            {t('page.edit')}
          </Link>
        </div>
      </div>
      <FlagsBanner client={client} />
      <p className="form-status page-status" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

interface ClientFileProps {
  overview: Overview;
  revision: number;
  onChanged: () => void;
  onReload: () => void;
  initialTab?: ClientTab | undefined;
}

/** The client file: the header, then Overzicht, Contactlog and Afspraken as tabs. */
function ClientFile({ overview, revision, onChanged, onReload, initialTab }: ClientFileProps) {
  const { t } = useTranslation(['clients', 'common', 'measures', 'programme', 'referrals', 'privacy']);
  const client = overview.client;
  useDocumentTitle(t('common:fullName', { givenName: client.givenName, familyName: client.familyName }));
  const [tab, setTab] = useState<TabId>(initialTab ?? 'overview');
  const [changingStatus, setChangingStatus] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [logRequest, setLogRequest] = useState(0);
  const [planRequest, setPlanRequest] = useState(0);

  const items: TabItem<TabId>[] = [
    {
      id: 'overview',
      label: t('page.tabs.overview'),
      render: () => (
        <OverviewTab
          overview={overview}
          onChanged={onChanged}
          onPlanAppointment={() => {
            setTab('appointments');
            setPlanRequest((n) => n + 1);
          }}
          onLogContact={() => {
            setTab('contacts');
            setLogRequest((n) => n + 1);
          }}
          onShowContacts={() => setTab('contacts')}
        />
      ),
    },
    {
      id: 'contacts',
      label: t('page.tabs.contacts'),
      panelFocusable: false,
      render: () => <ContactLogTab clientId={client.id} revision={revision} onChanged={onChanged} focusRequest={logRequest} />,
    },
    {
      id: 'appointments',
      label: t('page.tabs.appointments'),
      panelFocusable: false,
      render: () => <AppointmentsTab clientId={client.id} revision={revision} onChanged={onChanged} planRequest={planRequest} />,
    },
    {
      id: 'programme',
      label: t('programme:tab'),
      panelFocusable: false,
      render: () => <ProgrammeTab clientId={client.id} revision={revision} onChanged={onChanged} />,
    },
    {
      id: 'measures',
      label: t('measures:tab'),
      panelFocusable: false,
      render: () => <MeasuresTab clientId={client.id} revision={revision} onChanged={onChanged} />,
    },
    {
      id: 'referrals',
      label: t('referrals:tab.label'),
      panelFocusable: false,
      render: () => <ReferralsTab clientId={client.id} revision={revision} onChanged={onChanged} />,
    },
    {
      id: 'privacy',
      label: t('privacy:title'),
      panelFocusable: false,
      render: () => <ClientPrivacyTab client={client} revision={revision} onChanged={onChanged} />,
    },
  ];

  return (
    <>
      <BackLink />
      <ClientHeader
        client={client}
        announcement={announcement}
        onChangeStatus={() => {
          setAnnouncement('');
          setChangingStatus(true);
        }}
      />
      <Tabs label={t('page.tabsLabel')} items={items} selected={tab} onSelect={setTab} />
      {changingStatus && (
        <StatusDialog
          client={client}
          onClose={() => setChangingStatus(false)}
          onReload={onReload}
          onChanged={(updated) => {
            setChangingStatus(false);
            setAnnouncement(t('statusDialog.changed', { status: t(`status.${updated.status}`) }));
            onChanged();
          }}
        />
      )}
    </>
  );
}

/**
 * `#/clients/<id>`: one client's file. Any change made on it (a contact, a tick, a status) moves
 * `revision` on, and every part of the page reloads what it shows, so the overview and the tabs agree.
 */
export function ClientPage({ id, tab }: { id: string; tab?: ClientTab | undefined }) {
  const { t } = useTranslation('clients');
  const result = useCall('clients.overview', { id });
  const [revision, setRevision] = useState(0);
  const onChanged = useCallback(() => setRevision((n) => n + 1), []);
  useReloadWhen(revision, result.reload);

  if (result.status === 'error' && isNotFound(result.error.code)) return <ClientNotFound />;
  if (result.value !== undefined) {
    return (
      <>
        {result.status === 'error' && <ErrorAlert error={result.error} onRetry={result.reload} />}
        <ClientFile overview={result.value} revision={revision} onChanged={onChanged} onReload={result.reload} initialTab={tab} />
      </>
    );
  }
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
