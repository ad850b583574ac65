import { z } from 'zod';
import { localDate } from '../agenda/local-date';
import { compareByName } from '../clients/client-search';
import { clientSummarySchema, type ClientFileParts, type ClientSummary } from '../clients/client-summary';
import { agreementSchema, isOverdue } from '../contacts/contact';
import { compareOpenReferrals, openReferralsOf } from '../referrals/open-referrals';
import { referralSchema } from '../referrals/referral';
import { defaultReferralFollowUpDays } from '../referrals/referral-status';

export const attentionSchema = z.object({
  /** Open cases (registered to aftercare) without contact for the set number of weeks. */
  noRecentContact: z.array(clientSummarySchema),
  overdueAgreements: z.array(
    z.object({ client: clientSummarySchema, contactId: z.uuid(), agreement: agreementSchema }),
  ),
  /** Open cases with a risk or attention flag. */
  flagged: z.array(clientSummarySchema),
  /**
   * Referrals of open cases sent without an answer for longer than the follow-up days, or planned
   * and not sent in time (open-referrals.ts); longest waiting first.
   */
  referralsToFollowUp: z.array(
    z.object({ client: clientSummarySchema, referral: referralSchema, waitingDays: z.number().int(), needsFollowUp: z.boolean() }),
  ),
});
export type Attention = z.infer<typeof attentionSchema>;

// Registered counts too: a referral nobody has called for weeks needs attention most of all.
const inCare = new Set(['registered', 'intake', 'active', 'aftercare']);

/**
 * What needs the worker's attention today. A client never contacted counts from the day they were
 * registered, so a new registration is not flagged on its first day.
 */
export function buildAttention(
  rows: Iterable<{ summary: ClientSummary; file: ClientFileParts }>,
  now: Date,
  weeksWithoutContact: number,
  referralFollowUpDays: number = defaultReferralFollowUpDays,
): Attention {
  const today = localDate(now);
  const threshold = now.getTime() - weeksWithoutContact * 7 * 86_400_000;
  const result: Attention = { noRecentContact: [], overdueAgreements: [], flagged: [], referralsToFollowUp: [] };
  const silentSince = new Map<ClientSummary, number>();
  for (const { summary, file } of rows) {
    if (summary.status === 'closed') continue;
    const since = Date.parse(summary.lastContactAt ?? file.client.createdAt);
    if (inCare.has(summary.status) && since < threshold) {
      result.noRecentContact.push(summary);
      silentSince.set(summary, since);
    }
    if (summary.flags.length > 0) result.flagged.push(summary);
    for (const contact of file.contacts) {
      for (const agreement of contact.agreements) {
        if (isOverdue(agreement, today)) result.overdueAgreements.push({ client: summary, contactId: contact.id, agreement });
      }
    }
    for (const open of openReferralsOf(summary, file.referrals ?? [], today, referralFollowUpDays)) {
      if (open.needsFollowUp) result.referralsToFollowUp.push(open);
    }
  }
  // Longest silence first; a client never contacted is silent since registration (not "since ever").
  result.noRecentContact.sort((a, b) => (silentSince.get(a) ?? 0) - (silentSince.get(b) ?? 0) || compareByName(a, b));
  result.flagged.sort(compareByName);
  result.overdueAgreements.sort((a, b) => (a.agreement.due ?? '').localeCompare(b.agreement.due ?? '') || compareByName(a.client, b.client));
  result.referralsToFollowUp.sort(compareOpenReferrals);
  return result;
}
