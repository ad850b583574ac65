import type { TFunction } from 'i18next';
import { localDate } from '../../domain/agenda/local-date';
import type { Client } from '../../domain/clients/client';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import { scoreScale } from '../../domain/measures/score-scale';
import type { ProgrammeRun } from '../../domain/programme/programme-run';
import type { ProgrammeTemplate } from '../../domain/programme/programme-template';
import type { ClientAuditRecord } from '../privacy/client-audit-records';
import type { ClientDocument } from '../storage/client-document';
import type { AccessExportModel } from './access-export-model';
import { longDate } from './document-format';
import type { DocumentBasics } from './document-letterhead';
import { scoreText } from './score-text';

export interface AccessExportSources {
  document: ClientDocument;
  auditRecords: readonly ClientAuditRecord[];
  scales: readonly ScaleDefinition[];
  /** The template a run follows, for its name and session titles; undefined when it cannot be found. */
  templateOf: (run: ProgrammeRun) => ProgrammeTemplate | undefined;
  basics: DocumentBasics;
  t: TFunction;
}

const k = (key: string) => `documents:accessExport.${key}`;

/** The profile fields in the order of the client form; enumerations in words. */
const detailFields = [
  'givenName', 'familyName', 'preferredName', 'pronouns', 'language', 'dateOfBirth', 'ageGroup', 'household', 'livingSituation',
  'referredBy', 'referredOn', 'phone', 'email', 'address', 'gpName', 'gpPractice', 'gpPhone', 'emergencyName', 'emergencyRelation',
  'emergencyPhone', 'whatMatters', 'flags', 'flagNote', 'assignedWorker', 'startDate', 'endDate', 'status',
] as const satisfies readonly (keyof Client)[];

const dateFields = new Set(['dateOfBirth', 'referredOn', 'startDate', 'endDate']);
const wordLists: Partial<Record<keyof Client, string>> = { ageGroup: 'ageGroups', household: 'households', referredBy: 'referralSources', status: 'status' };

/**
 * The access request's document: every part of the client file, including notes, and the audit
 * records about it. Empty parts say so, so the client sees that nothing was left out.
 */
export function assembleAccessExport(sources: AccessExportSources): AccessExportModel {
  const { document, t, basics } = sources;
  const { language } = basics;
  const client = document.client;
  const day = (value: string) => longDate(value, language);
  const moment = (iso: string) => {
    const when = new Date(iso);
    const time = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(when);
    return `${day(localDate(when))} ${time}`;
  };
  const present = <T extends { label: string; value: string }>(facts: T[]) => facts.filter((fact) => fact.value.trim() !== '');

  const details = present(
    detailFields.map((field) => {
      const value = client[field];
      let text = '';
      if (Array.isArray(value)) text = value.map((flag) => t(`clients:flags.${flag}`)).join(', ');
      else if (typeof value === 'string') {
        const list = wordLists[field];
        text = list ? t(`clients:${list}.${value}`) : dateFields.has(field) ? day(value) : value;
      }
      return { label: t(`clients:fields.${field}`), value: text };
    }),
  );

  const statusHistory = client.statusHistory.map((change) => [
    moment(change.at),
    change.from ? t(k('statusChange'), { from: t(`clients:status.${change.from}`), to: t(`clients:status.${change.to}`) }) : t(`clients:status.${change.to}`),
    [change.reason ? t(`clients:closeReasons.${change.reason}`) : '', change.note ?? ''].filter(Boolean).join(' – '),
    change.by,
  ]);

  const contacts = [...document.contacts]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((contact) => ({
      heading: `${moment(contact.at)} · ${t(`contacts:types.${contact.type}`)}`,
      facts: present([
        { label: t(k('duration')), value: contact.durationMinutes === undefined ? '' : t(k('minutes'), { count: contact.durationMinutes }) },
        { label: t(k('present')), value: contact.present ?? '' },
        { label: t(k('recordedBy')), value: contact.createdBy },
      ]),
      notes: contact.summary,
      agreements: contact.agreements.map((agreement) => [
        agreement.text,
        t(`contacts:owners.${agreement.owner}`),
        agreement.due ? day(agreement.due) : '',
        agreement.doneAt ? t(k('doneOn'), { date: day(localDate(new Date(agreement.doneAt))) }) : t(k('open')),
      ]),
    }));

  const appointments = [...document.appointments]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((appointment) => [
      moment(appointment.start),
      t(`contacts:types.${appointment.type}`),
      t(k('minutes'), { count: appointment.durationMinutes }),
      appointment.location ?? '',
      appointment.note ?? '',
    ]);

  const programmes = document.programmes.map((run) => {
    const template = sources.templateOf(run);
    return {
      heading: template?.name[language] ?? run.templateId,
      facts: present([
        { label: t(k('startedOn')), value: day(run.startDate) },
        { label: t(k('mode')), value: t(`programme:modes.${run.mode}`) },
        { label: t(k('group')), value: run.group?.name ?? '' },
        { label: t(k('runStatus')), value: t(`documents:progressReport.runStatuses.${run.status}`) },
      ]),
      sessions: [...run.sessions]
        .sort((a, b) => a.number - b.number)
        .map((session) => {
          const title = template?.sessions.find((candidate) => candidate.number === session.number)?.title[language];
          return {
            heading: t(k('session'), { number: session.number, title: title ?? '' }).trim(),
            facts: present([
              { label: t(k('date')), value: moment(session.plannedAt) },
              { label: t(k('attendance')), value: t(`programme:attendance.${session.attendance ?? 'planned'}`) },
              {
                label: t(k('stress')),
                value: session.stressBefore === undefined && session.stressAfter === undefined ? '' : `${session.stressBefore ?? '–'} → ${session.stressAfter ?? '–'}`,
              },
              { label: t(k('homework')), value: session.homework },
            ]),
            notes: session.notes,
          };
        }),
    };
  });

  const measurements = [...document.measurements]
    .sort((a, b) => a.takenOn.localeCompare(b.takenOn))
    .map((measurement) => {
      const scale = sources.scales.find((candidate) => candidate.id === measurement.scaleId);
      const outcome = scale ? scoreScale(scale, measurement.answers) : undefined;
      const score = scale && outcome?.ok ? scoreText(outcome.total, scale.total, language, t) : t('measures:score.notScored');
      return [day(measurement.takenOn), scale?.name[language] ?? measurement.scaleId, t(`measures:moments.${measurement.moment}`), score, measurement.note ?? ''];
    });

  const referrals = [...document.referrals]
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))
    .map((referral) => ({
      heading: `${referral.destination.name} · ${t(`referrals:statuses.${referral.status}`)}`,
      facts: present([
        { label: t(k('plannedOn')), value: day(referral.plannedOn) },
        { label: t(k('reason')), value: referral.reason },
        { label: t(k('question')), value: referral.question },
        { label: t(k('background')), value: referral.background ?? '' },
        { label: t(k('shared')), value: referral.share.map((item) => t(`referrals:share.${item}`)).join(', ') },
        { label: t(k('consentOn')), value: day(referral.consentOn) },
        { label: t(k('consentNote')), value: referral.consentNote ?? '' },
      ]),
      steps: referral.history.map((step) => [day(step.on), t(`referrals:statuses.${step.to}`), step.note ?? '', step.by]),
    }));

  const consents = [...document.consents]
    .sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt))
    .map((consent) => [day(consent.date), t(k(`purposes.${consent.purpose}`)), t(k(consent.given ? 'given' : 'withdrawn')), consent.recordedBy, consent.note ?? '']);

  const auditRecords = sources.auditRecords.map((record) => [
    moment(record.at),
    t(k('auditWhat'), { action: t(k(`actions.${record.action}`), { defaultValue: record.action }), entity: t(k(`entities.${record.entity}`), { defaultValue: record.entity }) }),
    record.actor,
  ]);

  return {
    ...basics,
    client: { name: t('common:fullName', { givenName: client.givenName, familyName: client.familyName }), details },
    statusHistory,
    contacts,
    appointments,
    programmes,
    measurements,
    referrals,
    consents,
    auditRecords,
  };
}
