import type { TFunction } from 'i18next';
import { localDate } from '../../domain/agenda/local-date';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import { scoreValue } from '../../domain/measures/score-scale';
import { scoreSeries } from '../../domain/measures/score-series';
import type { Guidance, StressTrend } from '../../domain/programme/phase-guidance';
import type { PhaseId, ProgrammeTemplate } from '../../domain/programme/programme-template';
import type { Language } from '../preferences/preferences-schema';
import type { ProgrammeView } from '../programme/programme-service';
import type { ClientDocument } from '../storage/client-document';
import { decimal, longDate, shortDate } from './document-format';
import type { DocumentBasics, Sender } from './document-letterhead';
import type { ProgressReportModel, ScaleSection } from './progress-report-model';
import { scoreText } from './score-text';

export interface ProgressReportSources {
  document: ClientDocument;
  basics: DocumentBasics;
  preparedBy: Sender;
  /** The client's programme with its phase progress, as the programme tab shows it. */
  programme: ProgrammeView;
  scales: readonly ScaleDefinition[];
  stressThreshold: number;
  t: TFunction;
}

const phaseName = (template: ProgrammeTemplate | undefined, phase: PhaseId, language: Language, t: TFunction): string =>
  template?.phases.find((candidate) => candidate.id === phase)?.name[language] ?? t(`directory:phases.${phase}`);

function trendText(trend: StressTrend, language: Language, t: TFunction): string {
  const number = (value: number | undefined) => (value === undefined ? '' : decimal(value, language));
  if (trend.direction !== 'unknown') return t(`programme:stress.trend.${trend.direction}`, { first: number(trend.first), latest: number(trend.latest) });
  return trend.latest === undefined ? t('programme:stress.trend.none') : t('programme:stress.trend.single', { latest: number(trend.latest) });
}

function guidanceText(guidance: Guidance, template: ProgrammeTemplate | undefined, language: Language, t: TFunction): string {
  const params: Record<string, string | number> = { ...guidance.params };
  const { phase, band, stress } = guidance.params;
  if (typeof phase === 'string') params.phaseName = phaseName(template, phase as PhaseId, language, t);
  if (typeof band === 'string') params.bandName = t(`programme:bands.${band}`, { defaultValue: band });
  if (typeof stress === 'number') params.stress = decimal(stress, language);
  return t(guidance.key, params);
}

function scaleSection(scale: ScaleDefinition, document: ClientDocument, language: Language, t: TFunction): ScaleSection | undefined {
  const series = scoreSeries(scale, document.measurements);
  if (series.points.length === 0) return undefined;
  const valueOf = (result: Parameters<typeof scoreValue>[0] | undefined) => (result === undefined ? undefined : scoreValue(result));
  return {
    name: scale.name[language],
    source: scale.source,
    usageNote: scale.usageNote[language],
    range: { min: scale.total.min, max: scale.total.max },
    subscales: scale.subscales.map((subscale) => subscale.name[language]),
    rows: series.points.map((point) => ({
      date: longDate(point.takenOn, language),
      moment: t(`measures:moments.${point.moment}`),
      total: point.scored ? scoreText(point.total, scale.total, language, t) : t('measures:score.notScored'),
      subscales: scale.subscales.map((subscale) => {
        const result = point.scored ? point.subscales[subscale.id] : undefined;
        const value = valueOf(result);
        return value === undefined ? t('measures:score.incompleteShort') : String(value);
      }),
    })),
    chart: {
      xLabels: series.points.map((point) => shortDate(point.takenOn, language)),
      series: [
        { label: t('measures:chart.series.total'), values: series.points.map((point) => (point.scored ? valueOf(point.total) : undefined)) },
        ...scale.subscales.map((subscale) => ({
          label: subscale.name[language],
          values: series.points.map((point) => (point.scored ? valueOf(point.subscales[subscale.id]) : undefined)),
        })),
      ],
    },
  };
}

/**
 * A client's progress: the programme and where they stand in it, the sessions, stress check-ins,
 * questionnaire results, agreements from the contact log and what comes next. Notes (session or
 * contact) stay out: a report is read by more people than the file.
 */
export function assembleProgressReport(sources: ProgressReportSources): ProgressReportModel {
  const { document, t, basics } = sources;
  const { language } = basics;
  const { run, template, progress } = sources.programme;
  const day = (iso: string) => longDate(localDate(new Date(iso)), language);
  const sessionOf = (number: number) => template?.sessions.find((session) => session.number === number);
  const clientName = t('common:fullName', { givenName: document.client.givenName, familyName: document.client.familyName });

  const records = [...(run?.sessions ?? [])].sort((a, b) => a.number - b.number);
  const stressValue = (value: number | undefined) => (value === undefined ? '–' : String(value));
  const sessions = records.map((record) => {
    const session = sessionOf(record.number);
    return {
      number: record.number,
      date: day(record.plannedAt),
      title: session?.title[language] ?? '',
      phase: session ? phaseName(template, session.phase, language, t) : '',
      attendance: t(`programme:attendance.${record.attendance ?? 'planned'}`),
      stress:
        record.stressBefore === undefined && record.stressAfter === undefined
          ? ''
          : `${stressValue(record.stressBefore)} → ${stressValue(record.stressAfter)}`,
    };
  });

  const agreements = document.contacts.flatMap((contact) => contact.agreements.map((agreement) => ({ agreement, contact })));
  const open = agreements
    .filter(({ agreement }) => agreement.doneAt === undefined)
    .sort((a, b) => (a.agreement.due ?? '9999').localeCompare(b.agreement.due ?? '9999') || a.contact.at.localeCompare(b.contact.at));
  const done = agreements
    .filter(({ agreement }) => agreement.doneAt !== undefined)
    .sort((a, b) => (b.agreement.doneAt ?? '').localeCompare(a.agreement.doneAt ?? ''));
  const owner = (value: string) => t(`contacts:owners.${value}`);

  const next = progress?.nextSessionNumber === undefined ? undefined : sessionOf(progress.nextSessionNumber);
  const model: ProgressReportModel = {
    ...basics,
    preparedBy: sources.preparedBy,
    client: { name: clientName, status: t(`clients:status.${document.client.status}`) },
    sessions,
    stress: {
      trend: progress ? trendText(progress.stressTrend, language, t) : t('programme:stress.trend.none'),
      threshold: sources.stressThreshold,
      points: records
        .filter((record) => record.attendance === 'attended' && (record.stressBefore !== undefined || record.stressAfter !== undefined))
        .map((record) => ({ session: record.number, before: record.stressBefore, after: record.stressAfter })),
    },
    scales: sources.scales.flatMap((scale) => scaleSection(scale, document, language, t) ?? []),
    agreements: {
      open: open.map(({ agreement, contact }) => ({
        text: agreement.text,
        owner: owner(agreement.owner),
        due: agreement.due ? longDate(agreement.due, language) : '',
        agreedOn: day(contact.at),
      })),
      done: done.map(({ agreement }) => ({ text: agreement.text, owner: owner(agreement.owner), doneOn: day(agreement.doneAt ?? '') })),
    },
    nextSteps: {
      nextSession: next
        ? t('documents:progressReport.nextSession', { number: next.number, title: next.title[language], phase: phaseName(template, next.phase, language, t) })
        : undefined,
      guidance: (progress?.guidance ?? []).map((guidance) => guidanceText(guidance, template, language, t)),
      openAgreements: open.map(({ agreement }) =>
        agreement.due ? t('documents:progressReport.agreementDue', { text: agreement.text, due: longDate(agreement.due, language) }) : agreement.text,
      ),
    },
  };
  if (run && template) {
    model.programme = {
      name: template.name[language],
      startedOn: longDate(run.startDate, language),
      mode: t(`programme:modes.${run.mode}`),
      runStatus: t(`documents:progressReport.runStatuses.${run.status}`),
      currentPhase: progress ? phaseName(template, progress.currentPhase, language, t) : undefined,
      sessionsDone: progress?.sessionsDone ?? 0,
      sessionsPlanned: progress?.sessionsPlanned ?? template.sessions.length,
      sessionsMissed: progress?.sessionsMissed ?? 0,
    };
  }
  return model;
}
