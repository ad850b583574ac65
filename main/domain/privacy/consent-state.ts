/**
 * What a client agreed to, per purpose. Plain constants and functions, free of zod, so the renderer
 * can use the same rule as the main process (the referral notice and the privacy tab agree).
 */
export const consentPurposes = ['keep_data', 'share_with_referrals'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** The fields the rule needs; a stored record has more (who recorded it, a note). */
export interface ConsentFacts {
  purpose: ConsentPurpose;
  given: boolean;
  /** The local day the client said it (YYYY-MM-DD). */
  date: string;
  /** When it was written down (ISO); breaks ties between two answers on the same day. */
  recordedAt: string;
}

/**
 * The client's answer that holds now for one purpose: the one given on the latest day, and of two
 * on the same day the one written down last. Records are history, never edited: a withdrawal is a
 * later record with `given: false`. Undefined when the client was never asked.
 */
export function currentConsent<T extends ConsentFacts>(records: readonly T[], purpose: ConsentPurpose): T | undefined {
  let current: T | undefined;
  for (const record of records) {
    if (record.purpose !== purpose) continue;
    if (current === undefined || record.date > current.date || (record.date === current.date && record.recordedAt >= current.recordedAt)) current = record;
  }
  return current;
}

/** True only when the latest answer for the purpose is yes. */
export function hasConsent(records: readonly ConsentFacts[], purpose: ConsentPurpose): boolean {
  return currentConsent(records, purpose)?.given === true;
}
