import type { ClientStatus, ClientSummary } from './client';

/**
 * Folds case and accents so "zoe" finds "Zoë" and "celine" finds "Céline": workers type on
 * keyboards without easy diacritics, and Dutch names carry many.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('nl').trim();
}

export interface ClientFilter {
  query?: string | undefined;
  status?: ClientStatus | undefined;
}

/** Every word of the query must appear in the client's name, in any order. */
export function matchesClient(client: ClientSummary, filter: ClientFilter): boolean {
  if (filter.status !== undefined && client.status !== filter.status) return false;
  const words = normaliseForSearch(filter.query ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseForSearch(`${client.givenName} ${client.familyName}`);
  return words.every((word) => haystack.includes(word));
}

/** Family name first, as Dutch registers sort, then given name; locale-aware (ij, accents). */
export function compareByName(a: ClientSummary, b: ClientSummary): number {
  return (
    a.familyName.localeCompare(b.familyName, 'nl', { sensitivity: 'base' }) ||
    a.givenName.localeCompare(b.givenName, 'nl', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}
