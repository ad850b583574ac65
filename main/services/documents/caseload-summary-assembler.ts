import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import { ageGroups, clientStatuses } from '../../domain/clients/client-status';
import { contactTypes } from '../../domain/contacts/contact-kinds';
import type { MeasurementMoment } from '../../domain/measures/measurement-moments';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import type { AverageChangeOutcome } from '../../domain/measures/score-series';
import { phaseIds, type PhaseId } from '../../domain/programme/programme-template';
import { referralStatuses } from '../../domain/referrals/referral-status';
import type { ClientDocument } from '../storage/client-document';
import type { CaseloadSummaryModel, CountRow } from './caseload-summary-model';
import { decimal, longDate, signedDecimal } from './document-format';
import type { DocumentBasics } from './document-letterhead';
import { nextTurn } from './pdf/render-pdf';

export interface CaseloadSummarySources {
  /** Whole files, read one at a time. */
  documents: AsyncIterable<ClientDocument> | Iterable<ClientDocument>;
  /** The phase of the client's running programme, as the programme tab computes it; none without one. */
  currentPhase(document: ClientDocument): PhaseId | undefined;
  /** `measures.caseloadChange`: the caseload's mean change on one scale between two moments. */
  caseloadChange(scaleId: string, from: MeasurementMoment, to: MeasurementMoment): AverageChangeOutcome;
  scales: readonly ScaleDefinition[];
  from?: string | undefined;
  to?: string | undefined;
  today: string;
  basics: DocumentBasics;
  t: TFunction;
}

/** The changes management asks about: from intake to the end of the programme, and to follow-up. */
const comparedMoments: ReadonlyArray<readonly [MeasurementMoment, MeasurementMoment]> = [
  ['intake', 'end'],
  ['intake', 'follow_up'],
];

/** Clients counted between two turns of the event loop. */
const batch = 250;

function counted<K extends string>(keys: readonly K[], counts: Map<K, number>, label: (key: K) => string): CountRow[] {
  return keys.map((key) => ({ label: label(key), count: counts.get(key) ?? 0 }));
}

const increment = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Counts over the whole caseload (clients by status, age group and programme phase; contacts and
 * referrals, in the period when one is given) and the average score change per questionnaire.
 * Only labels and numbers leave this function: the summary is anonymous by construction.
 */
export async function assembleCaseloadSummary(sources: CaseloadSummarySources): Promise<CaseloadSummaryModel> {
  const { t, basics, from, to } = sources;
  const { language } = basics;
  if (from !== undefined && to !== undefined && from > to) throw new ApiError('invalid_input', { messageKey: 'documents:validation.periodReversed' });
  const inPeriod = (day: string) => (from === undefined || day >= from) && (to === undefined || day <= to);

  const byStatus = new Map<(typeof clientStatuses)[number], number>();
  const byAgeGroup = new Map<(typeof ageGroups)[number] | 'unknown', number>();
  const byPhase = new Map<PhaseId | 'none', number>();
  const contactsByType = new Map<(typeof contactTypes)[number], number>();
  const contactsInPeriod = new Map<(typeof contactTypes)[number], number>();
  const referralsByStatus = new Map<(typeof referralStatuses)[number], number>();

  let index = 0;
  // One whole file at a time from disk: a summary of 10,000 clients never holds all their notes at once.
  for await (const document of sources.documents) {
    if (index > 0 && index % batch === 0) await nextTurn();
    index++;
    const { client } = document;
    increment(byStatus, client.status);
    increment(byAgeGroup, client.ageGroup ?? 'unknown');
    increment(byPhase, sources.currentPhase(document) ?? 'none');
    for (const contact of document.contacts) {
      increment(contactsByType, contact.type);
      if (inPeriod(localDate(new Date(contact.at)))) increment(contactsInPeriod, contact.type);
    }
    for (const referral of document.referrals) if (inPeriod(referral.plannedOn)) increment(referralsByStatus, referral.status);
  }
  await nextTurn();

  const sum = (counts: Map<unknown, number>) => [...counts.values()].reduce((total, count) => total + count, 0);
  const mean = (value: number | null) => (value === null ? '–' : decimal(value, language));
  // One questionnaire and pair of moments at a time: each scores every client's measurements.
  const scoreChanges: CaseloadSummaryModel['scoreChanges'][number][] = [];
  for (const scale of sources.scales) {
    for (const [fromMoment, toMoment] of comparedMoments) {
      const outcome = sources.caseloadChange(scale.id, fromMoment, toMoment);
      const moments = t('documents:caseloadSummary.momentsPair', { from: t(`measures:moments.${fromMoment}`), to: t(`measures:moments.${toMoment}`) });
      const row = { scale: scale.name[language], moments };
      if (!outcome.ok) scoreChanges.push({ ...row, n: 0, meanFrom: '–', meanTo: '–', meanChange: t('documents:caseloadSummary.notComparable') });
      else {
        const { total } = outcome;
        scoreChanges.push({
          ...row,
          n: total.n,
          meanFrom: mean(total.meanFrom),
          meanTo: mean(total.meanTo),
          meanChange: total.meanChange === null ? '–' : signedDecimal(total.meanChange, language),
        });
      }
      await nextTurn();
    }
  }

  const period =
    from !== undefined && to !== undefined
      ? t('documents:caseloadSummary.periodFromTo', { from: longDate(from, language), to: longDate(to, language) })
      : from !== undefined
        ? t('documents:caseloadSummary.periodFrom', { from: longDate(from, language) })
        : to !== undefined
          ? t('documents:caseloadSummary.periodTo', { to: longDate(to, language) })
          : t('documents:caseloadSummary.periodAll', { date: longDate(sources.today, language) });

  return {
    ...basics,
    period,
    clients: {
      total: index,
      byStatus: counted(clientStatuses, byStatus, (status) => t(`clients:status.${status}`)),
      byAgeGroup: counted([...ageGroups, 'unknown'] as const, byAgeGroup, (group) =>
        group === 'unknown' ? t('documents:caseloadSummary.unknownAgeGroup') : t(`clients:ageGroups.${group}`),
      ),
      byPhase: counted([...phaseIds, 'none'] as const, byPhase, (phase) =>
        phase === 'none' ? t('documents:caseloadSummary.noProgramme') : t(`directory:phases.${phase}`),
      ),
    },
    contacts: {
      total: sum(contactsByType),
      inPeriod: sum(contactsInPeriod),
      byType: contactTypes.map((type) => ({
        label: t(`contacts:types.${type}`),
        total: contactsByType.get(type) ?? 0,
        inPeriod: contactsInPeriod.get(type) ?? 0,
      })),
    },
    referrals: {
      inPeriod: sum(referralsByStatus),
      byStatus: counted(referralStatuses, referralsByStatus, (status) => t(`referrals:statuses.${status}`)),
    },
    scoreChanges,
  };
}
