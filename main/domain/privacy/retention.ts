import type { Client } from '../clients/client';

/** A closed case whose keeping period has passed. */
export interface RetentionDue {
  clientId: string;
  givenName: string;
  familyName: string;
  /** The local day the case was (last) closed. */
  closedOn: string;
  /** Whole months from closing to today. */
  monthsSince: number;
}

type ClosedClient = Pick<Client, 'id' | 'givenName' | 'familyName' | 'status' | 'statusHistory'>;

/**
 * The day a closed case was closed: the latest change to `closed` in its history (a case reopened
 * and closed again counts from the second closing). Undefined for a client who is not closed now.
 */
export function closedOn(client: ClosedClient, toLocalDay: (iso: string) => string): string | undefined {
  if (client.status !== 'closed') return undefined;
  let latest: string | undefined;
  for (const change of client.statusHistory) if (change.to === 'closed' && (latest === undefined || change.at > latest)) latest = change.at;
  return latest === undefined ? undefined : toLocalDay(latest);
}

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/**
 * Whole calendar months from `from` to `to` (YYYY-MM-DD): 2024-01-31 → 2024-02-28 is 0 months,
 * → 2024-02-29 is 1 month. A day that does not exist in the later month counts as its last day.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  const lastDayOfTo = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (td < Math.min(fd, lastDayOfTo)) months -= 1;
  return months;
}

/**
 * Closed cases kept longer than the keeping period: closed more than `months` months before today.
 * On the day exactly `months` months after closing the case is not yet due; the next day it is.
 * Oldest closing first, so the list reads as a queue.
 */
export function dueForErasure(
  clients: Iterable<ClosedClient>,
  today: string,
  months: number,
  toLocalDay: (iso: string) => string,
): RetentionDue[] {
  const due: RetentionDue[] = [];
  for (const client of clients) {
    const closed = closedOn(client, toLocalDay);
    if (closed === undefined || today <= addMonthsDay(closed, months)) continue;
    due.push({ clientId: client.id, givenName: client.givenName, familyName: client.familyName, closedOn: closed, monthsSince: monthsBetween(closed, today) });
  }
  return due.sort((a, b) => a.closedOn.localeCompare(b.closedOn) || a.familyName.localeCompare(b.familyName, 'nl'));
}

/** The same day `months` months later (clamped to the month's last day). */
export function addMonthsDay(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}
