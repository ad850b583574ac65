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
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferencesUpdateSchema = z.strictObject({
  language: languageSchema.optional(),
  lastView: viewSchema.optional(),
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

/** Dutch first: most users work in Dutch. */
export const defaultPreferences: Preferences = { language: 'nl', lastView: '/caseload' };
