import { defaultPreferences, preferencesSchema, type Preferences, type PreferencesUpdate } from './preferences-schema';

/**
 * The few calls the services need from a key-value file. electron-store (in the shell) and conf
 * (in the browser host and tests) both provide them, so services never import Electron.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface PreferenceService {
  get(): Preferences;
  update(changes: PreferencesUpdate): Preferences;
}

/** A value that no longer fits the schema (hand-edited, older app) falls back to its default. */
export function createPreferenceService(store: KeyValueStore): PreferenceService {
  const read = (): Preferences => {
    const result = { ...defaultPreferences };
    for (const key of Object.keys(defaultPreferences) as (keyof Preferences)[]) {
      const field = preferencesSchema.shape[key].safeParse(store.get(key));
      if (field.success) Object.assign(result, { [key]: field.data });
    }
    return result;
  };
  return {
    get: read,
    update(changes) {
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) store.set(key, value);
      return read();
    },
  };
}
