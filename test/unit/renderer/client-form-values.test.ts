import { describe, expect, it } from 'vitest';
import { clientStatuses as domainStatuses } from '../../../main/domain/clients/client';
import {
  emptyValues,
  errorsFromIssues,
  firstInvalidField,
  toFieldsInput,
  validateLocally,
} from '../../../renderer/clients/client-form-values';
import { clientStatuses } from '../../../renderer/clients/client-statuses';

describe('client form values', () => {
  it('leaves empty optional fields out and trims the rest', () => {
    expect(toFieldsInput({ ...emptyValues(), givenName: ' Anna ', familyName: 'de Boer', phone: '  ', email: ' a@b.nl ' })).toEqual({
      givenName: 'Anna',
      familyName: 'de Boer',
      email: 'a@b.nl',
      status: 'registered',
    });
  });

  it('requires both names, with the keys the main process uses', () => {
    expect(validateLocally({ ...emptyValues(), givenName: '  ' })).toEqual({
      givenName: 'clients:validation.givenNameRequired',
      familyName: 'clients:validation.familyNameRequired',
    });
    expect(validateLocally({ ...emptyValues(), givenName: 'A', familyName: 'B' })).toEqual({});
  });

  it('places issues on their field, also when nested under "fields"', () => {
    const placed = errorsFromIssues([
      { path: ['fields', 'email'], messageKey: 'clients:validation.emailInvalid' },
      { path: ['phone'], messageKey: 'clients:validation.phoneInvalid' },
      { path: ['expectedUpdatedAt'], messageKey: 'errors:validation.invalid' },
    ]);
    expect(placed.fieldErrors).toEqual({ email: 'clients:validation.emailInvalid', phone: 'clients:validation.phoneInvalid' });
    expect(placed.general).toEqual(['errors:validation.invalid']);
    expect(firstInvalidField(placed.fieldErrors)).toBe('phone');
  });

  it('offers the same statuses as the domain, in the same order', () => {
    expect(clientStatuses).toEqual(domainStatuses);
  });
});
