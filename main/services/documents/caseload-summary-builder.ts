import type { TFunction } from 'i18next';
import type { CaseloadSummaryModel, CountRow } from './caseload-summary-model';
import { documentLocale } from './document-format';
import { documentPlan } from './document-plan';
import { tableParts } from './pdf/pdf-table';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';

const k = (key: string) => `documents:caseloadSummary.${key}`;

/**
 * The caseload summary for management and funders: counts and shares per status, age group and
 * programme phase, contacts by type, referrals by status and the average score change. No names.
 */
export function buildCaseloadSummary(model: CaseloadSummaryModel, t: TFunction): PdfPlan {
  const percent = new Intl.NumberFormat(documentLocale(model.language), { style: 'percent', maximumFractionDigits: 0 });
  const share = (count: number, total: number) => (total === 0 ? '–' : percent.format(count / total));
  const countTable = (rows: readonly CountRow[], total: number) =>
    tableParts(
      [
        { header: t(k('columns.group')), share: 5 },
        { header: t(k('columns.count')), share: 1.5, align: 'right' },
        { header: t(k('columns.share')), share: 1.5, align: 'right' },
      ],
      rows.map((row) => [row.label, String(row.count), share(row.count, total)]),
    );
  const { clients, contacts, referrals } = model;
  const parts: DocumentPart[] = [
    (layout) => {
      layout.title(t(k('title')));
      layout.paragraph(t(k('intro')));
      layout.fields([
        { label: t(k('period')), value: model.period },
        { label: t(k('madeOn')), value: model.dateText },
        ...(model.organisation.name ? [{ label: t(k('organisation')), value: model.organisation.name }] : []),
      ]);
      layout.heading(t(k('clientsTitle')));
      layout.paragraph(t(k('clientsTotal'), { count: clients.total }));
      layout.subheading(t(k('byStatus')));
    },
    ...countTable(clients.byStatus, clients.total),
    (layout) => layout.subheading(t(k('byAgeGroup'))),
    ...countTable(clients.byAgeGroup, clients.total),
    (layout) => layout.subheading(t(k('byPhase'))),
    ...countTable(clients.byPhase, clients.total),
    (layout) => {
      layout.heading(t(k('contactsTitle')));
      layout.paragraph(t(k('contactsTotal'), { count: contacts.total, inPeriod: contacts.inPeriod }));
      layout.subheading(t(k('byType')));
    },
    ...tableParts(
      [
        { header: t(k('columns.type')), share: 5 },
        { header: t(k('columns.total')), share: 1.5, align: 'right' },
        { header: t(k('columns.inPeriod')), share: 1.7, align: 'right' },
      ],
      contacts.byType.map((row) => [row.label, String(row.total), String(row.inPeriod)]),
    ),
    (layout) => {
      layout.heading(t(k('referralsTitle')));
      layout.paragraph(t(k('referralsIntro'), { count: referrals.inPeriod }));
    },
    ...countTable(referrals.byStatus, referrals.inPeriod),
    (layout) => {
      layout.heading(t(k('scoresTitle')));
      layout.paragraph(t(k('scoresIntro')));
    },
    ...tableParts(
      [
        { header: t(k('columns.scale')), share: 3.2 },
        { header: t(k('columns.moments')), share: 2.6 },
        { header: t(k('columns.clients')), share: 1.5, align: 'right' },
        { header: t(k('columns.meanFrom')), share: 1.2, align: 'right' },
        { header: t(k('columns.meanTo')), share: 1.2, align: 'right' },
        { header: t(k('columns.change')), share: 1.7, align: 'right' },
      ],
      model.scoreChanges.map((row) => [row.scale, row.moments, String(row.n), row.meanFrom, row.meanTo, row.meanChange]),
    ),
    (layout) => layout.muted(t(k('scoresNote'))),
  ];
  return documentPlan(model, t, { title: t(k('title')), parts, footerNote: t('documents:frame.anonymous') });
}
