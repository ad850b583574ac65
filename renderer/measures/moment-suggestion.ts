import type { MeasurementMoment } from '../../main/api/api-types';
import { plannedMomentKinds } from '../../main/domain/measures/measurement-moments';

/**
 * The moment a new questionnaire most likely is: the first planned moment (intake, halfway, end,
 * follow-up) not yet measured with this scale, or "other" once all four are done.
 */
export function suggestMoment(taken: ReadonlyArray<{ scaleId: string; moment: MeasurementMoment }>, scaleId: string): MeasurementMoment {
  const done = new Set(taken.filter((measurement) => measurement.scaleId === scaleId).map((measurement) => measurement.moment));
  return plannedMomentKinds.find((moment) => !done.has(moment)) ?? 'other';
}
