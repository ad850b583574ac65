import { z } from 'zod';
import {
  ageGroups,
  clientFlags,
  clientStatuses,
  closeReasons,
  householdTypes,
  referralSources,
} from './client-status';

/**
 * The client record. Input schemas trim, turn empty text into "absent" and carry translation keys
 * (namespace `clients`) as messages, so the main process refuses input in words the renderer shows
 * next to the field. The stored schema checks shape only: reading a file must never depend on the
 * clock or on rules that may tighten later.
 */
export {
  ageGroups,
  clientFlags,
  clientStatuses,
  closeReasons,
  householdTypes,
  referralSources,
  type AgeGroup,
  type ClientFlag,
  type ClientStatus,
  type CloseReason,
  type HouseholdType,
  type ReferralSource,
} from './client-status';

export const clientStatusSchema = z.enum(clientStatuses);
export const closeReasonSchema = z.enum(closeReasons);

const tooLong = { error: 'clients:validation.tooLong' };

/** An optional short text: absent or trimmed, never an empty string in the store. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

const phoneField = optionalText(40).refine((value) => value === undefined || /^[+0-9 ()./-]{6,}$/.test(value), {
  error: 'clients:validation.phoneInvalid',
});

const optionalDate = z.iso.date({ error: 'clients:validation.dateInvalid' }).optional();

const requiredName = (key: string) =>
  z.string({ error: key }).trim().min(1, { error: key }).max(100, tooLong);

const profileShape = {
    givenName: requiredName('clients:validation.givenNameRequired'),
    familyName: requiredName('clients:validation.familyNameRequired'),
    preferredName: optionalText(100),
    pronouns: optionalText(40),
    language: optionalText(60),
    dateOfBirth: z.iso
      .date({ error: 'clients:validation.dateInvalid' })
      .refine((value) => value >= '1900-01-01', { error: 'clients:validation.dateOfBirthTooEarly' })
      .refine((value) => value <= new Date().toISOString().slice(0, 10), { error: 'clients:validation.dateOfBirthInFuture' })
      .optional(),
    ageGroup: z.enum(ageGroups).optional(),
    household: z.enum(householdTypes).optional(),
    livingSituation: optionalText(1000),
    referredBy: z.enum(referralSources).optional(),
    referredOn: optionalDate,
    phone: phoneField,
    email: optionalText(200).refine((value) => value === undefined || z.email().safeParse(value).success, {
      error: 'clients:validation.emailInvalid',
    }),
    address: optionalText(300),
    gpName: optionalText(100),
    gpPractice: optionalText(150),
    gpPhone: phoneField,
    emergencyName: optionalText(100),
    emergencyRelation: optionalText(60),
    emergencyPhone: phoneField,
    whatMatters: optionalText(5000),
    flags: z
      .array(z.enum(clientFlags))
      .max(clientFlags.length)
      .default([])
      .transform((flags) => [...new Set(flags)]),
    flagNote: optionalText(500),
    assignedWorker: optionalText(100),
    startDate: optionalDate,
    endDate: optionalDate,
};

const endNotBeforeStart: [
  (value: { startDate?: string | undefined; endDate?: string | undefined }) => boolean,
  { error: string; path: string[] },
] = [
  (value) => !value.startDate || !value.endDate || value.endDate >= value.startDate,
  { error: 'clients:validation.endBeforeStart', path: ['endDate'] },
];

/** Everything the worker can edit on the client file (the status changes through its own call). */
export const clientProfileInputSchema = z.strictObject(profileShape).refine(...endNotBeforeStart);
export type ClientProfileInput = z.input<typeof clientProfileInputSchema>;
export type ClientProfile = z.output<typeof clientProfileInputSchema>;

/** A new client: the profile plus where they start (usually registered; an import may say otherwise). */
export const clientFieldsSchema = z
  .strictObject({ ...profileShape, status: clientStatusSchema.default('registered') })
  .refine(...endNotBeforeStart);
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;
export type ClientFields = z.output<typeof clientFieldsSchema>;

export const clientIdSchema = z.uuid({ error: 'errors:validation.idInvalid' });

/** One dated step in the client's status history; closing carries its reason. */
export const statusChangeSchema = z.strictObject({
  from: clientStatusSchema.optional(),
  to: clientStatusSchema,
  at: z.iso.datetime(),
  by: z.string().max(100),
  reason: closeReasonSchema.optional(),
  note: z.string().max(1000).optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const storedText = (max: number) => z.string().max(max).optional();

/** What is stored: identity, the profile, the status with its history, and timestamps (UTC). */
export const clientSchema = z.strictObject({
  id: clientIdSchema,
  givenName: z.string().min(1).max(100),
  familyName: z.string().min(1).max(100),
  preferredName: storedText(100),
  pronouns: storedText(40),
  language: storedText(60),
  dateOfBirth: z.iso.date().optional(),
  ageGroup: z.enum(ageGroups).optional(),
  household: z.enum(householdTypes).optional(),
  livingSituation: storedText(1000),
  referredBy: z.enum(referralSources).optional(),
  referredOn: z.iso.date().optional(),
  phone: storedText(40),
  email: storedText(200),
  address: storedText(300),
  gpName: storedText(100),
  gpPractice: storedText(150),
  gpPhone: storedText(40),
  emergencyName: storedText(100),
  emergencyRelation: storedText(60),
  emergencyPhone: storedText(40),
  whatMatters: storedText(5000),
  flags: z.array(z.enum(clientFlags)),
  flagNote: storedText(500),
  assignedWorker: storedText(100),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
  status: clientStatusSchema,
  statusHistory: z.array(statusChangeSchema).min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Client = z.infer<typeof clientSchema>;

/** Copies a parsed profile onto a record, leaving out absent fields (never `undefined` values). */
export function applyProfile<T extends object>(base: T, profile: ClientProfile): T & ClientProfile {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as T & ClientProfile;
}
