import { compareClients, matchesClient, queryWords, searchTextFor, type ClientFilter, type ClientSortKey } from '../../domain/clients/client-search';
import { summarise, type ClientSummary } from '../../domain/clients/client-summary';
import type { ClientProjection } from '../../domain/clients/client-projection';
import type { Clock, ClientFiles } from './client-files';

export interface ClientQuery extends ClientFilter {
  sort?: ClientSortKey | undefined;
  descending?: boolean | undefined;
}

/**
 * The caseload list, kept in memory and refreshed per changed client, so a keystroke in the search
 * box filters prepared rows instead of re-reading 10,000 client files. Rows are recomputed for a new
 * day, because "overdue" and "next" depend on it.
 */
export function createClientIndex(files: ClientFiles, clock: Clock) {
  const rows = new Map<string, { summary: ClientSummary; searchText: string; projection: ClientProjection }>();
  let builtFor = '';
  const put = (projection: ClientProjection, now: Date) => {
    const summary = summarise(projection, now);
    rows.set(projection.client.id, { summary, searchText: searchTextFor(summary), projection });
  };
  const refreshIfNewDay = () => {
    const now = clock.now();
    const day = now.toDateString();
    if (day === builtFor) return;
    builtFor = day;
    rows.clear();
    for (const projection of files.projections()) put(projection, now);
  };
  files.onChange((projection) => put(projection, clock.now()));
  return {
    list(query: ClientQuery): ClientSummary[] {
      refreshIfNewDay();
      const words = queryWords(query.query);
      const result: ClientSummary[] = [];
      for (const row of rows.values()) if (matchesClient(row.summary, row.searchText, words, query)) result.push(row.summary);
      return result.sort(compareClients(query.sort ?? 'name', query.descending ?? false));
    },
    summary(id: string): ClientSummary | undefined {
      refreshIfNewDay();
      return rows.get(id)?.summary;
    },
    /** Drops an erased client's row, so no search finds the name any more. */
    forget(id: string): void {
      rows.delete(id);
    },
    /** Every row with what views that look inside need (attention, agenda): the projection, no notes. */
    *entries(): IterableIterator<{ summary: ClientSummary; file: ClientProjection }> {
      refreshIfNewDay();
      for (const row of rows.values()) yield { summary: row.summary, file: row.projection };
    },
  };
}
export type ClientIndex = ReturnType<typeof createClientIndex>;
