import i18next, { type TFunction } from 'i18next';
import enClients from '../../locales/en/clients.json' with { type: 'json' };
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import nlClients from '../../locales/nl/clients.json' with { type: 'json' };
import nlMenu from '../../locales/nl/menu.json' with { type: 'json' };
import type { Language } from '../services/preferences/preferences-schema';

const translators = new Map<Language, Promise<TFunction>>();

/**
 * Texts the main process writes itself (menus, dialogs, exported files, later documents), from the
 * same locale files as the renderer. One instance per language, made on first use.
 */
export function createMainTranslator(language: Language): Promise<TFunction> {
  let translator = translators.get(language);
  if (!translator) {
    const instance = i18next.createInstance();
    translator = instance
      .init({
        lng: language,
        fallbackLng: 'nl',
        ns: ['menu', 'clients'],
        defaultNS: 'menu',
        resources: { nl: { menu: nlMenu, clients: nlClients }, en: { menu: enMenu, clients: enClients } },
        interpolation: { escapeValue: false },
      })
      .then(() => instance.t);
    translators.set(language, translator);
  }
  return translator;
}
