import { z } from 'zod';

import { agreementOwners, contactTypes } from './contact-kinds';

export { agreementOwners, contactTypes, type AgreementOwner, type ContactType } from './contact-kinds';
export const contactTypeSchema = z.enum(contactTypes);
export const agreementOwnerSchema = z.enum(agreementOwners);

const entityId = z.uuid({ error: 'errors:validation.idInvalid' });

/** What the worker types for one agreement; the id is kept when an existing one is edited. */
export const agreementInputSchema = z.strictObject({
  id: entityId.optional(),
  text: z
    .string()
    .trim()
    .min(1, { error: 'contacts:validation.agreementTextRequired' })
    .max(500, { error: 'contacts:validation.tooLong' }),
  owner: agreementOwnerSchema,
  due: z.iso.date({ error: 'contacts:validation.dateInvalid' }).optional(),
});
export type AgreementInput = z.input<typeof agreementInputSchema>;

export const agreementSchema = z.strictObject({
  id: z.uuid(),
  text: z.string().min(1).max(500),
  owner: agreementOwnerSchema,
  due: z.iso.date().optional(),
  /** When it was ticked off; absent while open. */
  doneAt: z.iso.datetime().optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** The fields of a contact as entered; notes keep their text exactly (line breaks, spacing). */
export const contactFieldsSchema = z.strictObject({
  at: z.iso.datetime({ offset: true, error: 'contacts:validation.dateTimeInvalid' }),
  type: contactTypeSchema,
  durationMinutes: z
    .number({ error: 'contacts:validation.durationInvalid' })
    .int({ error: 'contacts:validation.durationInvalid' })
    .min(0, { error: 'contacts:validation.durationInvalid' })
    .max(24 * 60, { error: 'contacts:validation.durationInvalid' })
    .optional(),
  present: z.string().max(500, { error: 'contacts:validation.tooLong' }).optional(),
  summary: z.string().max(20_000, { error: 'contacts:validation.tooLong' }),
  agreements: z.array(agreementInputSchema).max(50).default([]),
});
export type ContactFieldsInput = z.input<typeof contactFieldsSchema>;
export type ContactFields = z.output<typeof contactFieldsSchema>;

export const contactSchema = z.strictObject({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  type: contactTypeSchema,
  durationMinutes: z.number().int().min(0).max(24 * 60).optional(),
  present: z.string().max(500).optional(),
  summary: z.string().max(20_000),
  agreements: z.array(agreementSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Who logged it (the worker's name from Settings), kept for the audit trail. */
  createdBy: z.string().max(100),
  updatedBy: z.string().max(100),
});
export type Contact = z.infer<typeof contactSchema>;

/** Newest first; equal times keep a stable order by id. */
export function compareContactsNewestFirst(a: Pick<Contact, 'at' | 'id'>, b: Pick<Contact, 'at' | 'id'>): number {
  return Date.parse(b.at) - Date.parse(a.at) || a.id.localeCompare(b.id);
}

/**
 * Merges edited agreements into the stored ones: an agreement keeps its id and done state when
 * the worker edits its text, new ones get fresh ids, removed ones go.
 */
export function mergeAgreements(
  stored: readonly Agreement[],
  edited: readonly z.output<typeof agreementInputSchema>[],
  newId: () => string,
): Agreement[] {
  const byId = new Map(stored.map((agreement) => [agreement.id, agreement]));
  return edited.map((input) => {
    const previous = input.id === undefined ? undefined : byId.get(input.id);
    // An id sent twice keeps its agreement once; the copy is new (two agreements never share an id).
    if (previous) byId.delete(previous.id);
    const agreement: Agreement = { id: previous?.id ?? newId(), text: input.text, owner: input.owner };
    if (input.due !== undefined) agreement.due = input.due;
    if (previous?.doneAt !== undefined) agreement.doneAt = previous.doneAt;
    return agreement;
  });
}

/** Open agreements whose due date lies before `today` (a local calendar date, YYYY-MM-DD). */
export function isOverdue(agreement: Agreement, today: string): boolean {
  return agreement.doneAt === undefined && agreement.due !== undefined && agreement.due < today;
}
