import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';
import type { TemplateSession } from './session-draft';

function ExerciseItem({
  exercise,
  done,
  onToggle,
}: {
  exercise: Exercise;
  done: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const id = useId();
  const title = exercise.title[language];
  return (
    <li className={done ? 'exercise exercise-done' : 'exercise'}>
      <div className="exercise-head">
        <h3 className="exercise-title">{title}</h3>
        <span className="exercise-duration">{t('session.minutes', { count: exercise.durationMinutes })}</span>
      </div>
      <p className="multiline">{exercise.instructions[language]}</p>
      <label className="checkbox exercise-check" htmlFor={id}>
        <input id={id} type="checkbox" checked={done} onChange={(event) => onToggle(event.target.checked)} />
        {t('session.exerciseDone')}
        <span className="sr-only">:</span> <span className="sr-only">{title}</span>
      </label>
    </li>
  );
}

/**
 * The template's part of one session, to read during the conversation: the aim, why it matters,
 * the questions and the exercises (each with a "gedaan" tick), and the homework suggestion.
 */
export function SessionGuide({
  session,
  doneExercises,
  onToggleExercise,
  showGroupNote,
  exercisesHint,
  homeworkAgreed,
}: {
  session: TemplateSession;
  doneExercises: readonly string[];
  onToggleExercise: (exerciseId: string, checked: boolean) => void;
  showGroupNote: boolean;
  exercisesHint?: string;
  /** The field for the homework agreed, shown under the suggestion. */
  homeworkAgreed?: ReactNode;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const ids = { aim: useId(), questions: useId(), exercises: useId(), homework: useId() };
  return (
    <>
      <section className="card session-block" aria-labelledby={ids.aim}>
        <h2 id={ids.aim}>{t('session.aim')}</h2>
        <p className="session-aim multiline">{session.aim[language]}</p>
        <h3>{t('session.workerNote')}</h3>
        <p className="multiline">{session.workerNote[language]}</p>
        {showGroupNote && session.groupNote !== undefined && (
          <>
            <h3>{t('session.groupNote')}</h3>
            <p className="multiline">{session.groupNote[language]}</p>
          </>
        )}
      </section>
      <section className="card session-block" aria-labelledby={ids.questions}>
        <h2 id={ids.questions}>{t('session.questions')}</h2>
        <ol className="session-questions">
          {session.questions.map((question, index) => (
            <li key={index}>{question[language]}</li>
          ))}
        </ol>
      </section>
      <section className="card session-block" aria-labelledby={ids.exercises}>
        <h2 id={ids.exercises}>{t('session.exercises')}</h2>
        {exercisesHint !== undefined && <p className="field-hint">{exercisesHint}</p>}
        <ul className="exercise-list">
          {session.exercises.map((exercise) => (
            <ExerciseItem
              key={exercise.id}
              exercise={exercise}
              done={doneExercises.includes(exercise.id)}
              onToggle={(checked) => onToggleExercise(exercise.id, checked)}
            />
          ))}
        </ul>
      </section>
      <section className="card session-block" aria-labelledby={ids.homework}>
        <h2 id={ids.homework}>{t('session.homework')}</h2>
        <p className="multiline">{session.homework[language]}</p>
        <p className="muted">{t('session.handout', { code: session.handout })}</p>
        {homeworkAgreed}
      </section>
    </>
  );
}
