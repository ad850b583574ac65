import { describe, expect, it } from 'vitest';
import { createPreferenceService } from '../../../../../main/services/preferences/preferences';
import { defaultPreferences } from '../../../../../main/services/preferences/preferences-schema';
import { memoryStore } from '../../support/core';
import { newDefaults } from './expected-defaults';

describe('createPreferenceService', () => {
  it('starts in Dutch on the caseload', () => {
    expect(defaultPreferences).toEqual({ language: 'nl', lastView: '/today', ...newDefaults });
    expect(createPreferenceService(memoryStore()).get()).toEqual({ language: 'nl', lastView: '/today', ...newDefaults });
  });

  it('changes only what is given and returns the whole set', () => {
    const store = memoryStore();
    const service = createPreferenceService(store);
    expect(service.update({ language: 'en' })).toEqual({ language: 'en', lastView: '/today', ...newDefaults });
    expect(service.update({ lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' })).toEqual({
      language: 'en',
      lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10',
      ...newDefaults,
    });
    expect(service.update({})).toEqual(service.get());
    expect(Object.fromEntries(store.data)).toEqual({ language: 'en', lastView: '/clients/6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10' });
  });

  it.each([
    ['an unknown language', { language: 'fr' }, { language: 'nl', lastView: '/today' }],
    ['a language of the wrong type', { language: ['en'] }, { language: 'nl', lastView: '/today' }],
    ['a URL as last view', { lastView: 'https://evil.example/' }, { language: 'nl', lastView: '/today' }],
    ['a relative last view', { lastView: 'caseload' }, { language: 'nl', lastView: '/today' }],
    ['a last view with a query string', { lastView: '/caseload?x=<script>' }, { language: 'nl', lastView: '/today' }],
    ['one bad value next to a good one', { language: 'en', lastView: 42 }, { language: 'en', lastView: '/today' }],
    ['attention weeks of zero', { attentionWeeks: 0 }, { language: 'nl', lastView: '/today' }],
    ['attention weeks as text', { attentionWeeks: '6' }, { language: 'nl', lastView: '/today' }],
    ['a worker name of 101 characters', { workerName: 'x'.repeat(101) }, { language: 'nl', lastView: '/today' }],
    ['a stress threshold of zero', { stressThreshold: 0 }, { language: 'nl', lastView: '/today' }],
    ['a stress threshold above the thermometer', { stressThreshold: 11 }, { language: 'nl', lastView: '/today' }],
    ['a stress threshold of 4.5', { stressThreshold: 4.5 }, { language: 'nl', lastView: '/today' }],
  ])('falls back to the default for %s, field by field', (_label, stored, expected) => {
    expect(createPreferenceService(memoryStore(stored)).get()).toEqual({ ...newDefaults, ...expected });
  });

  it('keeps the worker name (trimmed) and the attention weeks', () => {
    const service = createPreferenceService(memoryStore());
    expect(service.update({ workerName: 'Sanne de Wit', attentionWeeks: 6 })).toMatchObject({ workerName: 'Sanne de Wit', attentionWeeks: 6 });
    expect(createPreferenceService(memoryStore({ workerName: '  Sanne  ' })).get().workerName).toBe('Sanne');
  });

  it('keeps a stress threshold from 1 to 10', () => {
    const store = memoryStore();
    const service = createPreferenceService(store);
    expect(service.update({ stressThreshold: 7 }).stressThreshold).toBe(7);
    expect(createPreferenceService(store).get().stressThreshold).toBe(7);
    expect(createPreferenceService(memoryStore({ stressThreshold: 1 })).get().stressThreshold).toBe(1);
    expect(createPreferenceService(memoryStore({ stressThreshold: 10 })).get().stressThreshold).toBe(10);
  });
});
