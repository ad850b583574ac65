import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDebouncedValue } from '../components/use-debounced-value';

export type Chosen = ReadonlyMap<string, string>;

/** A caseload can hold thousands: the list shows this many, the search finds the rest. */
const maxShown = 50;

/**
 * Choosing the members of a group from the caseload: a search box over the caseload and a
 * checkbox per client. What was chosen stays chosen while searching on.
 */
export function MemberPicker({ chosen, onChange, problem }: { chosen: Chosen; onChange: (chosen: Chosen) => void; problem?: string | undefined }) {
  const { t } = useTranslation(['programme', 'common']);
  const ids = { search: useId(), problem: useId(), count: useId() };
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query, 200);
  const clients = useCall('clients.list', settled.trim() === '' ? {} : { query: settled.trim() });
  const found = clients.value ?? [];
  const nameOf = (client: (typeof found)[number]) => t('common:fullName', { givenName: client.preferredName ?? client.givenName, familyName: client.familyName });
  // Chosen clients a search no longer shows stay listed on top, so they can be unticked.
  const hidden = [...chosen].filter(([id]) => !found.some((client) => client.id === id));
  const shown = found.slice(0, maxShown);
  const rows = [...hidden.map(([id, name]) => ({ id, name })), ...shown.map((client) => ({ id: client.id, name: nameOf(client) }))];

  const toggle = (id: string, name: string, checked: boolean) => {
    const next = new Map(chosen);
    if (checked) next.set(id, name);
    else next.delete(id);
    onChange(next);
  };

  return (
    <fieldset className={problem === undefined ? 'member-picker' : 'member-picker field-invalid'} aria-describedby={problem === undefined ? ids.count : `${ids.count} ${ids.problem}`}>
      <legend>{t('group.members')}</legend>
      <p className="field-hint">{t('group.membersHint')}</p>
      <div className="field">
        <label htmlFor={ids.search}>{t('group.search')}</label>
        <input id={ids.search} type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {clients.status === 'error' && <ErrorAlert error={clients.error} onRetry={clients.reload} />}
      <ul className="member-options">
        {rows.map((row) => (
          <li key={row.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(row.id)} onChange={(event) => toggle(row.id, row.name, event.target.checked)} />
              {row.name}
            </label>
          </li>
        ))}
      </ul>
      {clients.value !== undefined && rows.length === 0 && <p className="muted">{t('group.noClients')}</p>}
      {found.length > maxShown && <p className="muted">{t('group.more', { count: found.length - maxShown })}</p>}
      <p id={ids.count} className="form-status" aria-live="polite">
        {t('group.chosen', { count: chosen.size })}
      </p>
      {problem !== undefined && (
        <p id={ids.problem} className="field-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
