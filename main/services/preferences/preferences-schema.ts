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

export const preferencesSchema = z.object({
  language: languageSchema,
  lastView: viewSchema,
  /** The worker's name as it appears in the contact log and the audit trail. */
  workerName: z.string().trim().max(100),
  /** After how many weeks without contact a client in care appears in the attention view. */
  attentionWeeks: z.number().int().min(1).max(52),
  /** From this stress check-in score (0–10) on, guidance says stress is still high (distress thermometer: 5). */
  stressThreshold: z.number().int().min(1).max(10),
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
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

/** Dutch first: most users work in Dutch. */
/** Today's list is the start screen: what is planned and due, before the caseload. */
export const defaultPreferences: Preferences = { language: 'nl', lastView: '/today', workerName: '', attentionWeeks: 4, stressThreshold: 5 };
