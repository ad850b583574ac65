import { z } from 'zod';
import { storeProblemSchema } from '../../services/storage/store-problem';
import { defineCall } from './define-call';

export const appContract = {
  'app.status': defineCall({
    summary:
      'Whether the caseload could be opened, and which damaged files were set aside, so the worker is told instead of finding clients missing.',
    input: z.strictObject({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      store: z.enum(['ready', 'newer_version', 'locked', 'unavailable']),
      problems: z.array(storeProblemSchema),
    }),
  }),
};
