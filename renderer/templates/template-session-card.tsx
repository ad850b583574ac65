import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeTemplate } from '../../main/api/api-types';
import type { ApiCallError } from '../api/api-client';
import { currentLanguage } from '../i18n/i18n';
import { SessionHandoutButton } from '../documents/session-handout-button';
import { ProblemAlert } from '../programme/problem-alert';
import { phaseName, type TemplateSession } from '../programme/session-draft';
import { EditableText, type SaveText } from './editable-text';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="template-part">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

/**
 * One session of a template with all its texts. In an organisation's own template every text has
 * "Bewerken", and the session can move up or down or be removed.
 */
export function TemplateSessionCard({
  template,
  session,
  index,
  editable,
  failure,
  buttonId,
  onSaveText,
  onMove,
  onRemove,
  onAddAfter,
}: {
  template: ProgrammeTemplate;
  session: TemplateSession;
  index: number;
  editable: boolean;
  failure: ApiCallError | undefined;
  /** The id of this session's move or remove button, for moving focus after a change. */
  buttonId: (action: 'up' | 'down', number: number) => string;
  onSaveText: SaveText;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
  /** Adds a session after this one, starting as a copy of it. */
  onAddAfter: () => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const at = (...rest: (string | number)[]) => ['sessions', index, ...rest];
  const text = (label: string, value: { nl: string; en: string }, path: (string | number)[]) => (
    <EditableText label={label} text={value} path={path} editable={editable} onSave={onSaveText} />
  );
  const last = index === template.sessions.length - 1;

  return (
    <section className="card template-session" aria-labelledby={titleId}>
      <div className="section-header">
        <div>
          <h3 id={titleId}>{t('template.sessionHeading', { number: session.number, title: session.title[language] })}</h3>
          <p className="muted">{t('template.sessionMeta', { week: session.week, phase: phaseName(template, session.phase, language) })}</p>
        </div>
        {editable && (
          <div className="button-row">
            <button
              id={buttonId('up', session.number)}
              type="button"
              className="button button-secondary button-small"
              aria-label={t('template.moveUpLabel', { number: session.number })}
              disabled={index === 0}
              onClick={() => onMove('up')}
            >
              {t('template.moveUp')}
            </button>
            <button
              id={buttonId('down', session.number)}
              type="button"
              className="button button-secondary button-small"
              aria-label={t('template.moveDownLabel', { number: session.number })}
              disabled={last}
              onClick={() => onMove('down')}
            >
              {t('template.moveDown')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('template.removeLabel', { number: session.number })}
              disabled={template.sessions.length === 1}
              onClick={onRemove}
            >
              {t('template.remove')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('template.addAfterLabel', { number: session.number })}
              onClick={onAddAfter}
            >
              {t('template.addAfter')}
            </button>
          </div>
        )}
      </div>
      {failure && <ProblemAlert error={failure} />}
      {editable && <Part title={t('fields.title')}>{text(t('fields.title'), session.title, at('title'))}</Part>}
      <Part title={t('fields.aim')}>{text(t('fields.aim'), session.aim, at('aim'))}</Part>
      <Part title={t('fields.workerNote')}>{text(t('fields.workerNote'), session.workerNote, at('workerNote'))}</Part>
      <Part title={t('fields.questions')}>
        <ol className="template-questions">
          {session.questions.map((question, questionIndex) => (
            <li key={questionIndex}>{text(t('fields.question', { number: questionIndex + 1 }), question, at('questions', questionIndex))}</li>
          ))}
        </ol>
      </Part>
      <Part title={t('fields.exercises')}>
        <ul className="template-exercises">
          {session.exercises.map((exercise, exerciseIndex) => (
            <li key={exercise.id}>
              <h5>{t('template.exercise', { title: exercise.title[language], minutes: exercise.durationMinutes })}</h5>
              {editable &&
                text(`${exercise.title[language]} – ${t('fields.title')}`, exercise.title, at('exercises', exerciseIndex, 'title'))}
              {text(`${exercise.title[language]} – ${t('fields.instructions')}`, exercise.instructions, at('exercises', exerciseIndex, 'instructions'))}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('fields.homework')}>{text(t('fields.homework'), session.homework, at('homework'))}</Part>
      {session.groupNote !== undefined && <Part title={t('fields.groupNote')}>{text(t('fields.groupNote'), session.groupNote, at('groupNote'))}</Part>}
      <div className="button-row">
        <p className="muted">{t('session.handout', { code: session.handout })}</p>
        <SessionHandoutButton template={template} session={session.number} version={template.version} />
      </div>
    </section>
  );
}
