import { describe, expect, it } from 'vitest';
import { createPreferenceService } from '../../../../../main/services/preferences/preferences';
import { defaultPreferences } from '../../../../../main/services/preferences/preferences-schema';
import { memoryStore } from '../../support/core';

describe('createPreferenceService', () => {
  it('starts in Dutch on the caseload', () => {
    expect(defaultPreferences).toEqual({ language: 'nl', lastView: '/caseload' });
    expect(createPreferenceService(memoryStore()).get()).toEqual({ language: 'nl', lastView: '/caseload' });
  });

  it('changes only what is given and returns the whole set', () => {
    const store = memoryStore();
    const service = createPreferenceService(store);
    expect(service.update({ language: 'en' })).toEqual({ language: 'en', lastView: '/caseload' });
    expect(service.update({ lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' })).toEqual({
      language: 'en',
      lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10',
    });
    expect(service.update({})).toEqual(service.get());
    expect(Object.fromEntries(store.data)).toEqual({ language: 'en', lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' });
  });

  it.each([
    ['an unknown language', { language: 'fr' }, { language: 'nl', lastView: '/caseload' }],
    ['a language of the wrong type', { language: ['en'] }, { language: 'nl', lastView: '/caseload' }],
    ['a URL as last view', { lastView: 'https://evil.example/' }, { language: 'nl', lastView: '/caseload' }],
    ['a relative last view', { lastView: 'caseload' }, { language: 'nl', lastView: '/caseload' }],
    ['a last view with a query string', { lastView: '/caseload?x=<script>' }, { language: 'nl', lastView: '/caseload' }],
    ['one bad value next to a good one', { language: 'en', lastView: 42 }, { language: 'en', lastView: '/caseload' }],
  ])('falls back to the default for %s, field by field', (_label, stored, expected) => {
    expect(createPreferenceService(memoryStore(stored)).get()).toEqual(expected);
  });
});
