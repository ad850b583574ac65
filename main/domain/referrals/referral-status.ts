/**
 * The referral pipeline. Plain constants and pure functions, free of zod, so the renderer can offer
 * only the steps the main process will accept.
 *
 * planned → sent → accepted → started → completed; the receiver may decline once it has the
 * referral (sent or accepted); the worker may withdraw it at any point before it is completed.
 * Completed, declined and withdrawn are final.
 */
export const referralStatuses = ['planned', 'sent', 'accepted', 'started', 'completed', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

const allowed: Record<ReferralStatus, readonly ReferralStatus[]> = {
  planned: ['sent', 'withdrawn'],
  sent: ['accepted', 'declined', 'withdrawn'],
  accepted: ['started', 'declined', 'withdrawn'],
  started: ['completed', 'withdrawn'],
  completed: [],
  declined: [],
  withdrawn: [],
};

export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return allowed[from];
}

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return allowed[from].includes(to);
}

export function isOpenReferral(status: ReferralStatus): boolean {
  return allowed[status].length > 0;
}

/** What the client may agree to share with the receiver; the name is always on the letter. */
export const shareItems = ['dateOfBirth', 'address', 'phone', 'background', 'measurements', 'programme'] as const;
export type ShareItem = (typeof shareItems)[number];

/** Why a destination may not fit the client now; each has a text in `referrals:fit.<code>`. */
export const fitWarningCodes = ['phaseMismatch', 'groupWhileSeverelyLonely', 'groupWhileStressHigh'] as const;
export type FitWarningCode = (typeof fitWarningCodes)[number];

/** Default days a sent referral may wait for an answer before the worker is reminded. */
export const defaultReferralFollowUpDays = 14;
