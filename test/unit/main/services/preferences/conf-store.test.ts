import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfStore } from '../../../../../main/services/preferences/conf-store';
import { createPreferenceService } from '../../../../../main/services/preferences/preferences';
import { errorOf, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { newDefaults } from './expected-defaults';


const makeTempDir = useTempDirs();
const startTestCore = useCores();

describe('openConfStore', () => {
  it('keeps preferences across a reopen of the same folder', async () => {
    const dir = await makeTempDir();
    const first = await openConfStore(dir);
    expect(first.setAside).toBeUndefined();
    createPreferenceService(first.store).update({ language: 'en', lastView: '/clients' });

    const second = await openConfStore(dir);
    expect(createPreferenceService(second.store).get()).toEqual({ language: 'en', lastView: '/clients', ...newDefaults });
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('ignores hand-edited values that no longer fit and uses the defaults for them', async () => {
    const dir = await makeTempDir();
    await fsp.writeFile(path.join(dir, 'preferences.json'), JSON.stringify({ language: 'klingon', lastView: '/caseload' }));
    const { store, setAside } = await openConfStore(dir);
    expect(setAside).toBeUndefined();
    expect(createPreferenceService(store).get()).toEqual({ language: 'nl', lastView: '/caseload', ...newDefaults });
  });

  it.each([
    ['not JSON', Buffer.from('{"language": "en",')],
    ['zero-filled', Buffer.alloc(256)],
  ])('sets a damaged (%s) file aside, keeps its bytes, and starts with defaults', async (_label, bytes) => {
    const dir = await makeTempDir();
    const file = path.join(dir, 'preferences.json');
    await fsp.writeFile(file, bytes);

    const { store, setAside } = await openConfStore(dir);

    expect(setAside).toBeDefined();
    expect(path.dirname(setAside ?? '')).toBe(dir);
    expect(await fsp.readFile(setAside ?? '')).toEqual(bytes);
    const service = createPreferenceService(store);
    expect(service.get()).toEqual({ language: 'nl', lastView: '/today', ...newDefaults });
    expect(service.update({ language: 'en' })).toEqual({ language: 'en', lastView: '/today', ...newDefaults });
    expect(createPreferenceService((await openConfStore(dir)).store).get().language).toBe('en');
  });

  it('lets the whole app start with a corrupt preferences file', async () => {
    const dir = await makeTempDir();
    await fsp.writeFile(path.join(dir, 'preferences.json'), 'this is not json');
    const { store } = await openConfStore(dir);
    const app = await startTestCore({ dataDir: dir, preferences: store });

    expect(valueOf(await app.call('preferences.get', {}))).toEqual({ language: 'nl', lastView: '/today', ...newDefaults });
    expect(valueOf(await app.call('app.status', {})).store).toBe('ready');
    expect(valueOf(await app.call('preferences.update', { language: 'en' })).language).toBe('en');
    expect(errorOf(await app.call('preferences.update', { language: 'fr' })).code).toBe('invalid_input');
  });
});
