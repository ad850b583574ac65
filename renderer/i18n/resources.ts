import enCaseload from '@locales/en/caseload.json';
import enClients from '@locales/en/clients.json';
import enCommon from '@locales/en/common.json';
import enErrors from '@locales/en/errors.json';
import enSettings from '@locales/en/settings.json';
import nlCaseload from '@locales/nl/caseload.json';
import nlClients from '@locales/nl/clients.json';
import nlCommon from '@locales/nl/common.json';
import nlErrors from '@locales/nl/errors.json';
import nlSettings from '@locales/nl/settings.json';
import type { Language } from '../../main/api/api-types';

/** Bundled, not fetched: the app works offline and the CSP allows no other source. */
export const resources = {
  nl: { common: nlCommon, caseload: nlCaseload, clients: nlClients, settings: nlSettings, errors: nlErrors },
  en: { common: enCommon, caseload: enCaseload, clients: enClients, settings: enSettings, errors: enErrors },
} satisfies Record<Language, unknown>;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
export const defaultNamespace = 'common' satisfies Namespace;
