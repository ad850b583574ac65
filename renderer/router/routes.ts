import { addDays, startOfWeek } from '../../main/domain/agenda/local-date';

/**
 * The app's screens as hash routes (`#/today`, `#/clients/<id>` …). The path without `#` is also
 * what `preferences.lastView` stores, so a restart opens the same screen. Paths use only letters,
 * digits, `-` and `/` (what `lastView` accepts): the agenda's week is a path segment, not a query.
 */
export type Route =
  | { name: 'today' }
  | { name: 'caseload' }
  | { name: 'attention' }
  /** `week`: the Monday of the week shown; absent for the current week. */
  | { name: 'agenda'; week?: string | undefined }
  | { name: 'import' }
  | { name: 'clientNew' }
  /** `tab`: open the client's file on that tab (the agenda links to the Programma tab). */
  | { name: 'client'; id: string; tab?: ClientTab | undefined }
  /** One programme session of a client, for use during the conversation. */
  | { name: 'clientSession'; id: string; session: number }
  | { name: 'clientEdit'; id: string }
  | { name: 'settings' }
  /** The programme templates (and the running groups). */
  | { name: 'programmes' }
  | { name: 'programmeTemplate'; id: string }
  /** One session held with a whole group. */
  | { name: 'groupSession'; groupId: string; session: number }
  /** The service directory (sociale kaart). */
  | { name: 'services' }
  /** Open referrals across the caseload. */
  | { name: 'referrals' }
  /** Figures about the caseload without names, and the caseload summary PDF. */
  | { name: 'reports' }
  /** Privacy (AVG): retention of closed cases, and the ways in to the audit log and backups. */
  | { name: 'privacy' }
  /** The audit log: who viewed or changed which record, and the check of its hash chain. */
  | { name: 'audit' }
  /** Automatic backups of the encrypted caseload, and restoring one. */
  | { name: 'backups' };

/** Client file tabs an address can open directly. */
export type ClientTab = 'programme' | 'measures' | 'referrals' | 'privacy';

export type RouteName = Route['name'];

/** The start screen: today's list. Also where an unknown address leads. */
export const homeRoute: Route = { name: 'today' };
export const homePath = '/today';

/** A real calendar date written as YYYY-MM-DD (2025-02-30 is not one). */
export function isLocalDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && addDays(text, 0) === text;
}

const idPattern = '([A-Za-z0-9-]{1,100})';
const sessionPattern = '([1-9][0-9]?)';
const patterns: Array<[RegExp, (match: RegExpExecArray) => Route | undefined]> = [
  [/^\/today$/, () => ({ name: 'today' })],
  [/^\/caseload$/, () => ({ name: 'caseload' })],
  [/^\/attention$/, () => ({ name: 'attention' })],
  [/^\/agenda$/, () => ({ name: 'agenda' })],
  // Any day of a week opens that week; the path then names its Monday.
  [/^\/agenda\/(\d{4}-\d{2}-\d{2})$/, (m) => (m[1] !== undefined && isLocalDate(m[1]) ? { name: 'agenda', week: startOfWeek(m[1]) } : undefined)],
  [/^\/import$/, () => ({ name: 'import' })],
  [/^\/clients\/new$/, () => ({ name: 'clientNew' })],
  [new RegExp(`^/clients/${idPattern}$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1] })],
  [new RegExp(`^/clients/${idPattern}/edit$`), (m) => (m[1] === undefined ? undefined : { name: 'clientEdit', id: m[1] })],
  [new RegExp(`^/clients/${idPattern}/programme$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1], tab: 'programme' })],
  [new RegExp(`^/clients/${idPattern}/measures$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1], tab: 'measures' })],
  [new RegExp(`^/clients/${idPattern}/referrals$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1], tab: 'referrals' })],
  [new RegExp(`^/clients/${idPattern}/privacy$`), (m) => (m[1] === undefined ? undefined : { name: 'client', id: m[1], tab: 'privacy' })],
  [
    new RegExp(`^/clients/${idPattern}/programme/${sessionPattern}$`),
    (m) => (m[1] === undefined ? undefined : { name: 'clientSession', id: m[1], session: Number(m[2]) }),
  ],
  [/^\/settings$/, () => ({ name: 'settings' })],
  [/^\/services$/, () => ({ name: 'services' })],
  [/^\/referrals$/, () => ({ name: 'referrals' })],
  [/^\/reports$/, () => ({ name: 'reports' })],
  [/^\/privacy$/, () => ({ name: 'privacy' })],
  [/^\/audit$/, () => ({ name: 'audit' })],
  [/^\/backups$/, () => ({ name: 'backups' })],
  [/^\/programmes$/, () => ({ name: 'programmes' })],
  [new RegExp(`^/programmes/${idPattern}$`), (m) => (m[1] === undefined ? undefined : { name: 'programmeTemplate', id: m[1] })],
  [
    new RegExp(`^/groups/${idPattern}/${sessionPattern}$`),
    (m) => (m[1] === undefined ? undefined : { name: 'groupSession', groupId: m[1], session: Number(m[2]) }),
  ],
];

/** A path (`/clients/abc`) to a route, or undefined when it names no screen. */
export function parseRoute(path: string): Route | undefined {
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(path);
    if (match) return build(match);
  }
  return undefined;
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'today':
      return '/today';
    case 'caseload':
      return '/caseload';
    case 'attention':
      return '/attention';
    case 'agenda':
      return route.week === undefined ? '/agenda' : `/agenda/${startOfWeek(route.week)}`;
    case 'import':
      return '/import';
    case 'clientNew':
      return '/clients/new';
    case 'client':
      return route.tab === undefined ? `/clients/${encodeURIComponent(route.id)}` : `/clients/${encodeURIComponent(route.id)}/${route.tab}`;
    case 'clientSession':
      return `/clients/${encodeURIComponent(route.id)}/programme/${route.session}`;
    case 'clientEdit':
      return `/clients/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return '/settings';
    case 'programmes':
      return '/programmes';
    case 'programmeTemplate':
      return `/programmes/${encodeURIComponent(route.id)}`;
    case 'groupSession':
      return `/groups/${encodeURIComponent(route.groupId)}/${route.session}`;
    case 'services':
      return '/services';
    case 'referrals':
      return '/referrals';
    case 'reports':
      return '/reports';
    case 'privacy':
      return '/privacy';
    case 'audit':
      return '/audit';
    case 'backups':
      return '/backups';
  }
}

/** `#/clients/abc` → `/clients/abc`; anything that is not a route path → undefined. */
export function pathFromHash(hash: string): string | undefined {
  const path = hash.startsWith('#') ? hash.slice(1) : hash;
  return path.startsWith('/') ? path : undefined;
}

/** The section of the sidebar a screen belongs to: a client's page is part of the caseload. */
export type Section = 'today' | 'caseload' | 'attention' | 'referrals' | 'agenda' | 'programmes' | 'services' | 'reports' | 'privacy' | 'settings';

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'today':
    case 'attention':
    case 'agenda':
    case 'settings':
    case 'services':
    case 'referrals':
    case 'reports':
      return route.name;
    case 'programmes':
    case 'programmeTemplate':
    case 'groupSession':
      return 'programmes';
    case 'privacy':
    case 'audit':
    case 'backups':
      return 'privacy';
    default:
      return 'caseload';
  }
}
