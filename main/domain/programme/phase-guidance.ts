import type { PhaseId, ProgrammeTemplate } from './programme-template';
import { isSevereLonelinessBand } from '../measures/loneliness-bands';

/**
 * Where a client stands in a programme and what the worker might consider before the next
 * session. Guidance is a suggestion for the conversation, never a block: the worker decides.
 *
 * Definitions (kept simple on purpose, so a worker can follow them):
 * - A session is *done* when a record for it says `attended`. Cancelled and no-show records count
 *   as *missed*. Records for session numbers the template does not have are ignored.
 * - The *next session* is the lowest session number of the template that is not done yet; the
 *   *current phase* is its phase, or `aftercare` when every session is done.
 * - A done session's *stress level* is the thermometer at its start (how the client arrives after
 *   the week); when only the end value was recorded, that one. Values outside 0–10 are ignored.
 * - *Stress trend*: with k = 1 for two or three measured sessions and k = 2 from four on, `first`
 *   is the average of the first k levels and `latest` of the last k (one decimal). A difference of
 *   a whole point or more is `falling` or `rising`, less is `steady`; fewer than two is `unknown`.
 * - A *phase boundary* is reached when the next session starts a new phase: every session before
 *   it is done and none of its phase or later is done yet.
 *
 * Rules, in the order their guidance is listed:
 * 1. `calmMoreFirst`: at a phase boundary, `latest` is at or above the "still high" threshold →
 *    spend more time on calming work before the next phase (after the calm phase: before
 *    relationship skills).
 * 2. `readyForNextPhase`: at a phase boundary, `latest` is below the threshold and the trend is
 *    falling or steady (not rising, not unknown).
 * 3. `missedSessions`: at least `missedThreshold` (default 2) sessions missed → talk about what
 *    gets in the way.
 * 4. `groupActivitiesLater`: the latest loneliness band is severe or very severe and `latest` is at
 *    or above the threshold → keep group activities for later; calming and skills come first.
 * 5. `connectNoContactStep`: the most recent done session in the connect phase has no concrete
 *    contact step planned.
 */

export const attendanceValues = ['attended', 'cancelled', 'no_show'] as const;
export type Attendance = (typeof attendanceValues)[number];

/** One record of a planned session, in the order they happened. */
export interface HeldSession {
  sessionNumber: number;
  attendance: Attendance;
  /** Stress thermometer at the start, 0 (fully calm) to 10 (extreme stress). */
  stressBefore?: number;
  /** Stress thermometer at the end. */
  stressAfter?: number;
  /** Whether a concrete contact step (who, what, when) was agreed in this session. */
  contactStepPlanned?: boolean;
}

// Band keys of the loneliness scales that count as severe for rule 4 live with the scales.

/** The default "still high" threshold: a thermometer score of 5 or more is the usual point to talk further. */
export const defaultStillHighThreshold = 5;
export const defaultMissedThreshold = 2;

export interface PhaseGuidanceInput {
  template: Pick<ProgrammeTemplate, 'sessions'>;
  sessions: readonly HeldSession[];
  /** Band key of the latest loneliness total, e.g. `moderately-lonely`, `severely-lonely` (see the scale files). */
  lonelinessBand?: string | undefined;
  stillHighThreshold?: number;
  missedThreshold?: number;
}

export type StressDirection = 'falling' | 'steady' | 'rising' | 'unknown';

export interface StressTrend {
  direction: StressDirection;
  first?: number;
  latest?: number;
  /** How many done sessions have a stress level. */
  measured: number;
}

export const guidanceKeys = {
  calmMoreFirst: 'programme:guidance.calmMoreFirst',
  readyForNextPhase: 'programme:guidance.readyForNextPhase',
  missedSessions: 'programme:guidance.missedSessions',
  groupActivitiesLater: 'programme:guidance.groupActivitiesLater',
  connectNoContactStep: 'programme:guidance.connectNoContactStep',
} as const;
export type GuidanceKey = (typeof guidanceKeys)[keyof typeof guidanceKeys];

export interface Guidance {
  key: GuidanceKey;
  params: Record<string, string | number>;
}

export interface PhaseProgress {
  currentPhase: PhaseId;
  /** Undefined when every session is done. */
  nextSessionNumber: number | undefined;
  sessionsDone: number;
  sessionsPlanned: number;
  sessionsMissed: number;
  stressTrend: StressTrend;
  guidance: Guidance[];
}

const isStress = (value: number | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10;

/** A done session's stress level: the start value, else the end value (see the definitions above). */
export const stressLevel = (record: Pick<HeldSession, 'stressBefore' | 'stressAfter'>): number | undefined =>
  isStress(record.stressBefore) ? record.stressBefore : isStress(record.stressAfter) ? record.stressAfter : undefined;

const average = (values: readonly number[]): number =>
  Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/** The trend over the stress levels of done sessions, in the order given; see the definitions above. */
export function stressTrendOf(levels: readonly number[]): StressTrend {
  if (levels.length < 2) return { direction: 'unknown', measured: levels.length, ...(levels.length === 1 ? { latest: levels[0] } : {}) };
  const size = levels.length >= 4 ? 2 : 1;
  const first = average(levels.slice(0, size));
  const latest = average(levels.slice(-size));
  const change = latest - first;
  const direction: StressDirection = change <= -1 ? 'falling' : change >= 1 ? 'rising' : 'steady';
  return { direction, first, latest, measured: levels.length };
}

export function phaseGuidance(input: PhaseGuidanceInput): PhaseProgress {
  const threshold = input.stillHighThreshold ?? defaultStillHighThreshold;
  const missedThreshold = input.missedThreshold ?? defaultMissedThreshold;
  const planned = input.template.sessions;
  const phaseOf = new Map(planned.map((session) => [session.number, session.phase]));
  const records = input.sessions.filter((record) => phaseOf.has(record.sessionNumber));
  const attended = records.filter((record) => record.attendance === 'attended');
  const done = new Set(attended.map((record) => record.sessionNumber));
  const missed = records.filter((record) => record.attendance !== 'attended');

  const next = planned.find((session) => !done.has(session.number));
  const currentPhase: PhaseId = next?.phase ?? 'aftercare';
  const stressTrend = stressTrendOf(attended.map(stressLevel).filter(isStress));
  const latest = stressTrend.latest;

  const guidance: Guidance[] = [];
  const before = next ? planned[planned.indexOf(next) - 1] : undefined;
  const nextRank = planned.findIndex((session) => session.phase === currentPhase);
  const laterPhaseDone = planned.some((session, index) => index >= nextRank && done.has(session.number));
  const atBoundary = next !== undefined && before !== undefined && before.phase !== next.phase && !laterPhaseDone;

  if (atBoundary && latest !== undefined) {
    if (latest >= threshold) {
      guidance.push({ key: guidanceKeys.calmMoreFirst, params: { stress: latest, threshold, phase: currentPhase } });
    } else if (stressTrend.direction === 'falling' || stressTrend.direction === 'steady') {
      guidance.push({ key: guidanceKeys.readyForNextPhase, params: { stress: latest, phase: currentPhase } });
    }
  }
  if (missed.length >= missedThreshold) {
    guidance.push({
      key: guidanceKeys.missedSessions,
      params: { missed: missed.length, noShows: missed.filter((record) => record.attendance === 'no_show').length },
    });
  }
  const band = input.lonelinessBand;
  if (band !== undefined && isSevereLonelinessBand(band) && latest !== undefined && latest >= threshold) {
    guidance.push({ key: guidanceKeys.groupActivitiesLater, params: { band, stress: latest } });
  }
  const lastConnect = attended.filter((record) => phaseOf.get(record.sessionNumber) === 'connect').at(-1);
  if (lastConnect && lastConnect.contactStepPlanned !== true) {
    guidance.push({ key: guidanceKeys.connectNoContactStep, params: { session: lastConnect.sessionNumber } });
  }

  return {
    currentPhase,
    nextSessionNumber: next?.number,
    sessionsDone: done.size,
    sessionsPlanned: planned.length,
    sessionsMissed: missed.length,
    stressTrend,
    guidance,
  };
}
