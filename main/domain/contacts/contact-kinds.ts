/**
 * The fixed lists a contact chooses from, in the order the form offers them. Plain constants, free
 * of zod, so the renderer can import them (see client-status.ts for why).
 */

/** How the worker met or reached the client; "with others" covers a conversation with family or professionals present. */
export const contactTypes = ['home_visit', 'office', 'phone', 'video', 'message', 'group_session', 'with_others'] as const;
export type ContactType = (typeof contactTypes)[number];

export const agreementOwners = ['worker', 'client'] as const;
export type AgreementOwner = (typeof agreementOwners)[number];

export function isContactType(value: string): value is ContactType {
  return (contactTypes as readonly string[]).includes(value);
}
