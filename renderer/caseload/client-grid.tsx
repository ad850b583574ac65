import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSortKey, ClientSummary } from '../../main/api/api-types';
import { useRouter } from '../router/router';
import { NameCell, SummaryCells } from './client-grid-cells';
import { indexForKey, useRowWindow } from './use-row-window';

/** The CSS height of a row is 3.5rem; this is its pixel value at the default font size. */
const defaultRowHeight = 56;

type ColumnKey = 'name' | 'status' | 'ageGroup' | 'worker' | 'lastContact' | 'nextAction' | 'flags';
const columns: ReadonlyArray<{ key: ColumnKey; sort?: ClientSortKey }> = [
  { key: 'name', sort: 'name' },
  { key: 'status', sort: 'status' },
  { key: 'ageGroup' },
  { key: 'worker' },
  { key: 'lastContact', sort: 'lastContact' },
  { key: 'nextAction', sort: 'nextAction' },
  { key: 'flags' },
];

export interface GridPlace {
  activeId: string | undefined;
  scrollTop: number;
}

interface ClientGridProps {
  clients: readonly ClientSummary[];
  busy: boolean;
  today: string;
  sort: ClientSortKey;
  descending: boolean;
  onSort: (key: ClientSortKey) => void;
  /** Where the worker was when they left the list last time. */
  initialPlace: GridPlace;
  onLeave: (place: GridPlace) => void;
  /** Changes when the search, a filter or the sort changes: the list then starts at its top again. */
  listKey: string;
}

/**
 * The caseload as an ARIA grid of rows. Only the rows in view are in the DOM; `aria-rowcount` and
 * `aria-rowindex` tell assistive technology how long the whole list is and where each row sits.
 * The list is one tab stop: arrow keys, Page Up/Down, Home and End move between rows across the
 * whole list (scrolling as needed), Enter opens the client. Column headers sort.
 */
export function ClientGrid({ clients, busy, today, sort, descending, onSort, initialPlace, onLeave, listKey }: ClientGridProps) {
  const { t } = useTranslation('caseload');
  const { navigate } = useRouter();
  const indexById = useMemo(() => new Map(clients.map((client, index) => [client.id, index])), [clients]);
  const [activeId, setActiveId] = useState(initialPlace.activeId);
  const activeIndex = activeId === undefined ? 0 : (indexById.get(activeId) ?? 0);
  const rows = useRowWindow({ count: clients.length, defaultRowHeight, initialScrollTop: initialPlace.scrollTop });
  const focusPending = useRef(false);
  const hintId = useId();

  // Leaving the screen (to a client, say) remembers the place for the way back.
  const place = useRef<GridPlace>(initialPlace);
  place.current = { activeId, scrollTop: rows.scrollTop() };
  const onLeaveRef = useRef(onLeave);
  onLeaveRef.current = onLeave;
  useEffect(() => () => onLeaveRef.current(place.current), []);

  const shownKey = useRef(listKey);
  const { scrollTo } = rows;
  useEffect(() => {
    if (shownKey.current === listKey) return;
    shownKey.current = listKey;
    setActiveId(undefined);
    scrollTo(0);
  }, [listKey, scrollTo]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    rows.viewportRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus();
  });

  const open = (index: number) => {
    const client = clients[index];
    if (client) navigate({ name: 'client', id: client.id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(activeIndex);
      return;
    }
    const next = indexForKey(event.key, activeIndex, clients.length, rows.pageSize);
    if (next === undefined) return;
    event.preventDefault();
    setActiveId(clients[next]?.id);
    rows.scrollToIndex(next);
    focusPending.current = true;
  };

  const onRowClick = (event: MouseEvent<HTMLDivElement>, index: number) => {
    // The name link navigates by itself.
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    open(index);
  };

  const visible: number[] = [];
  for (let index = rows.first; index <= rows.last; index++) visible.push(index);
  // The tab stop must exist even when its row is scrolled out of view.
  if (clients.length > 0 && (activeIndex < rows.first || activeIndex > rows.last)) {
    visible.push(activeIndex);
    visible.sort((a, b) => a - b);
  }

  const ariaSort = (key: ClientSortKey | undefined) =>
    key === undefined || key !== sort ? undefined : descending ? 'descending' : 'ascending';

  return (
    <div className="grid-scroll">
      <p id={hintId} className="sr-only">
        {t('keyboardHint')}
      </p>
      <div
        role="grid"
        className="client-grid"
        aria-label={t('tableCaption')}
        aria-describedby={hintId}
        aria-rowcount={clients.length + 1}
        aria-busy={busy}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
            {columns.map(({ key, sort: sortKey }) => (
              <div key={key} role="columnheader" className="cell" aria-sort={ariaSort(sortKey)}>
                {sortKey === undefined ? (
                  t(`columns.${key}`)
                ) : (
                  <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
                    {t(`columns.${key}`)}
                    <span className="sort-mark" aria-hidden="true">
                      {sortKey === sort ? (descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                )}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" ref={rows.viewportRef} className="grid-body" onScroll={rows.onScroll} onKeyDown={onKeyDown}>
          <div role="presentation" className="grid-spacer" style={{ height: `${rows.totalHeight}px` }}>
            {visible.map((index) => {
              const client = clients[index];
              if (!client) return null;
              return (
                <div
                  key={client.id}
                  ref={index === visible[0] ? rows.measureRow : undefined}
                  role="row"
                  aria-rowindex={index + 2}
                  data-index={index}
                  tabIndex={index === activeIndex ? 0 : -1}
                  className="grid-row row-link"
                  style={{ transform: `translateY(${index * rows.rowHeight}px)` }}
                  onFocus={() => setActiveId(client.id)}
                  onClick={(event) => onRowClick(event, index)}
                >
                  <div role="gridcell" className="cell cell-stack">
                    <NameCell client={client} />
                  </div>
                  <SummaryCells client={client} today={today} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
