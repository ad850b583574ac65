import { addDays, localDate } from '../agenda/local-date';
import { dueMoments, plannedMoments, type MeasurementMoment, type MomentState } from '../measures/measurement-moments';
import type { ProgrammeRun } from './programme-run';

// An intake questionnaire filled in a little before the first session still counts for this run.
const intakeLeadDays = 14;

/**
 * The measurement moments of one programme run (intake, halfway, end, follow-up) and whether each
 * is done: only questionnaires from this run's time count, so a second programme asks again.
 */
export function runMoments(
  run: Pick<ProgrammeRun, 'startDate' | 'sessions'>,
  measurements: ReadonlyArray<{ moment: MeasurementMoment; takenOn: string }>,
  today: string,
): MomentState[] {
  const lastSession = run.sessions.at(-1);
  const end = lastSession ? localDate(new Date(lastSession.plannedAt)) : undefined;
  const from = addDays(run.startDate, -intakeLeadDays);
  return dueMoments(
    plannedMoments(run.startDate, end),
    measurements.filter((measurement) => measurement.takenOn >= from),
    today,
  );
}
