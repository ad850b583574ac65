import type { TFunction } from 'i18next';
import { ApiError } from '../../api/errors';
import type { PhaseId, ProgrammeTemplate, Session } from '../../domain/programme/programme-template';
import type { DocumentBasics } from './document-letterhead';
import type { HandoutModel, HandoutSection } from './handout-model';

export type HandoutScope = { by: 'session'; session: number } | { by: 'phase'; phase: PhaseId };

export interface HandoutSources {
  template: ProgrammeTemplate;
  scope: HandoutScope;
  largeType: boolean;
  basics: DocumentBasics;
  t: TFunction;
}

/**
 * A handout from a programme template: one session, or every session of a phase. The worker's
 * notes in the template (why a session matters, how to run it in a group) stay out; the client
 * gets the aim, the exercises, the homework and the questions to think about.
 */
export function assembleHandout(sources: HandoutSources): HandoutModel {
  const { template, scope, t, basics } = sources;
  const { language } = basics;
  const phaseOf = (id: PhaseId) => template.phases.find((phase) => phase.id === id);
  const phaseName = (id: PhaseId) => phaseOf(id)?.name[language] ?? t(`directory:phases.${id}`);

  const sessionSection = (session: Session): HandoutSection => ({
    heading: t('documents:handout.sessionHeading', { number: session.number, title: session.title[language] }),
    phaseName: phaseName(session.phase),
    aim: session.aim[language],
    exercises: session.exercises.map((exercise) => ({
      title: exercise.title[language],
      minutes: exercise.durationMinutes,
      instructions: exercise.instructions[language],
    })),
    homework: session.homework[language],
    questions: session.questions.map((question) => question[language]),
  });

  const model: HandoutModel = { ...basics, largeType: sources.largeType, programmeName: template.name[language], sections: [] };
  if (scope.by === 'session') {
    const session = template.sessions.find((candidate) => candidate.number === scope.session);
    if (!session) throw new ApiError('not_found', { messageKey: 'documents:errors.sessionNotFound' });
    return { ...model, sections: [sessionSection(session)] };
  }

  const phase = phaseOf(scope.phase);
  const sessions = template.sessions.filter((session) => session.phase === scope.phase);
  // Aftercare usually has check-ins instead of sessions: each becomes a page of its own.
  const checkIns: HandoutSection[] =
    scope.phase === 'aftercare'
      ? (template.aftercare ?? []).map((checkIn) => ({
          heading: t('documents:handout.checkInHeading', { weeks: checkIn.weeksAfterEnd }),
          phaseName: phaseName('aftercare'),
          aim: checkIn.focus[language],
          exercises: [],
          questions: checkIn.questions.map((question) => question[language]),
        }))
      : [];
  if (!phase || sessions.length + checkIns.length === 0) throw new ApiError('not_found', { messageKey: 'documents:errors.phaseNotFound' });
  return {
    ...model,
    phase: { name: phase.name[language], purpose: phase.purpose[language] },
    sections: [...sessions.map(sessionSection), ...checkIns],
  };
}
