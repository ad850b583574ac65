import type { i18n as I18n } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, PhaseProgress, ProgrammeRun, ProgrammeTemplate } from '../../main/api/api-types';
import { translateKey } from '../i18n/error-message';
import { currentLanguage } from '../i18n/i18n';
import { formatStress } from './programme-format';
import { phaseName, type PhaseId } from './session-draft';

type Guidance = PhaseProgress['guidance'][number];

/** A guidance message from the main process in words, with the phase and band named. */
export function guidanceText(i18n: I18n, guidance: Guidance, template: ProgrammeTemplate, language: Language): string {
  const params: Record<string, string | number> = { ...guidance.params };
  const { phase, band, stress } = guidance.params;
  if (typeof phase === 'string') params.phaseName = phaseName(template, phase as PhaseId, language);
  if (typeof band === 'string') params.bandName = i18n.t(`programme:bands.${band}`, { defaultValue: band });
  if (typeof stress === 'number') params.stress = formatStress(stress, language);
  return translateKey(i18n, guidance.key, 'internal', params);
}

/** "Spanning daalt: van 8 naar 6", or what is known so far. */
export function StressTrendText({ trend }: { trend: PhaseProgress['stressTrend'] }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const number = (value: number | undefined) => (value === undefined ? '' : formatStress(value, language));
  const text =
    trend.direction === 'unknown'
      ? trend.latest === undefined
        ? t('stress.trend.none')
        : t('stress.trend.single', { latest: number(trend.latest) })
      : t(`stress.trend.${trend.direction}`, { first: number(trend.first), latest: number(trend.latest) });
  return (
    <>
      <p className="stress-trend">{text}</p>
      <p className="field-hint">{t('stress.trend.explained')}</p>
    </>
  );
}

/**
 * The phases in order with the sessions done in each. The current phase is marked in words
 * ("Huidige fase") and with aria-current, the bar beside it only helps the eye.
 */
export function PhaseSteps({ template, run, progress }: { template: ProgrammeTemplate; run: ProgrammeRun; progress: PhaseProgress }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const attended = new Set(run.sessions.filter((record) => record.attendance === 'attended').map((record) => record.number));
  const phases = template.phases.filter((phase) => template.sessions.some((session) => session.phase === phase.id));
  const currentIndex = progress.currentPhase === 'aftercare' ? phases.length : phases.findIndex((phase) => phase.id === progress.currentPhase);
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('phaseProgress.title')}</h3>
      <ol className="phase-steps">
        {phases.map((phase, index) => {
          const sessions = template.sessions.filter((session) => session.phase === phase.id);
          const done = sessions.filter((session) => attended.has(session.number)).length;
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'later';
          return (
            <li key={phase.id} className={`phase-step phase-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="phase-step-name">{phase.name[language]}</span>
              <span className="phase-step-state">{t(`phaseProgress.${state}`)}</span>
              <span className="phase-step-count">{t('phaseProgress.sessionsDone', { done, planned: sessions.length })}</span>
            </li>
          );
        })}
      </ol>
      {progress.currentPhase === 'aftercare' ? (
        <p>{t('phaseProgress.aftercare')}</p>
      ) : (
        progress.nextSessionNumber !== undefined && <p>{t('phaseProgress.nextSession', { number: progress.nextSessionNumber })}</p>
      )}
      {progress.sessionsMissed > 0 && <p>{t('phaseProgress.missed', { count: progress.sessionsMissed })}</p>}
    </section>
  );
}

/** What the worker might weigh before the next session: a suggestion, never a block. */
export function GuidanceList({ template, progress }: { template: ProgrammeTemplate; progress: PhaseProgress }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  return (
    <section className={progress.guidance.length > 0 ? 'guidance guidance-active' : 'guidance'} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('guidance.title')}</h3>
      {progress.guidance.length === 0 ? (
        <p className="muted">{t('guidance.none')}</p>
      ) : (
        <ul className="guidance-list">
          {progress.guidance.map((guidance) => (
            <li key={guidance.key}>{guidanceText(i18n, guidance, template, language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
