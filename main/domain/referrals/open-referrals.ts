import { daysBetween } from '../agenda/local-date';
import { compareByName } from '../clients/client-search';
import type { ClientSummary } from '../clients/client-summary';
import type { Referral } from './referral';
import { isOpenReferral } from './referral-status';

/** One open referral in the caseload-wide overview. */
export interface OpenReferral {
  client: ClientSummary;
  referral: Referral;
  /** Whole days since the last step (for a sent referral: since it was sent). */
  waitingDays: number;
  /** Sent (or planned past its date) and waiting longer than the follow-up setting allows. */
  needsFollowUp: boolean;
}

/**
 * A referral is a closed loop: once sent, the receiver should answer within the follow-up days
 * from Settings (default 14), or the worker is reminded to call. "Longer than" is strict: sent on
 * the 1st with 14 days, the reminder comes on the 16th. A planned referral needs follow-up once its
 * planned day has passed without it being sent. Accepted and started referrals wait for the
 * receiver's work, not for an answer, so they are listed without a reminder. A step dated ahead
 * (a planned day next week) waits 0 days, never a negative number.
 */
export function openReferralsOf(client: ClientSummary, referrals: readonly Referral[], today: string, followUpDays: number): OpenReferral[] {
  return referrals
    .filter((referral) => isOpenReferral(referral.status))
    .map((referral) => {
      const since = referral.history.at(-1)?.on ?? referral.plannedOn;
      const waitingDays = Math.max(0, daysBetween(since, today));
      const needsFollowUp =
        (referral.status === 'sent' && waitingDays > followUpDays) || (referral.status === 'planned' && referral.plannedOn < today);
      return { client, referral, waitingDays, needsFollowUp };
    });
}

/** Longest waiting first; then by client name and the day it was planned, so the order is stable. */
export function compareOpenReferrals(a: OpenReferral, b: OpenReferral): number {
  return (
    b.waitingDays - a.waitingDays ||
    compareByName(a.client, b.client) ||
    a.referral.plannedOn.localeCompare(b.referral.plannedOn) ||
    a.referral.id.localeCompare(b.referral.id)
  );
}

/** Every open referral of the caseload, longest waiting first. */
export function listOpenReferrals(
  rows: Iterable<{ summary: ClientSummary; file: { referrals?: readonly Referral[] | undefined } }>,
  today: string,
  followUpDays: number,
): OpenReferral[] {
  const result: OpenReferral[] = [];
  for (const { summary, file } of rows) result.push(...openReferralsOf(summary, file.referrals ?? [], today, followUpDays));
  return result.sort(compareOpenReferrals);
}
