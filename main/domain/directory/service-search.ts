import { normaliseForSearch, queryWords } from '../clients/client-search';
import type { ServiceEntry } from './service-entry';
import type { ServiceKind, ServicePhase } from './service-kinds';

/**
 * Finding a service in the directory. The search runs over the texts the worker typed (name,
 * contact person, target groups, address, notes), folded like the caseload search so "cafe" finds
 * "Café"; kind and phase are filters, not words, because their labels depend on the language.
 */
export interface ServiceFilter {
  query?: string | undefined;
  kind?: ServiceKind | undefined;
  phase?: ServicePhase | undefined;
}

export function serviceSearchText(entry: Pick<ServiceEntry, 'name' | 'contactPerson' | 'targetGroups' | 'address' | 'notes'>): string {
  return normaliseForSearch([entry.name, entry.contactPerson, entry.targetGroups, entry.address, entry.notes].filter(Boolean).join(' '));
}

/** Every word of the query must appear, in any order; the kind and phase must match when given. */
export function filterServices(entries: readonly ServiceEntry[], filter: ServiceFilter): ServiceEntry[] {
  const words = queryWords(filter.query);
  return entries
    .filter((entry) => filter.kind === undefined || entry.kind === filter.kind)
    .filter((entry) => filter.phase === undefined || entry.phases.includes(filter.phase))
    .filter((entry) => {
      if (words.length === 0) return true;
      const text = serviceSearchText(entry);
      return words.every((word) => text.includes(word));
    })
    .sort(compareServicesByName);
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** By name as a Dutch reader sorts (accents and case do not reorder), then by id so the order is stable. */
export function compareServicesByName(a: Pick<ServiceEntry, 'name' | 'id'>, b: Pick<ServiceEntry, 'name' | 'id'>): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/**
 * What makes two entries the same service: the name folded for case, accents and spacing, and the
 * kind. "Buurthuis De Kern" as a meeting place and as a course are two services.
 */
export function serviceIdentity(name: string, kind: ServiceKind): string {
  return `${normaliseForSearch(name).replace(/\s+/g, ' ')}\u0000${kind}`;
}
