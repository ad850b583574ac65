import { localDate } from '../agenda/local-date';
import type { AuditEntry } from './audit-vocabulary';

export interface AuditFilter {
  /** First and last local day (YYYY-MM-DD), both included. */
  from?: string | undefined;
  to?: string | undefined;
  clientId?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
}

/** Whether a record passes the filter; days are the worker's local days, as the viewer shows them. */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.clientId !== undefined && entry.clientId !== filter.clientId) return false;
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (filter.entity !== undefined && entry.entity !== filter.entity) return false;
  if (filter.from !== undefined || filter.to !== undefined) {
    const at = new Date(entry.at);
    if (Number.isNaN(at.getTime())) return false;
    const day = localDate(at);
    if (filter.from !== undefined && day < filter.from) return false;
    if (filter.to !== undefined && day > filter.to) return false;
  }
  return true;
}

/** The matching records, newest first (file order reversed: the log is written in time order). */
export function selectAuditEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries.filter((entry) => matchesAuditFilter(entry, filter)).reverse();
}

/** One page of an already selected list. */
export function pageOf<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}
