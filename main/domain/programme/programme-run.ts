import { z } from 'zod';

/** Whether the client was there: only attended sessions count as done. */
export const attendances = ['attended', 'cancelled', 'no_show'] as const;
export const attendanceSchema = z.enum(attendances);

const stressLevel = z
  .number({ error: 'programme:validation.stressLevel' })
  .int({ error: 'programme:validation.stressLevel' })
  .min(0, { error: 'programme:validation.stressLevel' })
  .max(10, { error: 'programme:validation.stressLevel' });

/**
 * What the worker records during one session. Saved as they go (the renderer sends every change),
 * so a closed window loses nothing; every field is optional until it is filled in.
 */
export const sessionRecordFieldsSchema = z.strictObject({
  attendance: attendanceSchema.optional(),
  stressBefore: stressLevel.optional(),
  stressAfter: stressLevel.optional(),
  /** Ids of the template's exercises done in this session. */
  doneExercises: z.array(z.string().max(60)).max(30).default([]),
  notes: z.string().max(20_000, { error: 'programme:validation.tooLong' }).default(''),
  homework: z.string().max(2_000, { error: 'programme:validation.tooLong' }).default(''),
  /** A concrete contact step (who, what, when) was agreed: the connect phase asks for one. */
  contactStepPlanned: z.boolean().optional(),
});
export type SessionRecordFields = z.output<typeof sessionRecordFieldsSchema>;
export type SessionRecordFieldsInput = z.input<typeof sessionRecordFieldsSchema>;

export const sessionRecordSchema = z.strictObject({
  number: z.number().int().min(1),
  /** When it is planned (UTC); moved sessions keep their number. */
  plannedAt: z.iso.datetime(),
  attendance: attendanceSchema.optional(),
  stressBefore: z.number().int().min(0).max(10).optional(),
  stressAfter: z.number().int().min(0).max(10).optional(),
  doneExercises: z.array(z.string().max(60)),
  notes: z.string().max(20_000),
  homework: z.string().max(2_000),
  contactStepPlanned: z.boolean().optional(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().max(100),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const runStatuses = ['running', 'finished', 'stopped'] as const;

/**
 * A programme as one client follows it. It names the template version it was started with:
 * templates are versioned and never changed in place, so editing a template never rewrites what a
 * running client was given.
 */
export const programmeRunSchema = z.strictObject({
  id: z.uuid(),
  templateId: z.string().min(1).max(80),
  templateVersion: z.number().int().min(1),
  startDate: z.iso.date(),
  mode: z.enum(['individual', 'group']),
  group: z.strictObject({ id: z.uuid(), name: z.string().min(1).max(100) }).optional(),
  status: z.enum(runStatuses),
  sessions: z.array(sessionRecordSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProgrammeRun = z.infer<typeof programmeRunSchema>;

/** The running programme, if any: the latest run that is still running. */
export function currentRun(runs: readonly ProgrammeRun[]): ProgrammeRun | undefined {
  return [...runs].reverse().find((run) => run.status === 'running');
}
