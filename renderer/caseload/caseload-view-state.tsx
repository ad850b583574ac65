import { createContext, useContext, useMemo, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { AgeGroup, CallInput, ClientFlag, ClientSortKey, ClientStatus } from '../../main/api/api-types';

/**
 * What the worker set up on the caseload screen: search text, filters, sort, and where they were
 * in the list. It lives above the screens (in the app frame), so opening a client and coming back
 * finds the list exactly as it was; a new window (or a test) starts afresh.
 */
export interface CaseloadView {
  query: string;
  status: ClientStatus | '';
  /** A flag, `any` for at least one, or '' for everyone. */
  flag: ClientFlag | 'any' | '';
  ageGroup: AgeGroup | '';
  /** `all`, `unassigned`, or one worker's name. */
  worker: { kind: 'all' } | { kind: 'unassigned' } | { kind: 'named'; name: string };
  sort: ClientSortKey;
  descending: boolean;
  /** The row that has (or last had) keyboard focus, by client id, and the list's scroll position. */
  activeId: string | undefined;
  scrollTop: number;
  /** Workers seen in the caseload, for the worker filter (the list itself may be filtered). */
  knownWorkers: readonly string[];
}

export const initialCaseloadView: CaseloadView = {
  query: '',
  status: '',
  flag: '',
  ageGroup: '',
  worker: { kind: 'all' },
  sort: 'name',
  descending: false,
  activeId: undefined,
  scrollTop: 0,
  knownWorkers: [],
};

/** The `clients.list` input for a view (the search text is passed separately, once it settles). */
export function listInput(view: CaseloadView, query: string): CallInput<'clients.list'> {
  const input: CallInput<'clients.list'> = { sort: view.sort, descending: view.descending };
  if (query !== '') input.query = query;
  if (view.status !== '') input.status = view.status;
  if (view.flag !== '') input.flag = view.flag;
  if (view.ageGroup !== '') input.ageGroup = view.ageGroup;
  if (view.worker.kind === 'unassigned') input.worker = '';
  if (view.worker.kind === 'named') input.worker = view.worker.name;
  return input;
}

export function hasFilters(view: CaseloadView, query: string): boolean {
  return query !== '' || view.status !== '' || view.flag !== '' || view.ageGroup !== '' || view.worker.kind !== 'all';
}

type ViewState = [CaseloadView, Dispatch<SetStateAction<CaseloadView>>];

const CaseloadViewContext = createContext<ViewState | null>(null);

export function CaseloadViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState(initialCaseloadView);
  const value = useMemo<ViewState>(() => [view, setView], [view]);
  return <CaseloadViewContext value={value}>{children}</CaseloadViewContext>;
}

export function useCaseloadView(): ViewState {
  const value = useContext(CaseloadViewContext);
  if (value === null) throw new Error('useCaseloadView must be used inside <CaseloadViewProvider>');
  return value;
}
