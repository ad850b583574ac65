import { describe, expect, it } from 'vitest';
import { currentConsent, hasConsent, type ConsentFacts } from '../../../../../main/domain/privacy/consent-state';
import { sameName } from '../../../../../main/domain/privacy/erasure-counts';

const answer = (given: boolean, date: string, recordedAt = `${date}T10:00:00.000Z`, purpose: ConsentFacts['purpose'] = 'share_with_referrals'): ConsentFacts => ({
  purpose,
  given,
  date,
  recordedAt,
});

describe('currentConsent', () => {
  it('is nothing until the client was asked, and only counts answers for the purpose', () => {
    expect(currentConsent([], 'keep_data')).toBeUndefined();
    expect(hasConsent([answer(true, '2026-01-01', undefined, 'keep_data')], 'share_with_referrals')).toBe(false);
  });

  it('follows the day the client said it, not the order it was typed in', () => {
    const withdrawn = answer(false, '2026-06-01', '2026-06-01T10:00:00.000Z');
    const givenEarlierButTypedLater = answer(true, '2026-01-01', '2026-07-01T10:00:00.000Z');
    expect(currentConsent([withdrawn, givenEarlierButTypedLater], 'share_with_referrals')).toBe(withdrawn);
    expect(hasConsent([withdrawn, givenEarlierButTypedLater], 'share_with_referrals')).toBe(false);
  });

  it('on the same day, the answer written down last holds', () => {
    const first = answer(true, '2026-06-01', '2026-06-01T09:00:00.000Z');
    const second = answer(false, '2026-06-01', '2026-06-01T15:00:00.000Z');
    expect(currentConsent([second, first], 'share_with_referrals')).toBe(second);
  });
});

describe('sameName (the erase confirmation)', () => {
  it.each([
    ['zoë bakker-çelik', true],
    ['  Zoë   Bakker-Çelik ', true],
    ['Zoe Bakker-Celik', false],
    ['Zoë Bakker', false],
  ])('"%s" matches "Zoë Bakker-Çelik": %s', (typed, matches) => expect(sameName(typed, 'Zoë Bakker-Çelik')).toBe(matches));
});
