import i18next, { type TFunction } from 'i18next';
import enAudit from '../../locales/en/audit.json' with { type: 'json' };
import enClients from '../../locales/en/clients.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enContacts from '../../locales/en/contacts.json' with { type: 'json' };
import enDirectory from '../../locales/en/directory.json' with { type: 'json' };
import enDocuments from '../../locales/en/documents.json' with { type: 'json' };
import enImport from '../../locales/en/import.json' with { type: 'json' };
import enMeasures from '../../locales/en/measures.json' with { type: 'json' };
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import enProgramme from '../../locales/en/programme.json' with { type: 'json' };
import enReferrals from '../../locales/en/referrals.json' with { type: 'json' };
import enReports from '../../locales/en/reports.json' with { type: 'json' };
import nlAudit from '../../locales/nl/audit.json' with { type: 'json' };
import nlClients from '../../locales/nl/clients.json' with { type: 'json' };
import nlCommon from '../../locales/nl/common.json' with { type: 'json' };
import nlContacts from '../../locales/nl/contacts.json' with { type: 'json' };
import nlDirectory from '../../locales/nl/directory.json' with { type: 'json' };
import nlDocuments from '../../locales/nl/documents.json' with { type: 'json' };
import nlImport from '../../locales/nl/import.json' with { type: 'json' };
import nlMeasures from '../../locales/nl/measures.json' with { type: 'json' };
import nlMenu from '../../locales/nl/menu.json' with { type: 'json' };
import nlProgramme from '../../locales/nl/programme.json' with { type: 'json' };
import nlReferrals from '../../locales/nl/referrals.json' with { type: 'json' };
import nlReports from '../../locales/nl/reports.json' with { type: 'json' };
import type { Language } from '../services/preferences/preferences-schema';

const resources = {
  nl: { menu: nlMenu, common: nlCommon, clients: nlClients, contacts: nlContacts, programme: nlProgramme, measures: nlMeasures, directory: nlDirectory, referrals: nlReferrals, documents: nlDocuments, reports: nlReports, import: nlImport, audit: nlAudit },
  en: { menu: enMenu, common: enCommon, clients: enClients, contacts: enContacts, programme: enProgramme, measures: enMeasures, directory: enDirectory, referrals: enReferrals, documents: enDocuments, reports: enReports, import: enImport, audit: enAudit },
};

const translators = new Map<Language, Promise<TFunction>>();

/**
 * Texts the main process writes itself (menus, dialogs, exported files, PDF documents), from the
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
        ns: Object.keys(resources.nl),
        defaultNS: 'menu',
        resources,
        interpolation: { escapeValue: false },
      })
      .then(() => instance.t);
    translators.set(language, translator);
  }
  return translator;
}
