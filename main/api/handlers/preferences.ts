import type { PreferenceService } from '../../services/preferences/preferences';
import type { Handlers } from '../dispatcher';

export function preferenceHandlers(preferences: PreferenceService): Pick<Handlers, 'preferences.get' | 'preferences.update'> {
  return {
    'preferences.get': async () => preferences.get(),
    'preferences.update': async (changes) => preferences.update(changes),
  };
}
