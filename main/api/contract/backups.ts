import { z } from 'zod';
import { backupReasons } from '../../domain/backup/backup-manifest';
import { backupStampPattern } from '../../domain/backup/backup-stamp';
import { defineCall } from './define-call';

const stamp = z.string().regex(backupStampPattern, { error: 'backups:errors.notFound' });
/** A file's place in the data folder, as a backup's manifest names it; never `..` or absolute. */
const dataPath = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, { error: 'backups:errors.notFound' })
  .refine((path) => !path.split('/').includes('..'), { error: 'backups:errors.notFound' });

const backupSummarySchema = z.object({
  stamp: z.string(),
  createdAt: z.iso.datetime(),
  state: z.enum(['complete', 'damaged']),
  reason: z.enum(backupReasons).optional(),
  fileCount: z.number().int().optional(),
  bytes: z.number().int().optional(),
  clientCount: z.number().int().optional(),
});

export const backupsContract = {
  'backups.list': defineCall({
    summary:
      'The backups in the data folder, newest first, with how many to keep, and for each damaged file that was set aside the newest backup holding a good copy.',
    input: z.strictObject({}),
    output: z.object({
      backups: z.array(backupSummarySchema),
      keep: z.number().int(),
      offers: z.array(z.object({ file: z.string(), stamp: z.string(), createdAt: z.iso.datetime() })),
    }),
  }),
  'backups.create': defineCall({
    summary: 'Makes an encrypted backup of the whole caseload now, then removes the oldest beyond the number to keep.',
    input: z.strictObject({}),
    output: backupSummarySchema,
  }),
  'backups.restore': defineCall({
    summary:
      'Puts a checked backup back in place of the caseload; the current state is saved as a backup first and erased clients stay erased.',
    input: z.strictObject({ stamp, confirmed: z.literal(true, { error: 'backups:errors.confirm' }) }),
    output: z.object({ stamp: z.string(), savedAs: z.string() }),
  }),
  'backups.restoreFile': defineCall({
    summary: 'Puts back one damaged file from a backup that holds a good copy, and opens the caseload again.',
    input: z.strictObject({ stamp, path: dataPath }),
    output: z.object({ restored: z.literal(true) }),
  }),
};
