import { useTranslation } from 'react-i18next';
import type { AgendaDay } from '../../main/api/api-types';
import { useCall } from '../api/use-call';
import { formatTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';

type SessionItem = AgendaDay['sessions'][number];

/** A group's members meet once: their items for the same session and time become one entry. */
interface Entry {
  key: string;
  plannedAt: string;
  sessionNumber: number;
  groupName?: string | undefined;
  items: SessionItem[];
}

function entriesOf(items: readonly SessionItem[]): Entry[] {
  const entries = new Map<string, Entry>();
  for (const item of items) {
    const key = item.groupName === undefined ? item.runId : `${item.groupName}|${item.sessionNumber}|${item.plannedAt}`;
    const entry = entries.get(key) ?? { key, plannedAt: item.plannedAt, sessionNumber: item.sessionNumber, groupName: item.groupName, items: [] };
    entry.items.push(item);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/** The group a member's programme belongs to, to link to the group session. */
function useGroupIds(): ReadonlyMap<string, string> {
  const groups = useCall('programme.groups', {});
  const byRun = new Map<string, string>();
  for (const group of groups.value ?? []) {
    for (const member of group.members) byRun.set(member.runId, group.id);
  }
  return byRun;
}

function GroupsAware({ entries }: { entries: Entry[] }) {
  const groupIds = useGroupIds();
  return <EntryList entries={entries} groupIds={groupIds} />;
}

function EntryList({ entries, groupIds }: { entries: Entry[]; groupIds: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  return (
    <ul className="agenda-list">
      {entries.map((entry) => {
        const first = entry.items[0] as SessionItem;
        const groupId = entry.groupName === undefined ? undefined : groupIds.get(first.runId);
        const label = t('agenda.session', { number: entry.sessionNumber, name: entry.groupName ?? first.clientName });
        return (
          <li key={entry.key} className="agenda-item">
            <p className="agenda-time">
              <time dateTime={entry.plannedAt}>{formatTime(entry.plannedAt, language)}</time>
            </p>
            <div className="agenda-what">
              {groupId !== undefined ? (
                <Link to={{ name: 'groupSession', groupId, session: entry.sessionNumber }} className="agenda-client">
                  {label}
                </Link>
              ) : (
                <Link to={{ name: 'client', id: first.clientId, tab: 'programme' }} className="agenda-client">
                  {label}
                </Link>
              )}
              <p className="agenda-detail">
                {entry.groupName === undefined
                  ? t('agenda.individual')
                  : t('agenda.members', { names: entry.items.map((item) => item.clientName).join(', ') })}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The programme sessions of one agenda day: "Bijeenkomst 3 · Zoë de Vries" to the client's
 * Programma tab, or "Bijeenkomst 3 · Dinsdaggroep" to the group session.
 */
export function AgendaSessions({ items, headingLevel }: { items: readonly SessionItem[]; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('programme');
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const entries = entriesOf(items);
  const hasGroups = entries.some((entry) => entry.groupName !== undefined);
  return (
    <>
      <Heading className="agenda-subtitle">{t('agenda.heading', { count: entries.length })}</Heading>
      {hasGroups ? <GroupsAware entries={entries} /> : <EntryList entries={entries} groupIds={new Map()} />}
    </>
  );
}
