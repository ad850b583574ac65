import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import { isSevereLonelinessBand, severeLonelinessBandKeys } from '../../../../../main/domain/measures/loneliness-bands';
import { bandFor } from '../../../../../main/domain/measures/score-scale';

describe('severe loneliness bands', () => {
  it.each([
    ['de-jong-gierveld-11', 0, false], ['de-jong-gierveld-11', 8, false],
    ['de-jong-gierveld-11', 9, true], ['de-jong-gierveld-11', 10, true], ['de-jong-gierveld-11', 11, true],
    ['de-jong-gierveld-6', 4, false], ['de-jong-gierveld-6', 5, true], ['de-jong-gierveld-6', 6, true],
  ] as const)('%s total %i is severe: %s', (scaleId, total, severe) => {
    expect(isSevereLonelinessBand(bandFor(builtinScales[scaleId].total.bands, total)?.key)).toBe(severe);
  });

  it('names only keys the shipped scales use', () => {
    const keys = new Set(Object.values(builtinScales).flatMap((scale) => scale.total.bands?.map((band) => band.key) ?? []));
    for (const key of severeLonelinessBandKeys) expect(keys).toContain(key);
    expect(isSevereLonelinessBand(undefined)).toBe(false);
  });
});
