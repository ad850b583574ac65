import type { TFunction } from 'i18next';
import type { AccessExportModel } from './access-export-model';
import { documentPlan } from './document-plan';
import { tableParts, type TableColumn } from './pdf/pdf-table';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';
import { paragraphParts } from './pdf/text-parts';

const k = (key: string) => `documents:accessExport.${key}`;

/** A section: its heading, then its parts, or a line saying there is nothing (so nothing looks left out). */
function section(title: string, empty: string, parts: DocumentPart[]): DocumentPart[] {
  const heading: DocumentPart = (layout) => layout.heading(title);
  if (parts.length === 0) return [(layout) => {
    layout.heading(title);
    layout.paragraph(empty);
  }];
  return [heading, ...parts];
}

function table(columns: readonly TableColumn[], rows: AccessExportModel['consents']): DocumentPart[] {
  return rows.length === 0 ? [] : tableParts(columns, rows);
}

/**
 * "Inzageverzoek – overzicht van alle gegevens": personal details, status history, contacts with
 * notes and agreements, appointments, programme sessions with notes, questionnaires with scores,
 * referrals with their steps, consents, and the audit records about the file. Notes are cut into
 * pieces, so a long file stays responsive while it is drawn.
 */
export function buildAccessExport(model: AccessExportModel, t: TFunction): PdfPlan {
  const parts: DocumentPart[] = [];
  const col = (key: string, share: number): TableColumn => ({ header: t(k(`columns.${key}`)), share });

  parts.push((layout) => {
    layout.title(t(k('title')));
    layout.paragraph(t(k('intro'), { client: model.client.name, organisation: model.organisation.name || t('common:appName') }));
    layout.fields([
      { label: t(k('client')), value: model.client.name },
      { label: t(k('date')), value: model.dateText },
    ]);
    layout.heading(t(k('detailsTitle')));
    layout.fields(model.client.details);
  });

  parts.push(...section(t(k('statusTitle')), t(k('none')), table([col('when', 2.6), col('status', 2.4), col('reason', 3.4), col('by', 1.6)], model.statusHistory)));

  parts.push(
    ...section(
      t(k('contactsTitle')),
      t(k('none')),
      model.contacts.flatMap((contact): DocumentPart[] => [
        (layout) => {
          layout.subheading(contact.heading);
          if (contact.facts.length > 0) layout.fields(contact.facts);
        },
        ...paragraphParts(contact.notes),
        ...(contact.agreements.length > 0
          ? [
              ((layout) => layout.text(t(k('agreementsTitle')), { weight: 'bold' })) as DocumentPart,
              ...tableParts([col('agreement', 5), col('owner', 1.6), col('due', 2), col('state', 2.2)], contact.agreements),
            ]
          : []),
      ]),
    ),
  );

  parts.push(...section(t(k('appointmentsTitle')), t(k('none')), table([col('when', 2.6), col('type', 2.2), col('duration', 1.4), col('location', 2.2), col('note', 3)], model.appointments)));

  parts.push(
    ...section(
      t(k('programmesTitle')),
      t(k('none')),
      model.programmes.flatMap((run): DocumentPart[] => [
        (layout) => {
          layout.subheading(run.heading);
          layout.fields(run.facts);
        },
        ...run.sessions.flatMap((session): DocumentPart[] => [
          (layout) => {
            layout.text(session.heading, { weight: 'bold' });
            layout.fields(session.facts);
          },
          ...paragraphParts(session.notes),
        ]),
      ]),
    ),
  );

  parts.push(...section(t(k('measurementsTitle')), t(k('none')), table([col('date', 2), col('questionnaire', 3), col('moment', 2), col('score', 3.4), col('note', 2.4)], model.measurements)));

  parts.push(
    ...section(
      t(k('referralsTitle')),
      t(k('none')),
      model.referrals.flatMap((referral): DocumentPart[] => [
        (layout) => {
          layout.subheading(referral.heading);
          layout.fields(referral.facts);
        },
        ...tableParts([col('date', 2), col('step', 2), col('note', 4), col('by', 1.8)], referral.steps),
      ]),
    ),
  );

  parts.push(...section(t(k('consentsTitle')), t(k('noConsents')), table([col('date', 2), col('purpose', 3.2), col('answer', 1.8), col('by', 1.8), col('note', 3)], model.consents)));

  parts.push(...section(t(k('auditTitle')), t(k('none')), table([col('when', 2.6), col('what', 4.6), col('by', 2)], model.auditRecords)));

  return documentPlan(model, t, { title: t(k('title')), parts, footerNote: t('documents:frame.confidential') });
}
