import { z } from 'zod';

/** A stored file that could not be used and was set aside, reported to the worker. */
export const storeProblemSchema = z.object({
  file: z.string(),
  reason: z.enum(['not_json', 'invalid_schema', 'newer_version', 'unreadable']),
  movedTo: z.string().optional(),
  at: z.iso.datetime(),
});
export type StoreProblem = z.infer<typeof storeProblemSchema>;
