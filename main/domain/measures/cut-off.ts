import type { LocalizedText, ScaleDefinition } from './scale-definition';

/**
 * A band from a cut-off the organisation chose itself, for a scale without official bands (the
 * UCLA 3-item scale: studies use ≥ 4 or ≥ 6, there is no official cut-off). The label says so,
 * so the worker never reads it as a published norm. A total equal to the cut-off counts as
 * "at or above", as in the studies' "≥".
 */
export interface CutOffBand {
  key: 'at-or-above-cut-off' | 'below-cut-off';
  cutOff: number;
  chosenBy: 'organisation';
  label: LocalizedText;
}

/** The cut-offs that split a scale's total range into two non-empty parts (UCLA 3-item: 4 to 9). */
export function cutOffRange(definition: Pick<ScaleDefinition, 'total'>): { min: number; max: number } {
  return { min: definition.total.min + 1, max: definition.total.max };
}

export function bandForCutOff(total: number, cutOff: number): CutOffBand {
  if (!Number.isInteger(total) || !Number.isInteger(cutOff)) {
    throw new RangeError(`A total (${total}) and cut-off (${cutOff}) must be whole numbers`);
  }
  return total >= cutOff
    ? {
        key: 'at-or-above-cut-off',
        cutOff,
        chosenBy: 'organisation',
        label: {
          nl: `op of boven het afkappunt dat uw organisatie koos (${cutOff})`,
          en: `at or above the cut-off your organisation chose (${cutOff})`,
        },
      }
    : {
        key: 'below-cut-off',
        cutOff,
        chosenBy: 'organisation',
        label: {
          nl: `onder het afkappunt dat uw organisatie koos (${cutOff})`,
          en: `below the cut-off your organisation chose (${cutOff})`,
        },
      };
}
