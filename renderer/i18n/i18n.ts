import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../main/api/api-types';
import './i18next-types';
import { defaultNamespace, namespaces, resources } from './resources';

export const languages = ['nl', 'en'] as const satisfies readonly Language[];

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/**
 * A fresh i18next instance with every namespace bundled, ready synchronously. Dutch is the default
 * and the fallback: most workers use it. `<html lang>` follows the language so screen readers
 * pronounce it right.
 */
export function createI18n(language: Language = 'nl'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: languages,
    ns: namespaces,
    defaultNS: defaultNamespace,
    initAsync: false,
    // React escapes text itself; escaping here too would show "&lt;" in names.
    interpolation: { escapeValue: false },
    // Everything is bundled, so nothing is ever loading: never suspend (there is no <Suspense> above).
    react: { useSuspense: false },
  });
  const syncDocumentLanguage = (lng: string) => {
    document.documentElement.lang = isLanguage(lng) ? lng : 'nl';
  };
  syncDocumentLanguage(instance.language);
  instance.on('languageChanged', syncDocumentLanguage);
  return instance;
}

/** The language the UI currently shows, narrowed to the ones Verbind supports. */
export function currentLanguage(instance: I18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : 'nl';
}
