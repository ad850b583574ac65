import { z } from 'zod';
import { serviceFormats, serviceKinds, servicePhases } from './service-kinds';

export { serviceFormats, serviceKinds, servicePhases, type ServiceFormat, type ServiceKind, type ServicePhase } from './service-kinds';

/**
 * One organisation or service in the worker's directory (the sociale kaart). Input schemas trim and
 * turn empty text into "absent", with translation keys (namespace `directory`) as messages.
 */
const tooLong = { error: 'directory:validation.tooLong' };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const serviceFieldsSchema = z.strictObject({
  name: z
    .string({ error: 'directory:validation.nameRequired' })
    .trim()
    .min(1, { error: 'directory:validation.nameRequired' })
    .max(150, tooLong),
  kind: z.enum(serviceKinds, { error: 'directory:validation.kindRequired' }),
  format: z.enum(serviceFormats, { error: 'directory:validation.formatRequired' }),
  /** Phases the service suits; empty means "not said" (no phase warning is given for it). */
  phases: z
    .array(z.enum(servicePhases))
    .max(servicePhases.length)
    .default([])
    .transform((phases) => servicePhases.filter((phase) => phases.includes(phase))),
  contactPerson: optionalText(100),
  phone: optionalText(40).refine((value) => value === undefined || /^[+0-9 ()./-]{6,}$/.test(value), {
    error: 'directory:validation.phoneInvalid',
  }),
  email: optionalText(200).refine((value) => value === undefined || z.email().safeParse(value).success, {
    error: 'directory:validation.emailInvalid',
  }),
  website: optionalText(300).refine((value) => value === undefined || /^https?:\/\/\S+$/i.test(value), {
    error: 'directory:validation.websiteInvalid',
  }),
  address: optionalText(300),
  openingHours: optionalText(300),
  targetGroups: optionalText(500),
  notes: optionalText(2000),
});
export type ServiceFieldsInput = z.input<typeof serviceFieldsSchema>;
export type ServiceFields = z.output<typeof serviceFieldsSchema>;

const storedText = (max: number) => z.string().max(max).optional();

export const serviceEntrySchema = z.strictObject({
  id: z.uuid(),
  name: z.string().min(1).max(150),
  kind: z.enum(serviceKinds),
  format: z.enum(serviceFormats),
  phases: z.array(z.enum(servicePhases)),
  contactPerson: storedText(100),
  phone: storedText(40),
  email: storedText(200),
  website: storedText(300),
  address: storedText(300),
  openingHours: storedText(300),
  targetGroups: storedText(500),
  notes: storedText(2000),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

/** The directory file, `directory/services.json`. */
export const directoryVersion = 1;
export const directoryDocumentSchema = z.strictObject({
  schemaVersion: z.literal(directoryVersion),
  services: z.array(serviceEntrySchema),
});
export type DirectoryDocument = z.infer<typeof directoryDocumentSchema>;
