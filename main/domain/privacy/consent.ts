import { z } from 'zod';
import { consentPurposes } from './consent-state';

export { consentPurposes, currentConsent, hasConsent, type ConsentPurpose } from './consent-state';

export const consentPurposeSchema = z.enum(consentPurposes);

/** One answer of the client, kept as history (never edited; a withdrawal is a new record). */
export const consentRecordSchema = z.strictObject({
  id: z.uuid(),
  purpose: consentPurposeSchema,
  given: z.boolean(),
  date: z.iso.date(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().max(100),
  note: z.string().max(500).optional(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** What the worker records: the answer, the day the client gave it and an optional note. */
export const consentInputSchema = z.strictObject({
  purpose: consentPurposeSchema,
  given: z.boolean(),
  date: z.iso.date({ error: 'privacy:validation.dateInvalid' }),
  note: z
    .string()
    .trim()
    .max(500, { error: 'privacy:validation.noteTooLong' })
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
});
export type ConsentInput = z.output<typeof consentInputSchema>;
