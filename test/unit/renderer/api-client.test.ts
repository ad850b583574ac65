import { describe, expect, it } from 'vitest';
import type { VerbindApi } from '../../../main/api/api-types';
import { ApiCallError, createApiClient } from '../../../renderer/api/api-client';
import { FakeApi } from './fake-api';

describe('api client', () => {
  it('returns the value of a call', async () => {
    const client = createApiClient(new FakeApi({ lastView: '/caseload' }));
    await expect(client.call('preferences.get', {})).resolves.toMatchObject({ language: 'nl', lastView: '/caseload' });
  });

  it('throws a refusal as an ApiCallError with its code, key and field issues', async () => {
    const client = createApiClient(new FakeApi());
    const error = await client.call('clients.create', { givenName: 'Anna', familyName: '', email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({
      code: 'invalid_input',
      messageKey: 'errors:invalidInput',
      issues: expect.arrayContaining([
        { path: ['familyName'], messageKey: 'clients:validation.familyNameRequired' },
        { path: ['email'], messageKey: 'clients:validation.emailInvalid' },
      ]),
    });
  });

  it('turns a broken transport into an internal error instead of an unknown throw', async () => {
    const broken: VerbindApi = { invoke: () => Promise.reject(new Error('bridge gone')) };
    await expect(createApiClient(broken).call('app.status', {})).rejects.toMatchObject({ code: 'internal', messageKey: 'errors:internal' });
    await expect(createApiClient(undefined).call('app.status', {})).rejects.toMatchObject({ code: 'internal' });
  });
});
