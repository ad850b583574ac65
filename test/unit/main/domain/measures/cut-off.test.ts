import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import { bandForCutOff, cutOffRange } from '../../../../../main/domain/measures/cut-off';

describe('bandForCutOff (UCLA 3-item: no official cut-off, the organisation chooses one)', () => {
  it.each([
    [3, 4, 'below-cut-off'],
    [4, 4, 'at-or-above-cut-off'],
    [9, 4, 'at-or-above-cut-off'],
    [5, 6, 'below-cut-off'],
    [6, 6, 'at-or-above-cut-off'],
    [7, 6, 'at-or-above-cut-off'],
  ])('a total of %i with cut-off %i is %s (the cut-off itself counts as at or above, as in "≥")', (total, cutOff, key) => {
    expect(bandForCutOff(total, cutOff)).toMatchObject({ key, cutOff, chosenBy: 'organisation' });
  });

  it("labels the band in both languages as the organisation's own choice, with the cut-off", () => {
    expect(bandForCutOff(6, 6).label).toEqual({
      nl: 'op of boven het afkappunt dat uw organisatie koos (6)',
      en: 'at or above the cut-off your organisation chose (6)',
    });
    expect(bandForCutOff(5, 6).label).toEqual({
      nl: 'onder het afkappunt dat uw organisatie koos (6)',
      en: 'below the cut-off your organisation chose (6)',
    });
  });

  it('refuses fractions', () => {
    expect(() => bandForCutOff(4.5, 4)).toThrow(RangeError);
    expect(() => bandForCutOff(4, Number.NaN)).toThrow(RangeError);
  });

  it('offers the cut-offs that split the UCLA range 3–9 into two non-empty parts: 4 to 9', () => {
    expect(cutOffRange(builtinScales['ucla-3'])).toEqual({ min: 4, max: 9 });
  });
});
