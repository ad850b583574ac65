import { servicePhases, type ServiceFormat, type ServiceKind, type ServicePhase } from '../directory/service-kinds';
import { isSevereLonelinessBand } from '../measures/loneliness-bands';
import type { FitWarningCode } from './referral-status';

/**
 * Whether a destination fits the client now. People who are severely lonely and under high stress
 * are not helped by being sent straight into group activities: calming and skills come first. Like
 * phase guidance, a warning is a reason to stop and think, never a block: the worker may go on and
 * says why (the referral keeps both).
 *
 * Inputs: the destination's format and the phases it suits (empty = "not said"); the client's
 * current phase (the phase of the next session of the running programme, `aftercare` when all are
 * done; unknown without a running programme); the band of the latest loneliness score; the latest
 * stress check-in (0–10) and the "still high" threshold from Settings.
 *
 * Rules, in the order their warnings are listed:
 * 1. `phaseMismatch`: the current phase is known, the destination lists phases, and the current
 *    phase is not among them → params `phase` (the current phase id) and `suits` (the listed phase
 *    ids joined by ",", in programme order). A destination that lists no phases never gets this.
 * 2. `groupWhileSeverelyLonely`: the format is `group` and the latest loneliness band is severe or
 *    very severe (loneliness-bands.ts) → param `band` (the band key). A format of `both` does not
 *    count: the client can take part one to one.
 * 3. `groupWhileStressHigh`: the format is `group`, the latest stress is at or above the threshold,
 *    and the client is in the calm phase or the phase is unknown → params `stress` and `threshold`.
 *    Later phases are left out on purpose: by then the worker has seen the calm phase work, and
 *    one stressful week should not stop a step the programme is building towards.
 */
export interface FitDestination {
  kind: ServiceKind;
  format: ServiceFormat;
  phases: readonly ServicePhase[];
}

export interface FitInput {
  destination: FitDestination;
  currentPhase?: ServicePhase | undefined;
  /** Band key of the latest loneliness total, e.g. `severely-lonely`. */
  lonelinessBand?: string | undefined;
  /** The latest stress check-in, 0 (fully calm) to 10. */
  latestStress?: number | undefined;
  /** From this check-in score on, stress is still high (Settings; default 5). */
  stressThreshold: number;
}

export interface FitWarning {
  code: FitWarningCode;
  params: Record<string, string | number>;
}

export function checkFit(input: FitInput): FitWarning[] {
  const { destination, currentPhase, lonelinessBand, latestStress, stressThreshold } = input;
  const warnings: FitWarning[] = [];
  if (currentPhase !== undefined && destination.phases.length > 0 && !destination.phases.includes(currentPhase)) {
    const suits = servicePhases.filter((phase) => destination.phases.includes(phase));
    warnings.push({ code: 'phaseMismatch', params: { phase: currentPhase, suits: suits.join(',') } });
  }
  const groupOnly = destination.format === 'group';
  if (groupOnly && lonelinessBand !== undefined && isSevereLonelinessBand(lonelinessBand)) {
    warnings.push({ code: 'groupWhileSeverelyLonely', params: { band: lonelinessBand } });
  }
  const stillCalming = currentPhase === undefined || currentPhase === 'calm';
  if (groupOnly && stillCalming && latestStress !== undefined && latestStress >= stressThreshold) {
    warnings.push({ code: 'groupWhileStressHigh', params: { stress: latestStress, threshold: stressThreshold } });
  }
  return warnings;
}
