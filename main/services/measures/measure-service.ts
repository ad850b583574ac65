import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import { builtinScales } from '../../domain/measures/builtin-scales';
import type { Measurement, MeasurementMoment } from '../../domain/measures/measurement';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import { scoreScale, type ScoringOutcome } from '../../domain/measures/score-scale';
import { averageChange, scoreSeries, type AverageChangeOutcome, type ScoreSeries } from '../../domain/measures/score-series';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock, type ClientFiles } from '../clients/client-files';

export interface RecordMeasurement {
  scaleId: string;
  moment: MeasurementMoment;
  takenOn: string;
  answers: Record<string, string | null>;
  note?: string | undefined;
}

export interface ScoredMeasurement {
  measurement: Measurement;
  score: ScoringOutcome;
}

/** One stress check-in from a programme session, for the chart beside the scale scores. */
export interface StressPointView {
  on: string;
  sessionNumber: number;
  before?: number;
  after?: number;
}

function scale(scaleId: string): ScaleDefinition {
  const definition = (builtinScales as Record<string, ScaleDefinition | undefined>)[scaleId];
  if (!definition) throw new ApiError('not_found', { messageKey: 'measures:errors.scaleNotFound' });
  return definition;
}

/**
 * Questionnaires filled in with a client. The raw answers are stored and scored on every read, so
 * a corrected scale definition re-scores history; a result is a conversation aid, not a diagnosis.
 */
export function createMeasureService(files: ClientFiles, audit: AuditTrail, clock: Clock, newId: () => string, actor: () => string) {
  return {
    scales(): ScaleDefinition[] {
      return Object.values(builtinScales);
    },
    list(clientId: string): ScoredMeasurement[] {
      const { measurements } = files.projected(clientId);
      // Seeing a client's questionnaires is a view of their file (NEN 7513); repeats are thinned by the trail.
      void audit.record({ action: 'view', entity: 'measurement', clientId }).catch(() => undefined);
      return [...measurements]
        .sort((a, b) => b.takenOn.localeCompare(a.takenOn) || b.createdAt.localeCompare(a.createdAt))
        .map((measurement) => ({ measurement, score: scoreScale(scale(measurement.scaleId), measurement.answers) }));
    },
    async record(clientId: string, input: RecordMeasurement): Promise<ScoredMeasurement> {
      const definition = scale(input.scaleId);
      const score = scoreScale(definition, input.answers);
      if (!score.ok) {
        throw new ApiError('invalid_input', {
          messageKey: 'measures:errors.answersInvalid',
          issues: score.issues.map((issue) => ({ path: ['answers', issue.itemId], messageKey: 'measures:errors.answersInvalid' })),
        });
      }
      const measurement = await files.change(clientId, (current) => {
        const created: Measurement = {
          id: newId(),
          scaleId: definition.id,
          scaleVersion: definition.version,
          moment: input.moment,
          takenOn: input.takenOn,
          answers: input.answers,
          createdAt: nextStamp(clock),
          createdBy: actor(),
        };
        if (input.note !== undefined && input.note.trim() !== '') created.note = input.note.trim();
        return { document: { ...current, measurements: [...current.measurements, created] }, result: created };
      });
      await audit.record({ action: 'create', entity: 'measurement', clientId, entityId: measurement.id, detail: `scale:${definition.id}` });
      return { measurement, score };
    },
    async remove(clientId: string, measurementId: string): Promise<void> {
      await files.change(clientId, (current) => {
        if (!current.measurements.some((measurement) => measurement.id === measurementId)) {
          throw new ApiError('not_found', { messageKey: 'measures:errors.measurementNotFound' });
        }
        return { document: { ...current, measurements: current.measurements.filter((m) => m.id !== measurementId) }, result: undefined };
      });
      await audit.record({ action: 'delete', entity: 'measurement', clientId, entityId: measurementId });
    },
    /** A client's scores on one scale over time, and their stress check-ins from programme sessions. */
    series(clientId: string, scaleId: string): { scores: ScoreSeries; stress: StressPointView[] } {
      const document = files.projected(clientId);
      void audit.record({ action: 'view', entity: 'measurement', clientId }).catch(() => undefined);
      // In time order, on the worker's local day (a session at 00:30 is not on the day before).
      const stress: StressPointView[] = document.programmes
        .flatMap((run) => run.sessions)
        .filter((record) => record.attendance === 'attended' && (record.stressBefore !== undefined || record.stressAfter !== undefined))
        .sort((a, b) => a.plannedAt.localeCompare(b.plannedAt))
        .map((record) => ({
          on: localDate(new Date(record.plannedAt)),
          sessionNumber: record.number,
          ...(record.stressBefore !== undefined ? { before: record.stressBefore } : {}),
          ...(record.stressAfter !== undefined ? { after: record.stressAfter } : {}),
        }));
      return { scores: scoreSeries(scale(scaleId), document.measurements), stress };
    },
    /** The caseload's average change on one scale between two moments, for reports (no names). */
    caseloadChange(scaleId: string, from: MeasurementMoment, to: MeasurementMoment): AverageChangeOutcome {
      const definition = scale(scaleId);
      const perClient = [...files.projections()].map((document) => scoreSeries(definition, document.measurements));
      return averageChange(perClient, from, to);
    },
  };
}
export type MeasureService = ReturnType<typeof createMeasureService>;
