import { z } from 'zod';
import { measurementMoments } from './measurement-moments';
import { itemIdSchema, optionValueSchema, scaleIdSchema } from './scale-definition';

export {
  addMonthsClamped,
  dueMoments,
  measurementMoments,
  plannedMomentKinds,
  plannedMoments,
  type DueWindow,
  type MeasurementMoment,
  type MomentState,
  type MomentStatus,
  type PlannedMoment,
  type PlannedMomentKind,
} from './measurement-moments';

export const measurementMomentSchema = z.enum(measurementMoments);

/**
 * One filled-in questionnaire as stored. It keeps the raw answers, never only a score, so a
 * corrected scale definition can re-score history. Like the other stored schemas it checks shape
 * only: whether the answers fit the scale is the scoring's question (`scoreScale` refuses unknown
 * items and options), so a file stays readable if a definition changes.
 */
export const measurementSchema = z.strictObject({
  id: z.uuid(),
  scaleId: scaleIdSchema,
  /** The definition version the worker filled in. */
  scaleVersion: z.number().int().min(1),
  moment: measurementMomentSchema,
  /** The local day it was taken. */
  takenOn: z.iso.date(),
  /** Item id → answer option value; null = the client left it open. */
  answers: z.record(itemIdSchema, optionValueSchema.nullable()),
  note: z.string().max(2000).optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().max(100),
});
export type Measurement = z.infer<typeof measurementSchema>;
