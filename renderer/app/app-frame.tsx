import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TodayPage } from '../agenda/today-page';
import { WeekPage } from '../agenda/week-page';
import { AttentionPage } from '../attention/attention-page';
import { CaseloadPage } from '../caseload/caseload-page';
import { CaseloadViewProvider } from '../caseload/caseload-view-state';
import { ClientFormPage } from '../clients/client-form-page';
import { ClientPage } from '../clients/client-page';
import { DirectoryPage } from '../directory/directory-page';
import { GroupSessionPage } from '../programme/group-session-page';
import { SessionPage } from '../programme/session-page';
import { OpenReferralsPage } from '../referrals/open-referrals-page';
import { ReportsPage } from '../reports/reports-page';
import { AuditPage } from '../audit/audit-page';
import { BackupsPage } from '../backups/backups-page';
import { PrivacyPage } from '../privacy/privacy-page';
import { Link } from '../router/link';
import { useRouter } from '../router/router';
import { sectionOf, type Route, type Section } from '../router/routes';
import { LockButton } from '../security/lock-button';
import { SettingsPage } from '../settings/settings-page';
import { TemplatePage } from '../templates/template-page';
import { TemplatesPage } from '../templates/templates-page';
import { ImportPage } from '../transfer/import-page';
import type { AppStatus } from './app-start';
import { ProblemsBanner } from './problems-banner';
import { useSaveLastView } from './use-save-last-view';

const mainId = 'main-content';

function Page({ route, status }: { route: Route; status: AppStatus }) {
  switch (route.name) {
    case 'today':
      return <TodayPage />;
    case 'caseload':
      return <CaseloadPage />;
    case 'attention':
      return <AttentionPage />;
    case 'agenda':
      return <WeekPage week={route.week} />;
    case 'import':
      return <ImportPage />;
    case 'clientNew':
      return <ClientFormPage />;
    case 'client':
      return <ClientPage key={`${route.id}/${route.tab ?? ''}`} id={route.id} tab={route.tab} />;
    case 'clientSession':
      return <SessionPage key={`${route.id}/${route.session}`} clientId={route.id} session={route.session} />;
    case 'clientEdit':
      return <ClientFormPage key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsPage status={status} />;
    case 'programmes':
      return <TemplatesPage />;
    case 'programmeTemplate':
      return <TemplatePage key={route.id} id={route.id} />;
    case 'groupSession':
      return <GroupSessionPage key={`${route.groupId}/${route.session}`} groupId={route.groupId} session={route.session} />;
    case 'services':
      return <DirectoryPage />;
    case 'referrals':
      return <OpenReferralsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'audit':
      return <AuditPage />;
    case 'backups':
      return <BackupsPage />;
  }
}

const sections: ReadonlyArray<{ section: Section; to: Route }> = [
  { section: 'today', to: { name: 'today' } },
  { section: 'caseload', to: { name: 'caseload' } },
  { section: 'attention', to: { name: 'attention' } },
  { section: 'referrals', to: { name: 'referrals' } },
  { section: 'agenda', to: { name: 'agenda' } },
  { section: 'programmes', to: { name: 'programmes' } },
  { section: 'services', to: { name: 'services' } },
  { section: 'reports', to: { name: 'reports' } },
  { section: 'privacy', to: { name: 'privacy' } },
  { section: 'settings', to: { name: 'settings' } },
];

/**
 * `current`: this is the screen (aria-current). `active`: the screen is inside this section (a
 * client's page belongs to the caseload), shown by a bar and bold type, not by colour alone.
 */
function NavItem({ to, current, active, children }: { to: Route; current: boolean; active: boolean; children: string }) {
  return (
    <li>
      <Link to={to} className={active ? 'nav-link nav-link-active' : 'nav-link'} aria-current={current ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/**
 * The sidebar, the start-up warnings and the current screen. The caseload's search and filters
 * are kept here, above the screens, so they survive a visit to a client.
 */
export function AppFrame({ status, savedLastView }: { status: AppStatus; savedLastView: string | undefined }) {
  const { t } = useTranslation(['common', 'programme', 'directory', 'referrals', 'reports', 'privacy']);
  const { route, path } = useRouter();
  const mainRef = useRef<HTMLElement>(null);
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const isFirstScreen = useRef(true);

  useSaveLastView(path, savedLastView);

  // After moving to another screen, start reading (and tabbing) at its content, not at the old button.
  // Turning the agenda's week is not another screen: focus stays on the week button pressed.
  const screen = route.name === 'agenda' ? 'agenda' : path;
  useEffect(() => {
    if (isFirstScreen.current) {
      isFirstScreen.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [screen]);

  // Features added later name their menu item in their own namespace.
  const navLabel = (section: Section): string => {
    switch (section) {
      case 'programmes':
        return t('programme:nav');
      case 'services':
        return t('directory:nav');
      case 'referrals':
        return t('referrals:nav');
      case 'reports':
        return t('reports:nav');
      case 'privacy':
        return t('privacy:nav');
      default:
        return t(`nav.${section}`);
    }
  };

  // The skip link must not touch the URL fragment: that is the router's.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a className="skip-link" href={`#${mainId}`} onClick={skipToContent}>
        {t('skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <p className="brand">{t('appName')}</p>
          <nav aria-label={t('nav.label')}>
            <ul className="nav-list">
              {sections.map(({ section, to }) => (
                <NavItem
                  key={section}
                  to={to}
                  // The agenda link is "current" on any week: it is the same screen.
                  current={route.name === to.name}
                  active={sectionOf(route) === section}
                >
                  {navLabel(section)}
                </NavItem>
              ))}
            </ul>
          </nav>
          <LockButton />
        </div>
      </aside>
      <div className="content">
        {!problemsDismissed && status.problems.length > 0 && (
          <ProblemsBanner problems={status.problems} dataDir={status.dataDir} onDismiss={() => setProblemsDismissed(true)} />
        )}
        <main id={mainId} ref={mainRef} tabIndex={-1} className="main">
          <CaseloadViewProvider>
            <Page route={route} status={status} />
          </CaseloadViewProvider>
        </main>
      </div>
    </div>
  );
}
