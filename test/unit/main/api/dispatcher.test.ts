import { describe, expect, it, vi } from 'vitest';
import { contract, type CallName } from '../../../../main/api/contract';
import { createDispatcher, type Handlers } from '../../../../main/api/dispatcher';
import { ApiError } from '../../../../main/api/errors';

const validClient = { givenName: 'Anna', familyName: 'de Vries' };
const clientId = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const translationKey = /^[a-z]+:[\w.]+$/;

/** A handler per call that records its input; tests replace single ones. */
function spyHandlers(overrides: Partial<Record<CallName, (input: unknown) => Promise<unknown>>> = {}) {
  const calls: { name: CallName; input: unknown }[] = [];
  const entries = (Object.keys(contract) as CallName[]).map((name) => [
    name,
    async (input: unknown) => {
      calls.push({ name, input });
      return overrides[name] ? overrides[name](input) : { handledBy: name };
    },
  ]);
  return { handlers: Object.fromEntries(entries) as unknown as Handlers, calls };
}

function setup(overrides?: Parameters<typeof spyHandlers>[0]) {
  const { handlers, calls } = spyHandlers(overrides);
  const onInternalError = vi.fn();
  const dispatch = createDispatcher(handlers, { onInternalError });
  const call = (name: string, input: unknown) => dispatch(name, input, { transport: 'test' });
  return { call, calls, onInternalError };
}

describe('createDispatcher', () => {
  it('runs the handler with the parsed input (trimmed, defaults filled in) and returns its value', async () => {
    const { call, calls } = setup();
    expect(await call('clients.create', { givenName: '  Anna ', familyName: 'de Vries' })).toEqual({
      ok: true,
      value: { handledBy: 'clients.create' },
    });
    expect(calls).toEqual([
      { name: 'clients.create', input: { givenName: 'Anna', familyName: 'de Vries', flags: [], status: 'registered' } },
    ]);
  });

  it('passes the transport context on to the handler', async () => {
    const handler = vi.fn(async () => []);
    const { handlers } = spyHandlers();
    const dispatch = createDispatcher({ ...handlers, 'clients.list': handler });
    await dispatch('clients.list', {}, { transport: 'ipc' });
    expect(handler).toHaveBeenCalledWith({}, { transport: 'ipc' });
  });

  it.each(['clients.delete', 'clients', '', 'CLIENTS.LIST', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.status '])(
    'answers unknown_call for %j and runs nothing',
    async (name) => {
      const { call, calls } = setup();
      expect(await call(name, {})).toEqual({ ok: false, error: { code: 'unknown_call', messageKey: 'errors:unknownCall' } });
      expect(calls).toEqual([]);
    },
  );

  describe('refuses input that does not fit the call, before any handler runs', () => {
    const cases: [string, CallName, unknown, { path: (string | number)[]; messageKey: string }[] | 'any'][] = [
      ['an empty given name', 'clients.create', { ...validClient, givenName: '' }, [{ path: ['givenName'], messageKey: 'clients:validation.givenNameRequired' }]],
      ['a missing family name', 'clients.create', { givenName: 'Anna' }, [{ path: ['familyName'], messageKey: 'clients:validation.familyNameRequired' }]],
      ['a bad email', 'clients.create', { ...validClient, email: 'anna-at-example' }, [{ path: ['email'], messageKey: 'clients:validation.emailInvalid' }]],
      ['a bad phone', 'clients.create', { ...validClient, phone: 'bel me' }, [{ path: ['phone'], messageKey: 'clients:validation.phoneInvalid' }]],
      ['an impossible date', 'clients.create', { ...validClient, dateOfBirth: '1985-02-30' }, [{ path: ['dateOfBirth'], messageKey: 'clients:validation.dateInvalid' }]],
      ['an extra key on a client', 'clients.create', { ...validClient, bsn: '123' }, 'any'],
      ['a name of the wrong type', 'clients.create', { givenName: ['Anna'], familyName: 'x' }, [{ path: ['givenName'], messageKey: 'clients:validation.givenNameRequired' }]],
      ['a bad id', 'clients.get', { id: 'not-a-uuid' }, [{ path: ['id'], messageKey: 'errors:validation.idInvalid' }]],
      ['a missing id', 'clients.get', {}, 'any'],
      ['an extra key next to the id', 'clients.get', { id: clientId, include: 'notes' }, 'any'],
      ['a query of the wrong type', 'clients.list', { query: 5 }, 'any'],
      ['a query over 200 characters', 'clients.list', { query: 'a'.repeat(201) }, 'any'],
      ['an unknown status filter', 'clients.list', { status: 'deleted' }, 'any'],
      ['an extra key on list', 'clients.list', { limit: 10 }, 'any'],
      ['no expectedUpdatedAt', 'clients.update', { id: clientId, fields: validClient }, 'any'],
      ['a non-ISO expectedUpdatedAt', 'clients.update', { id: clientId, expectedUpdatedAt: 'yesterday', fields: validClient }, 'any'],
      ['an empty name inside fields', 'clients.update', { id: clientId, expectedUpdatedAt: '2025-01-01T00:00:00.000Z', fields: { ...validClient, givenName: ' ' } }, [{ path: ['fields', 'givenName'], messageKey: 'clients:validation.givenNameRequired' }]],
      ['an extra key on app.status', 'app.status', { verbose: true }, 'any'],
      ['an unknown language', 'preferences.update', { language: 'de' }, 'any'],
      ['a URL as last view', 'preferences.update', { lastView: 'https://example.com' }, 'any'],
      ['an extra preference', 'preferences.update', { theme: 'dark' }, 'any'],
      ['null instead of an object', 'clients.list', null, 'any'],
      ['an array instead of an object', 'clients.create', [validClient], 'any'],
      ['a string instead of an object', 'preferences.get', 'all', 'any'],
      ['nothing at all', 'clients.create', undefined, 'any'],
    ];

    it.each(cases)('%s (%s)', async (_label, name, input, expected) => {
      const { call, calls } = setup();
      const result = await call(name, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.messageKey).toBe('errors:invalidInput');
      expect(result.error.issues?.length).toBeGreaterThan(0);
      for (const issue of result.error.issues ?? []) expect(issue.messageKey).toMatch(translationKey);
      if (expected !== 'any') expect(result.error.issues).toEqual(expected);
      expect(calls).toEqual([]);
    });

    it('never passes zod\'s English text through as a message key', async () => {
      const { call } = setup();
      const result = await call('clients.create', { ...validClient, bsn: '1' });
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid_input', messageKey: 'errors:invalidInput', issues: [{ path: [], messageKey: 'errors:validation.invalid' }] },
      });
    });
  });

  describe('refuses prototype-polluting keys before parsing', () => {
    const cases: [string, CallName, unknown][] = [
      ['__proto__ from JSON.parse, top level', 'clients.create', JSON.parse('{"givenName":"A","familyName":"B","__proto__":{"isAdmin":true}}')],
      ['__proto__ nested in fields', 'clients.update', JSON.parse(`{"id":"${clientId}","expectedUpdatedAt":"2025-01-01T00:00:00.000Z","fields":{"givenName":"A","familyName":"B","__proto__":{"status":"closed"}}}`)],
      ['constructor', 'clients.list', { query: 'x', constructor: { prototype: { polluted: true } } }],
      ['prototype', 'preferences.update', { language: 'en', prototype: {} }],
      ['constructor on a call without fields', 'app.status', { constructor: {} }],
    ];

    it.each(cases)('%s', async (_label, name, input) => {
      const { call, calls } = setup();
      expect(await call(name, input)).toEqual({ ok: false, error: { code: 'invalid_input', messageKey: 'errors:invalidInput' } });
      expect(calls).toEqual([]);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('refuses input nested 100 deep without running the handler', async () => {
    const { call, calls } = setup();
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const result = await call('clients.list', { query: 'a', nested: deep });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', messageKey: 'errors:invalidInput' } });
    expect(calls).toEqual([]);
  });

  it('turns a crashing handler into internal, without leaking its message or stack', async () => {
    const crash = new Error('ENOENT: /home/maria/Verbind/caseload/clients/x.json at Object.openSync');
    const { call, onInternalError } = setup({
      'clients.list': async () => {
        throw crash;
      },
    });
    const result = await call('clients.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors:internal' } });
    const text = JSON.stringify(result);
    for (const leak of ['maria', 'ENOENT', 'openSync', ' at ', 'stack']) expect(text).not.toContain(leak);
    expect(onInternalError).toHaveBeenCalledTimes(1);
    expect(onInternalError).toHaveBeenCalledWith('clients.list', crash);
  });

  it('treats a thrown non-Error the same way', async () => {
    const { call, onInternalError } = setup({
      'preferences.get': () => Promise.reject('disk on fire'),
    });
    expect(await call('preferences.get', {})).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors:internal' } });
    expect(onInternalError).toHaveBeenCalledWith('preferences.get', 'disk on fire');
  });

  it('answers internal even when no one listens for internal errors', async () => {
    const { handlers } = spyHandlers({ 'app.status': () => Promise.reject(new Error('boom')) });
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('app.status', {}, { transport: 'test' })).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors:internal' },
    });
  });

  it('passes an ApiError from a handler through with its code and key', async () => {
    const { call, onInternalError } = setup({
      'clients.get': async () => {
        throw new ApiError('not_found', { messageKey: 'errors:clientNotFound' });
      },
    });
    expect(await call('clients.get', { id: clientId })).toEqual({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors:clientNotFound' },
    });
    expect(onInternalError).not.toHaveBeenCalled();
  });

  it('uses the default key of an ApiError thrown without one', async () => {
    const { call } = setup({
      'clients.update': async () => {
        throw new ApiError('conflict');
      },
    });
    const result = await call('clients.update', { id: clientId, expectedUpdatedAt: '2025-01-01T00:00:00.000Z', fields: validClient });
    expect(result).toEqual({ ok: false, error: { code: 'conflict', messageKey: 'errors:conflict' } });
  });
});
