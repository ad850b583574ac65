/**
 * The fixed lists a client record chooses from. Plain constants, free of zod, so the renderer can
 * import them: zod probes `new Function('')` while building object schemas, which the renderer's
 * CSP (no 'unsafe-eval') reports as a violation.
 */

/** The order of a client's path through the service. */
export const clientStatuses = ['registered', 'intake', 'active', 'aftercare', 'closed'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export function isClientStatus(value: string): value is ClientStatus {
  return (clientStatuses as readonly string[]).includes(value);
}

export const ageGroups = ['child', 'young_person', 'student', 'adult', 'older_adult'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export const householdTypes = ['alone', 'partner', 'family', 'single_parent', 'shared', 'care_home', 'other'] as const;
export type HouseholdType = (typeof householdTypes)[number];

export const referralSources = ['self', 'gp', 'family', 'district_team', 'other'] as const;
export type ReferralSource = (typeof referralSources)[number];

/** Shown prominently on the client file: things every colleague must see before a visit. */
export const clientFlags = ['recent_loss', 'suicidal_thoughts', 'safety_concern', 'health_concern', 'other'] as const;
export type ClientFlag = (typeof clientFlags)[number];

export const closeReasons = ['goal_reached', 'moved', 'declined_further_help', 'referred_on', 'deceased', 'other'] as const;
export type CloseReason = (typeof closeReasons)[number];
