import { describe, expect, it } from 'vitest';
import { agreementOwners as domainOwners, contactTypes as domainTypes } from '../../../../main/domain/contacts/contact';
import { isoToLocalInputValue, localInputToIso, toLocalInputValue } from '../../../../renderer/components/local-date-time';
import { suggestedAgeGroup } from '../../../../renderer/clients/client-choices';
import {
  agreementErrorKey,
  errorsFromContactIssues,
  newContactValues,
  toContactInput,
  type ContactValues,
} from '../../../../renderer/contacts/contact-form-values';
import { agreementOwners, contactTypes } from '../../../../renderer/contacts/contact-types';

function values(changes: Partial<ContactValues>): ContactValues {
  return { ...newContactValues('phone', new Date(2025, 5, 1, 9, 30)), ...changes };
}

describe('date-time input values', () => {
  it('turns a datetime-local value into an ISO moment with the local offset, and back', () => {
    const iso = localInputToIso('2025-03-04T14:30');
    expect(iso).toMatch(/^2025-03-04T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso ?? '').getTime()).toBe(new Date(2025, 2, 4, 14, 30).getTime());
    expect(isoToLocalInputValue(iso ?? '')).toBe('2025-03-04T14:30');
    expect(toLocalInputValue(new Date(2025, 0, 5, 7, 5))).toBe('2025-01-05T07:05');
  });

  it('refuses what is not a moment', () => {
    for (const value of ['', '2025-02-30T10:00', '2025-13-01T10:00', '2025-03-04', 'morgen', '2025-03-04T24:00']) {
      expect(localInputToIso(value), value).toBeUndefined();
    }
    expect(isoToLocalInputValue('not a date')).toBe('');
  });
});

describe('contact form values', () => {
  it('offers the same contact types and owners as the domain', () => {
    expect(contactTypes).toEqual(domainTypes);
    expect(agreementOwners).toEqual(domainOwners);
  });

  it('keeps the summary exactly, leaves out empty fields and drops blank agreement rows', () => {
    const result = toContactInput(
      values({
        summary: '  Eerste regel\n\nTweede regel  ',
        present: '  ',
        agreements: [
          { key: 'a', text: ' Huisarts bellen ', owner: 'worker', due: '2025-06-05' },
          { key: 'b', text: '  ', owner: 'client', due: '' },
          { key: 'c', id: '00000000-0000-4000-8000-000000000009', text: 'Koffieochtend', owner: 'client', due: '' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      sentRows: ['a', 'c'],
      fields: {
        at: expect.stringMatching(/^2025-06-01T09:30:00/) as unknown as string,
        type: 'phone',
        summary: '  Eerste regel\n\nTweede regel  ',
        agreements: [
          { text: 'Huisarts bellen', owner: 'worker', due: '2025-06-05' },
          { id: '00000000-0000-4000-8000-000000000009', text: 'Koffieochtend', owner: 'client' },
        ],
      },
    });
  });

  it('checks the time and the duration before sending', () => {
    expect(toContactInput(values({ at: '' }))).toEqual({ ok: false, errors: { at: 'contacts:validation.dateTimeInvalid' } });
    expect(toContactInput(values({ duration: '1.5' }))).toEqual({
      ok: false,
      errors: { durationMinutes: 'contacts:validation.durationInvalid' },
    });
    expect(toContactInput(values({ duration: ' 45 ' }))).toMatchObject({ ok: true, fields: { durationMinutes: 45 } });
  });

  it('places issues from the main process on the agreement row they concern', () => {
    const placed = errorsFromContactIssues(
      [
        { path: ['fields', 'agreements', 1, 'text'], messageKey: 'contacts:validation.agreementTextRequired' },
        { path: ['fields', 'durationMinutes'], messageKey: 'contacts:validation.durationInvalid' },
        { path: ['expectedUpdatedAt'], messageKey: 'errors:validation.invalid' },
      ],
      ['a', 'c'],
    );
    expect(placed.errors).toEqual({
      [agreementErrorKey('c', 'text')]: 'contacts:validation.agreementTextRequired',
      durationMinutes: 'contacts:validation.durationInvalid',
    });
    expect(placed.general).toEqual(['errors:validation.invalid']);
  });
});

describe('age group suggestion', () => {
  it.each([
    ['2020-01-01', 'child'],
    ['2013-06-02', 'child'],
    ['2013-06-01', 'young_person'],
    ['2007-06-02', 'young_person'],
    ['2007-06-01', 'adult'],
    ['1958-06-02', 'adult'],
    ['1958-06-01', 'older_adult'],
  ] as const)('suggests %s → %s on 1 June 2025', (dateOfBirth, group) => {
    expect(suggestedAgeGroup(dateOfBirth, new Date(2025, 5, 1))).toBe(group);
  });

  it('suggests nothing without a date', () => {
    expect(suggestedAgeGroup('', new Date(2025, 5, 1))).toBeUndefined();
  });
});
