import { z } from 'zod';
import { clientStatuses } from './client-status';

/**
 * The client record as the worker sees it. Later issues extend it through storage migrations.
 * Error messages are translation keys (namespace `clients`), so the main process can refuse input
 * in words the renderer shows next to the field.
 */
export { clientStatuses, type ClientStatus } from './client-status';
export const clientStatusSchema = z.enum(clientStatuses);

const isoDate = z.iso.date({ error: 'clients:validation.dateInvalid' });

/** An optional short text: absent or trimmed, never an empty string in the store. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'clients:validation.tooLong' })
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const clientFieldsSchema = z.strictObject({
  givenName: z
    .string({ error: 'clients:validation.givenNameRequired' })
    .trim()
    .min(1, { error: 'clients:validation.givenNameRequired' })
    .max(100, { error: 'clients:validation.tooLong' }),
  familyName: z
    .string({ error: 'clients:validation.familyNameRequired' })
    .trim()
    .min(1, { error: 'clients:validation.familyNameRequired' })
    .max(100, { error: 'clients:validation.tooLong' }),
  dateOfBirth: isoDate
    .refine((value) => value >= '1900-01-01', { error: 'clients:validation.dateOfBirthTooEarly' })
    .refine((value) => value <= new Date().toISOString().slice(0, 10), { error: 'clients:validation.dateOfBirthInFuture' })
    .optional(),
  phone: optionalText(40).refine((value) => value === undefined || /^[+0-9 ()./-]{6,}$/.test(value), {
    error: 'clients:validation.phoneInvalid',
  }),
  email: optionalText(200).refine(
    (value) => value === undefined || z.email().safeParse(value).success,
    { error: 'clients:validation.emailInvalid' },
  ),
  address: optionalText(300),
  status: clientStatusSchema.default('registered'),
});
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;
export type ClientFields = z.output<typeof clientFieldsSchema>;

export const clientIdSchema = z.uuid({ error: 'errors:validation.idInvalid' });

/** What is stored: the fields plus identity and timestamps (ISO 8601, UTC). */
export const clientSchema = z.strictObject({
  id: clientIdSchema,
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  dateOfBirth: z.iso.date().optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(200).optional(),
  address: z.string().max(300).optional(),
  status: clientStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Client = z.infer<typeof clientSchema>;

/** The caseload list shows these; keeping them small keeps the list fast at organisation size. */
export const clientSummarySchema = clientSchema.pick({
  id: true,
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  status: true,
  updatedAt: true,
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export function toSummary(client: Client): ClientSummary {
  const { id, givenName, familyName, dateOfBirth, status, updatedAt } = client;
  return dateOfBirth === undefined
    ? { id, givenName, familyName, status, updatedAt }
    : { id, givenName, familyName, dateOfBirth, status, updatedAt };
}
