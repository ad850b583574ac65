import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import { measurementMomentSchema } from '../../domain/measures/measurement';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import type { AverageChangeOutcome, ScoreSeries } from '../../domain/measures/score-series';
import type { ScoredMeasurement, StressPointView } from '../../services/measures/measure-service';
import { defineCall } from './define-call';

const scaleId = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'measures:errors.scaleNotFound' });

export const measuresContract = {
  'measures.scales': defineCall({
    summary: 'The questionnaires, with items exactly as published and their sources.',
    input: z.strictObject({}),
    output: z.custom<ScaleDefinition[]>(),
  }),
  'measures.list': defineCall({
    summary: "A client's filled-in questionnaires with their scores (newest first).",
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.custom<ScoredMeasurement[]>(),
  }),
  'measures.record': defineCall({
    summary: 'Stores a filled-in questionnaire (the raw answers) and returns its score.',
    input: z.strictObject({
      clientId: clientIdSchema,
      scaleId,
      moment: measurementMomentSchema,
      takenOn: z.iso.date({ error: 'measures:errors.dateInvalid' }),
      answers: z.record(z.string().max(40), z.string().max(40).nullable()),
      note: z.string().max(2000, { error: 'measures:errors.tooLong' }).optional(),
    }),
    output: z.custom<ScoredMeasurement>(),
  }),
  'measures.delete': defineCall({
    summary: 'Removes a questionnaire entered by mistake.',
    input: z.strictObject({ clientId: clientIdSchema, measurementId: z.uuid() }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'measures.series': defineCall({
    summary: "A client's scores on one scale over time and the session stress check-ins, for the chart.",
    input: z.strictObject({ clientId: clientIdSchema, scaleId }),
    output: z.custom<{ scores: ScoreSeries; stress: StressPointView[] }>(),
  }),
  'measures.caseloadChange': defineCall({
    summary: "The caseload's average change between two moments on one scale, without names.",
    input: z.strictObject({ scaleId, from: measurementMomentSchema, to: measurementMomentSchema }),
    output: z.custom<AverageChangeOutcome>(),
  }),
};
