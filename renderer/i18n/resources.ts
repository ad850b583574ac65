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
import enSecurity from '@locales/en/security.json';
import enReports from '@locales/en/reports.json';
import enDocuments from '@locales/en/documents.json';
import enReferrals from '@locales/en/referrals.json';
import enDirectory from '@locales/en/directory.json';
import enPrivacy from '@locales/en/privacy.json';
import enAudit from '@locales/en/audit.json';
import enBackups from '@locales/en/backups.json';
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
import nlSecurity from '@locales/nl/security.json';
import nlReports from '@locales/nl/reports.json';
import nlDocuments from '@locales/nl/documents.json';
import nlReferrals from '@locales/nl/referrals.json';
import nlDirectory from '@locales/nl/directory.json';
import nlPrivacy from '@locales/nl/privacy.json';
import nlAudit from '@locales/nl/audit.json';
import nlBackups from '@locales/nl/backups.json';
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
    security: nlSecurity,
    reports: nlReports,
    documents: nlDocuments,
    referrals: nlReferrals,
    directory: nlDirectory,
    privacy: nlPrivacy,
    audit: nlAudit,
    backups: nlBackups,
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
    security: enSecurity,
    reports: enReports,
    documents: enDocuments,
    referrals: enReferrals,
    directory: enDirectory,
    privacy: enPrivacy,
    audit: enAudit,
    backups: enBackups,
    errors: enErrors,
  },
} satisfies Record<Language, unknown>;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
export const defaultNamespace = 'common' satisfies Namespace;
