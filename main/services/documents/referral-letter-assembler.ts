import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import { scoreSeries } from '../../domain/measures/score-series';
import type { ProgrammeView } from '../programme/programme-service';
import type { ClientDocument } from '../storage/client-document';
import { longDate } from './document-format';
import type { DocumentBasics, Sender } from './document-letterhead';
import type { ReferralLetterModel } from './referral-letter-model';
import { scoreText } from './score-text';

export interface ReferralLetterSources {
  document: ClientDocument;
  referralId: string;
  includeScores: boolean;
  basics: DocumentBasics;
  sender: Sender;
  /** The client's programme as the programme tab shows it. */
  programme: ProgrammeView;
  scales: readonly ScaleDefinition[];
  t: TFunction;
}

/** The latest result of each questionnaire the client filled in, oldest scale first as the app lists them. */
function latestScores(sources: ReferralLetterSources): NonNullable<ReferralLetterModel['scores']> {
  const { language } = sources.basics;
  return sources.scales.flatMap((scale) => {
    const latest = scoreSeries(scale, sources.document.measurements)
      .points.filter((point) => point.scored && point.total.status !== 'incomplete')
      .at(-1);
    if (!latest?.scored) return [];
    return [{ scale: scale.name[language], takenOn: longDate(latest.takenOn, language), result: scoreText(latest.total, scale.total, language, sources.t) }];
  });
}

/**
 * The letter for one referral, holding only what the client agreed to share (the name always):
 * date of birth, address, phone, background, the programme and measurements each only when
 * their item is in the referral's consent.
 */
export function assembleReferralLetter(sources: ReferralLetterSources): ReferralLetterModel {
  const { document, t, basics } = sources;
  const { language } = basics;
  const referral = document.referrals.find((candidate) => candidate.id === sources.referralId);
  if (!referral) throw new ApiError('not_found', { messageKey: 'documents:errors.referralNotFound' });
  const shares = new Set(referral.share);
  const { client } = document;
  const { destination } = referral;

  const model: ReferralLetterModel = {
    ...basics,
    sender: sources.sender,
    receiver: {
      name: destination.name,
      kind: t(`directory:kinds.${destination.kind}`),
      contactPerson: destination.contactPerson,
      address: destination.address,
      phone: destination.phone,
      email: destination.email,
    },
    client: {
      name: t('common:fullName', { givenName: client.givenName, familyName: client.familyName }),
      dateOfBirth: shares.has('dateOfBirth') && client.dateOfBirth ? longDate(client.dateOfBirth, language) : undefined,
      address: shares.has('address') ? client.address : undefined,
      phone: shares.has('phone') ? client.phone : undefined,
    },
    reason: referral.reason,
    question: referral.question,
    background: shares.has('background') ? referral.background : undefined,
    consent: {
      on: longDate(referral.consentOn, language),
      shared: [t('documents:referralLetter.shareName'), ...referral.share.map((item) => t(`referrals:share.${item}`))],
    },
  };

  const { run, template, progress } = sources.programme;
  if (shares.has('programme') && run && template) {
    const phase = progress ? template.phases.find((candidate) => candidate.id === progress.currentPhase) : undefined;
    model.programme = {
      name: template.name[language],
      startedOn: longDate(run.startDate, language),
      currentPhase: phase?.name[language],
      sessionsDone: progress?.sessionsDone ?? 0,
      sessionsPlanned: progress?.sessionsPlanned ?? template.sessions.length,
    };
  }
  if (sources.includeScores && shares.has('measurements')) {
    const scores = latestScores(sources);
    if (scores.length > 0) model.scores = scores;
  }
  return model;
}
