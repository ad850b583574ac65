/**
 * The fixed lists a service in the directory chooses from. Plain constants, free of zod, so the
 * renderer can import them (zod probes `new Function('')`, which the renderer's CSP refuses).
 */

/** What kind of organisation or service a worker refers to. */
export const serviceKinds = [
  'gp',
  'mental_health',
  'district_team',
  'buddy_service',
  'meeting_place',
  'course',
  'debt_housing',
  'sport_culture',
  'other',
] as const;
export type ServiceKind = (typeof serviceKinds)[number];

/** How the client takes part: alone with a professional or volunteer, or in a group. */
export const serviceFormats = ['individual', 'group', 'both'] as const;
export type ServiceFormat = (typeof serviceFormats)[number];

/** Programme phases a service suits (the same ids as the programme's phases). */
export const servicePhases = ['calm', 'skills', 'connect', 'aftercare'] as const;
export type ServicePhase = (typeof servicePhases)[number];
