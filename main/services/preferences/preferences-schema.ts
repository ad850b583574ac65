import { z } from 'zod';

export const languages = ['nl', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** A route inside the app, e.g. `/caseload` or `/clients/<id>`; never a URL. */
const viewSchema = z.string().regex(/^\/[\w/-]{0,200}$/);

export const windowStateSchema = z.object({
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** At most 512 KB of image; checked again when a document draws it. */
export const maxLogoBytes = 512 * 1024;
const logoSchema = z
  .string()
  .max(Math.ceil(maxLogoBytes / 3) * 4 + 40, { error: 'settings:validation.logoTooLarge' })
  .regex(/^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2})?$/, { error: 'settings:validation.logoType' });

const settingText = (max: number) => z.string().trim().max(max, { error: 'settings:validation.tooLong' }).optional();

export const preferencesSchema = z.object({
  language: languageSchema,
  lastView: viewSchema,
  /** The worker's name as it appears in the contact log and the audit trail. */
  workerName: z.string().trim().max(100),
  /** After how many weeks without contact a client in care appears in the attention view. */
  attentionWeeks: z.number().int().min(1).max(52),
  /** From this stress check-in score (0–10) on, guidance says stress is still high (distress thermometer: 5). */
  stressThreshold: z.number().int().min(1).max(10),
  /** After how many days without an answer a sent referral is highlighted for follow-up. */
  referralFollowUpDays: z.number().int().min(1).max(90),
  /** Minutes without activity after which the app locks (10 by default). */
  lockAfterMinutes: z.number().int().min(1).max(120),
  /** Unlock with the operating system's keychain (Electron safeStorage) instead of typing the passphrase. */
  keychainUnlock: z.boolean(),
  /** How many daily backups are kept before the oldest is removed. */
  backupKeep: z.number().int().min(1).max(90),
  /** Closed cases older than this many months are listed for erasure. */
  retentionMonths: z.number().int().min(1).max(240),
  /** The sender on letters and the header of every document. */
  organisationName: z.string().trim().max(150),
  organisationAddress: z.string().trim().max(300),
  organisationPhone: z.string().trim().max(40),
  organisationEmail: z.string().trim().max(200),
  /** A PNG or JPEG as a data URL, printed in the document header. */
  organisationLogo: logoSchema,
  workerRole: z.string().trim().max(100),
  workerPhone: z.string().trim().max(40),
  workerEmail: z.string().trim().max(200),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesUpdateSchema = z.strictObject({
  language: languageSchema.optional(),
  lastView: viewSchema.optional(),
  workerName: z.string().trim().max(100, { error: 'settings:validation.tooLong' }).optional(),
  attentionWeeks: z
    .number({ error: 'settings:validation.attentionWeeks' })
    .int({ error: 'settings:validation.attentionWeeks' })
    .min(1, { error: 'settings:validation.attentionWeeks' })
    .max(52, { error: 'settings:validation.attentionWeeks' })
    .optional(),
  stressThreshold: z
    .number({ error: 'settings:validation.stressThreshold' })
    .int({ error: 'settings:validation.stressThreshold' })
    .min(1, { error: 'settings:validation.stressThreshold' })
    .max(10, { error: 'settings:validation.stressThreshold' })
    .optional(),
  referralFollowUpDays: z
    .number({ error: 'settings:validation.referralFollowUpDays' })
    .int({ error: 'settings:validation.referralFollowUpDays' })
    .min(1, { error: 'settings:validation.referralFollowUpDays' })
    .max(90, { error: 'settings:validation.referralFollowUpDays' })
    .optional(),
  lockAfterMinutes: z
    .number({ error: 'settings:validation.lockAfterMinutes' })
    .int({ error: 'settings:validation.lockAfterMinutes' })
    .min(1, { error: 'settings:validation.lockAfterMinutes' })
    .max(120, { error: 'settings:validation.lockAfterMinutes' })
    .optional(),
  keychainUnlock: z.boolean().optional(),
  backupKeep: z
    .number({ error: 'settings:validation.backupKeep' })
    .int({ error: 'settings:validation.backupKeep' })
    .min(1, { error: 'settings:validation.backupKeep' })
    .max(90, { error: 'settings:validation.backupKeep' })
    .optional(),
  retentionMonths: z
    .number({ error: 'settings:validation.retentionMonths' })
    .int({ error: 'settings:validation.retentionMonths' })
    .min(1, { error: 'settings:validation.retentionMonths' })
    .max(240, { error: 'settings:validation.retentionMonths' })
    .optional(),
  organisationName: settingText(150),
  organisationAddress: settingText(300),
  organisationPhone: settingText(40),
  organisationEmail: settingText(200),
  organisationLogo: logoSchema.optional(),
  workerRole: settingText(100),
  workerPhone: settingText(40),
  workerEmail: settingText(200),
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

/** Dutch first: most users work in Dutch. */
/** Today's list is the start screen: what is planned and due, before the caseload. */
export const defaultPreferences: Preferences = {
  language: 'nl',
  lastView: '/today',
  workerName: '',
  attentionWeeks: 4,
  stressThreshold: 5,
  referralFollowUpDays: 14,
  lockAfterMinutes: 10,
  keychainUnlock: false,
  backupKeep: 14,
  retentionMonths: 24,
  organisationName: '',
  organisationAddress: '',
  organisationPhone: '',
  organisationEmail: '',
  organisationLogo: '',
  workerRole: '',
  workerPhone: '',
  workerEmail: '',
};
