import i18next, { type TFunction } from 'i18next';
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import nlMenu from '../../locales/nl/menu.json' with { type: 'json' };
import type { Language } from '../services/preferences/preferences-schema';

/** Texts the main process shows itself (menus, dialogs, later documents), from the same locales. */
export async function createMainTranslator(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'nl',
    ns: ['menu'],
    defaultNS: 'menu',
    resources: { nl: { menu: nlMenu }, en: { menu: enMenu } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
