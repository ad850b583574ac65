import { describe, expect, it } from 'vitest';
import { servicePhases } from '../../../../../main/domain/directory/service-kinds';
import { severeLonelinessBandKeys } from '../../../../../main/domain/measures/loneliness-bands';
import { checkFit, type FitDestination, type FitInput } from '../../../../../main/domain/referrals/phase-fit';

const groupForConnect: FitDestination = { kind: 'meeting_place', format: 'group', phases: ['connect'] };
const fit = (input: Partial<FitInput> & { destination: FitDestination }) => checkFit({ stressThreshold: 5, ...input });
const codes = (input: Partial<FitInput> & { destination: FitDestination }) => fit(input).map((warning) => warning.code);

describe('checkFit: the example from the issue', () => {
  it('warns twice for a group activity suited to connecting, for a severely lonely client in the calm phase', () => {
    expect(fit({ destination: groupForConnect, currentPhase: 'calm', lonelinessBand: 'severely-lonely' })).toEqual([
      { code: 'phaseMismatch', params: { phase: 'calm', suits: 'connect' } },
      { code: 'groupWhileSeverelyLonely', params: { band: 'severely-lonely' } },
    ]);
  });

  it('adds the stress warning when the latest check-in is high as well, in rule order', () => {
    expect(codes({ destination: groupForConnect, currentPhase: 'calm', lonelinessBand: 'very-severely-lonely', latestStress: 7 })).toEqual([
      'phaseMismatch',
      'groupWhileSeverelyLonely',
      'groupWhileStressHigh',
    ]);
  });

  it('gives nothing for the same activity once the client has reached the connect phase and is calmer', () => {
    expect(fit({ destination: groupForConnect, currentPhase: 'connect', lonelinessBand: 'moderately-lonely', latestStress: 3 })).toEqual([]);
  });
});

describe('checkFit: phase mismatch', () => {
  it('names the current phase and every phase the destination suits, in programme order', () => {
    const destination: FitDestination = { kind: 'course', format: 'individual', phases: ['aftercare', 'skills'] };
    expect(fit({ destination, currentPhase: 'calm' })).toEqual([{ code: 'phaseMismatch', params: { phase: 'calm', suits: 'skills,aftercare' } }]);
  });

  it('says nothing when the current phase is among the phases listed', () => {
    expect(fit({ destination: { kind: 'course', format: 'individual', phases: ['calm', 'skills'] }, currentPhase: 'skills' })).toEqual([]);
  });

  it('says nothing when the destination lists no phases ("not said") or the phase is unknown', () => {
    expect(fit({ destination: { kind: 'gp', format: 'individual', phases: [] }, currentPhase: 'calm' })).toEqual([]);
    expect(fit({ destination: { kind: 'course', format: 'individual', phases: ['connect'] } })).toEqual([]);
  });
});

describe('checkFit: groups for a severely lonely client', () => {
  it.each(severeLonelinessBandKeys)('warns for the band %s', (band) => {
    expect(fit({ destination: { kind: 'meeting_place', format: 'group', phases: [] }, lonelinessBand: band })).toEqual([
      { code: 'groupWhileSeverelyLonely', params: { band } },
    ]);
  });

  it('does not warn for milder bands, without a score, or when the client can also come one to one', () => {
    const group: FitDestination = { kind: 'meeting_place', format: 'group', phases: [] };
    expect(codes({ destination: group, lonelinessBand: 'moderately-lonely' })).toEqual([]);
    expect(codes({ destination: group, lonelinessBand: 'strongly-lonely' })).toEqual([]);
    expect(codes({ destination: group })).toEqual([]);
    expect(codes({ destination: { ...group, format: 'both' }, lonelinessBand: 'severely-lonely' })).toEqual([]);
    expect(codes({ destination: { ...group, format: 'individual' }, lonelinessBand: 'very-severely-lonely' })).toEqual([]);
  });
});

describe('checkFit: groups while stress is still high', () => {
  const group: FitDestination = { kind: 'sport_culture', format: 'group', phases: [] };

  it('warns from the threshold on, with the score and the threshold, in the calm phase and when the phase is unknown', () => {
    expect(fit({ destination: group, currentPhase: 'calm', latestStress: 5 })).toEqual([
      { code: 'groupWhileStressHigh', params: { stress: 5, threshold: 5 } },
    ]);
    expect(codes({ destination: group, latestStress: 9 })).toEqual(['groupWhileStressHigh']);
    expect(codes({ destination: group, currentPhase: 'calm', latestStress: 4 })).toEqual([]);
  });

  it('follows the threshold from Settings', () => {
    expect(codes({ destination: group, latestStress: 6, stressThreshold: 7 })).toEqual([]);
    expect(codes({ destination: group, latestStress: 3, stressThreshold: 3 })).toEqual(['groupWhileStressHigh']);
  });

  it.each(servicePhases.filter((phase) => phase !== 'calm'))('leaves the %s phase to the worker', (phase) => {
    expect(codes({ destination: group, currentPhase: phase, latestStress: 8 })).toEqual([]);
  });

  it('does not warn without a check-in or for a service that is not only a group', () => {
    expect(codes({ destination: group, currentPhase: 'calm' })).toEqual([]);
    expect(codes({ destination: { ...group, format: 'both' }, currentPhase: 'calm', latestStress: 10 })).toEqual([]);
  });
});
