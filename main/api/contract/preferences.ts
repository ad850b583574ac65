import { z } from 'zod';
import { preferencesSchema, preferencesUpdateSchema } from '../../services/preferences/preferences-schema';
import { defineCall } from './define-call';

export const preferencesContract = {
  'preferences.get': defineCall({
    summary: "The worker's preferences: language and the last view, restored at start.",
    input: z.strictObject({}),
    output: preferencesSchema,
  }),
  'preferences.update': defineCall({
    summary: 'Changes some preferences at once and keeps them for the next start.',
    input: preferencesUpdateSchema,
    output: preferencesSchema,
  }),
};
