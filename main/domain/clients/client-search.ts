import type { AgeGroup, ClientFlag, ClientStatus } from './client-status';
import { clientStatuses } from './client-status';
import type { ClientSummary } from './client-summary';

/**
 * Folds case and accents so "zoe" finds "Zoë" and "celine" finds "Céline": workers type on
 * keyboards without easy diacritics, and Dutch names carry many.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl').trim();
}

/** The text one client is found by: names, e-mail, and the phone number as bare digits. */
export function searchTextFor(client: Pick<ClientSummary, 'givenName' | 'familyName' | 'preferredName' | 'email' | 'phone'>): string {
  const digits = (client.phone ?? '').replace(/\D/g, '');
  // "+31 6 1234 5678" is also found as "06 1234 5678", the way Dutch workers type it.
  const national = /^\s*(\+|00)31/.test(client.phone ?? '') ? `0${digits.replace(/^(00)?31/, '')}` : '';
  return normaliseForSearch(
    [client.givenName, client.familyName, client.preferredName ?? '', client.email ?? '', digits, national].join(' '),
  );
}

export const clientSortKeys = ['name', 'status', 'lastContact', 'nextAction'] as const;
export type ClientSortKey = (typeof clientSortKeys)[number];

export interface ClientFilter {
  query?: string | undefined;
  status?: ClientStatus | undefined;
  /** Only clients with this flag; `any` for clients with at least one. */
  flag?: ClientFlag | 'any' | undefined;
  ageGroup?: AgeGroup | undefined;
  /** Only this worker's clients; the empty string for clients nobody is assigned to. */
  worker?: string | undefined;
}

/** Splits a query once, so a keystroke over 10,000 clients does the normalising work only once. */
export function queryWords(query: string | undefined): string[] {
  return normaliseForSearch(query ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^[\d\s()+./-]+$/.test(word) ? word.replace(/\D/g, '') || word : word));
}

/** Every word of the query must appear in the client's search text, in any order. */
export function matchesClient(summary: ClientSummary, searchText: string, words: readonly string[], filter: ClientFilter): boolean {
  if (filter.status !== undefined && summary.status !== filter.status) return false;
  if (filter.ageGroup !== undefined && summary.ageGroup !== filter.ageGroup) return false;
  if (filter.flag === 'any' && summary.flags.length === 0) return false;
  if (filter.flag !== undefined && filter.flag !== 'any' && !summary.flags.includes(filter.flag)) return false;
  if (filter.worker !== undefined && (summary.assignedWorker ?? '') !== filter.worker) return false;
  return words.every((word) => searchText.includes(word));
}

/** Family name first, as Dutch registers sort, then given name; locale-aware (ij, accents). */
const collator = new Intl.Collator('nl', { sensitivity: 'base' });
export function compareByName(a: ClientSummary, b: ClientSummary): number {
  return collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName) || a.id.localeCompare(b.id);
}

/** Missing values sort last whatever the direction: a client never contacted is not "most recent". */
function compareOptional(a: string | undefined, b: string | undefined, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -direction : direction;
}

export function compareClients(key: ClientSortKey, descending: boolean): (a: ClientSummary, b: ClientSummary) => number {
  const direction = descending ? -1 : 1;
  switch (key) {
    case 'name':
      return (a, b) => direction * compareByName(a, b);
    case 'status':
      return (a, b) =>
        direction * (clientStatuses.indexOf(a.status) - clientStatuses.indexOf(b.status)) || compareByName(a, b);
    case 'lastContact':
      return (a, b) => compareOptional(a.lastContactAt, b.lastContactAt, direction) || compareByName(a, b);
    case 'nextAction':
      return (a, b) => compareOptional(a.nextActionOn, b.nextActionOn, direction) || compareByName(a, b);
  }
}
