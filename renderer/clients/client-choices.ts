import type { AgeGroup } from '../../main/api/api-types';
import { ageOn } from '../i18n/formatting';

// The fixed lists live in a zod-free domain module, so the renderer offers exactly what the main
// process accepts, in the same order.
export {
  ageGroups,
  clientFlags,
  closeReasons,
  householdTypes,
  referralSources,
} from '../../main/domain/clients/client-status';
export { nextStatuses } from '../../main/domain/clients/status-lifecycle';

/**
 * The age group a date of birth suggests: child under 12, young person 12–17, adult 18–66, older
 * adult from 67 (the Dutch state-pension age). "Student" is never suggested: that is the worker's call.
 */
export function suggestedAgeGroup(dateOfBirth: string, today: Date = new Date()): AgeGroup | undefined {
  const age = ageOn(dateOfBirth, today);
  if (age === undefined) return undefined;
  if (age < 12) return 'child';
  if (age < 18) return 'young_person';
  if (age < 67) return 'adult';
  return 'older_adult';
}
