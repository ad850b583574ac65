import enAgenda from '@locales/en/agenda.json';
import enAppointments from '@locales/en/appointments.json';
import enAttention from '@locales/en/attention.json';
import enCaseload from '@locales/en/caseload.json';
import enClients from '@locales/en/clients.json';
import enCommon from '@locales/en/common.json';
import enContacts from '@locales/en/contacts.json';
import enErrors from '@locales/en/errors.json';
import enImport from '@locales/en/import.json';
import enProgramme from '@locales/en/programme.json';
import enMeasures from '@locales/en/measures.json';
import enSettings from '@locales/en/settings.json';
import nlAgenda from '@locales/nl/agenda.json';
import nlAppointments from '@locales/nl/appointments.json';
import nlAttention from '@locales/nl/attention.json';
import nlCaseload from '@locales/nl/caseload.json';
import nlClients from '@locales/nl/clients.json';
import nlCommon from '@locales/nl/common.json';
import nlContacts from '@locales/nl/contacts.json';
import nlErrors from '@locales/nl/errors.json';
import nlImport from '@locales/nl/import.json';
import nlProgramme from '@locales/nl/programme.json';
import nlMeasures from '@locales/nl/measures.json';
import nlSettings from '@locales/nl/settings.json';
import type { Language } from '../../main/api/api-types';

/** Bundled, not fetched: the app works offline and the CSP allows no other source. */
export const resources = {
  nl: {
    common: nlCommon,
    caseload: nlCaseload,
    clients: nlClients,
    contacts: nlContacts,
    appointments: nlAppointments,
    agenda: nlAgenda,
    attention: nlAttention,
    measures: nlMeasures,
    import: nlImport,
    programme: nlProgramme,
    settings: nlSettings,
    errors: nlErrors,
  },
  en: {
    common: enCommon,
    caseload: enCaseload,
    clients: enClients,
    contacts: enContacts,
    appointments: enAppointments,
    agenda: enAgenda,
    attention: enAttention,
    measures: enMeasures,
    import: enImport,
    programme: enProgramme,
    settings: enSettings,
    errors: enErrors,
  },
} satisfies Record<Language, unknown>;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
export const defaultNamespace = 'common' satisfies Namespace;
