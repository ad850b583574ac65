import type { TFunction } from 'i18next';
import { decimal } from './document-format';
import { documentPlan, lines } from './document-plan';
import { drawLineChart, type MarkerShape, type LineStyle } from './pdf/line-chart';
import { tableParts } from './pdf/pdf-table';
import type { DocumentPart, PdfPlan } from './pdf/render-pdf';
import type { ProgressReportModel, ScaleSection } from './progress-report-model';

const k = (key: string) => `documents:progressReport.${key}`;
const looks: ReadonlyArray<{ style: LineStyle; marker: MarkerShape }> = [
  { style: 'solid', marker: 'circle' },
  { style: 'dashed', marker: 'square' },
  { style: 'dotted', marker: 'triangle' },
  { style: 'solid', marker: 'diamond' },
];
const look = (index: number) => looks[index % looks.length] ?? { style: 'solid', marker: 'circle' };

/** A step for the y axis that gives about five to eleven grid lines. */
const stepFor = (span: number) => (span <= 12 ? 1 : span <= 24 ? 2 : 5);

function scaleParts(section: ScaleSection, model: ProgressReportModel, t: TFunction): DocumentPart[] {
  const { language } = model;
  return [
    (layout) => {
      layout.subheading(section.name);
      if (section.chart.series.some((series) => series.values.some((value) => value !== undefined))) {
        drawLineChart(layout, {
          xLabels: section.chart.xLabels,
          yMin: section.range.min,
          yMax: section.range.max,
          yStep: stepFor(section.range.max - section.range.min),
          series: section.chart.series.map((series, index) => ({ ...series, ...look(index) })),
          formatY: (value) => decimal(value, language),
        });
      }
    },
    ...tableParts(
      [
        { header: t(k('columns.date')), share: 2 },
        { header: t(k('columns.moment')), share: 1.8 },
        { header: t(k('columns.total')), share: 3.4 },
        ...section.subscales.map((name) => ({ header: name, share: 2, align: 'right' as const })),
      ],
      section.rows.map((row) => [row.date, row.moment, row.total, ...row.subscales]),
    ),
    (layout) => {
      layout.muted(section.usageNote);
      layout.muted(t(k('source'), { source: section.source }));
    },
  ];
}

/**
 * The progress report: who and what (client, programme, phase), the sessions as a table, the
 * stress check-ins and questionnaire results as charts drawn in the PDF, the agreements, and next
 * steps. Long lists are cut into parts of a few rows, so a report of twenty pages shows progress.
 */
export function buildProgressReport(model: ProgressReportModel, t: TFunction): PdfPlan {
  const { language, programme, preparedBy } = model;
  const parts: DocumentPart[] = [];

  parts.push((layout) => {
    layout.title(t(k('title')));
    layout.fields([
      { label: t(k('client')), value: model.client.name },
      { label: t(k('status')), value: model.client.status },
      ...(preparedBy.name ? [{ label: t(k('preparedBy')), value: lines(preparedBy.name, preparedBy.role) }] : []),
      { label: t(k('date')), value: model.dateText },
    ]);
    layout.heading(t(k('programmeTitle')));
    if (!programme) {
      layout.paragraph(t(k('noProgramme'), { client: model.client.name }));
      return;
    }
    layout.fields([
      { label: t(k('programme')), value: programme.name },
      { label: t(k('startedOn')), value: programme.startedOn },
      { label: t(k('mode')), value: programme.mode },
      { label: t(k('runStatus')), value: programme.runStatus },
      ...(programme.currentPhase ? [{ label: t(k('currentPhase')), value: programme.currentPhase }] : []),
      { label: t(k('progress')), value: t(k('progressText'), { done: programme.sessionsDone, planned: programme.sessionsPlanned }) },
      { label: t(k('missed')), value: String(programme.sessionsMissed) },
    ]);
  });

  parts.push((layout) => layout.heading(t(k('sessionsTitle'))));
  if (model.sessions.length === 0) parts.push((layout) => layout.paragraph(t(k('noSessions'))));
  else {
    parts.push(
      ...tableParts(
        [
          { header: t(k('columns.number')), share: 0.6, align: 'right' },
          { header: t(k('columns.date')), share: 2.1 },
          { header: t(k('columns.session')), share: 3.4 },
          { header: t(k('columns.phase')), share: 2.7 },
          { header: t(k('columns.attendance')), share: 2.2 },
          { header: t(k('columns.stress')), share: 1.7, align: 'center' },
        ],
        model.sessions.map((session) => [String(session.number), session.date, session.title, session.phase, session.attendance, session.stress]),
      ),
    );
  }

  parts.push((layout) => {
    layout.heading(t(k('stressTitle')));
    layout.paragraph(model.stress.trend);
    const { points, threshold } = model.stress;
    if (points.length === 0) return;
    drawLineChart(layout, {
      xLabels: points.map((point) => String(point.session)),
      yMin: 0,
      yMax: 10,
      yStep: 1,
      series: [
        { label: t('measures:chart.series.before'), values: points.map((point) => point.before), ...look(0) },
        { label: t('measures:chart.series.after'), values: points.map((point) => point.after), ...look(1) },
      ],
      threshold: { value: threshold, label: t(k('threshold'), { value: threshold }) },
      formatY: (value) => decimal(value, language),
    });
    layout.muted(t(k('stressAxes')));
  });

  parts.push((layout) => {
    layout.heading(t(k('scoresTitle')));
    if (model.scales.length === 0) layout.paragraph(t(k('noScores')));
  });
  for (const section of model.scales) parts.push(...scaleParts(section, model, t));

  const { open, done } = model.agreements;
  parts.push((layout) => {
    layout.heading(t(k('agreementsTitle')));
    if (open.length === 0 && done.length === 0) layout.paragraph(t(k('noAgreements')));
  });
  if (open.length > 0) {
    parts.push((layout) => layout.subheading(t(k('openTitle'), { count: open.length })));
    parts.push(
      ...tableParts(
        [
          { header: t(k('columns.agreement')), share: 5 },
          { header: t(k('columns.owner')), share: 1.6 },
          { header: t(k('columns.due')), share: 2 },
          { header: t(k('columns.agreedOn')), share: 2 },
        ],
        open.map((agreement) => [agreement.text, agreement.owner, agreement.due, agreement.agreedOn]),
      ),
    );
  }
  if (done.length > 0) {
    parts.push((layout) => layout.subheading(t(k('doneTitle'), { count: done.length })));
    parts.push(
      ...tableParts(
        [
          { header: t(k('columns.agreement')), share: 5 },
          { header: t(k('columns.owner')), share: 1.6 },
          { header: t(k('columns.doneOn')), share: 2 },
        ],
        done.map((agreement) => [agreement.text, agreement.owner, agreement.doneOn]),
      ),
    );
  }

  const { nextSteps } = model;
  parts.push((layout) => {
    layout.heading(t(k('nextStepsTitle')));
    if (nextSteps.nextSession) layout.paragraph(nextSteps.nextSession);
    else if (programme) layout.paragraph(t(k('allSessionsDone')));
    if (programme) {
      layout.subheading(t('programme:guidance.title'));
      layout.bullets(nextSteps.guidance.length > 0 ? nextSteps.guidance : [t('programme:guidance.none')]);
    }
  });
  if (nextSteps.openAgreements.length > 0) {
    parts.push((layout) => layout.subheading(t(k('openAgreementsTitle'))));
    for (let start = 0; start < nextSteps.openAgreements.length; start += 15) {
      const chunk = nextSteps.openAgreements.slice(start, start + 15);
      parts.push((layout) => layout.bullets(chunk));
    }
  }

  return documentPlan(model, t, { title: t(k('title')), parts, footerNote: t('documents:frame.confidential') });
}
