import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurementMoment, ScaleDefinition, ScoredMeasurement } from '../../main/api/api-types';
import { measurementMoments } from '../../main/domain/measures/measurement-moments';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../components/error-alert';
import { translateKey } from '../i18n/error-message';
import { todayIso } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { suggestMoment } from './moment-suggestion';
import { ScaleItems, type DraftAnswers } from './scale-items';
import { translationNoteFor } from './scale-text';

interface QuestionnaireFormProps {
  clientId: string;
  scales: readonly ScaleDefinition[];
  /** The client's measurements so far, to suggest the moment. */
  taken: ReadonlyArray<{ scaleId: string; moment: MeasurementMoment }>;
  labelledBy: string;
  onSaved: (saved: ScoredMeasurement) => void;
  onCancel: () => void;
}

type Field = 'takenOn' | 'note';

interface SaveState {
  saving: boolean;
  issues: Partial<Record<Field, string>>;
  /** A refusal about the answers or the scale, in words. */
  problem?: string | undefined;
  error?: ApiCallError | undefined;
}

/**
 * One questionnaire filled in with the client: which scale, for which moment and on which day, then
 * the scale's items exactly as published with the source under them. Unanswered items are allowed;
 * the main process scores and stores the raw answers.
 */
export function QuestionnaireForm({ clientId, scales, taken, labelledBy, onSaved, onCancel }: QuestionnaireFormProps) {
  const { t, i18n } = useTranslation('measures');
  const language = currentLanguage(i18n);
  const api = useApi();
  const id = useId();
  const scaleRef = useRef<HTMLSelectElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const itemsRef = useRef<HTMLDivElement>(null);
  const firstScale = scales[0];
  const [scaleId, setScaleId] = useState(firstScale?.id ?? '');
  const [moment, setMoment] = useState<MeasurementMoment>(() => suggestMoment(taken, firstScale?.id ?? ''));
  const [momentChosen, setMomentChosen] = useState(false);
  const [takenOn, setTakenOn] = useState(() => todayIso());
  const [note, setNote] = useState('');
  // Kept per scale: looking at another scale and back loses nothing, and answers never cross scales.
  const [answersByScale, setAnswersByScale] = useState<Readonly<Record<string, DraftAnswers>>>({});
  const [state, setState] = useState<SaveState>({ saving: false, issues: {} });
  const focusIssue = useRef(false);

  useEffect(() => scaleRef.current?.focus(), []);
  useEffect(() => {
    if (!focusIssue.current) return;
    focusIssue.current = false;
    if (state.issues.takenOn !== undefined) dateRef.current?.focus();
    else if (state.issues.note !== undefined) noteRef.current?.focus();
  }, [state.issues]);

  const definition = scales.find((scale) => scale.id === scaleId) ?? firstScale;
  if (definition === undefined) return null;
  const answers = answersByScale[definition.id] ?? {};
  const answered = definition.items.filter((item) => (answers[item.id] ?? null) !== null).length;
  const translationNote = translationNoteFor(definition, language);

  const chooseScale = (next: string) => {
    setScaleId(next);
    if (!momentChosen) setMoment(suggestMoment(taken, next));
  };

  const answer = (itemId: string, value: string | null) => {
    setAnswersByScale((current) => ({ ...current, [definition.id]: { ...(current[definition.id] ?? {}), [itemId]: value } }));
    if (state.problem !== undefined) setState((current) => ({ ...current, problem: undefined }));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answered === 0) {
      // Nothing answered is a slip, not a measurement: say so and go to the first question.
      setState({ saving: false, issues: {}, problem: t('form.noAnswers') });
      itemsRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setState({ saving: true, issues: {} });
    try {
      const saved = await api.call('measures.record', {
        clientId,
        scaleId: definition.id,
        moment,
        takenOn,
        // Every item, an open one as null: the stored answers say what was left open.
        answers: Object.fromEntries(definition.items.map((item) => [item.id, answers[item.id] ?? null])),
        ...(note.trim() === '' ? {} : { note }),
      });
      onSaved(saved);
    } catch (caught) {
      const error = toApiCallError(caught);
      const issues: SaveState['issues'] = {};
      let problem: string | undefined;
      for (const issue of error.issues) {
        const field = issue.path[0];
        const text = translateKey(i18n, issue.messageKey, 'invalidInput');
        if (field === 'takenOn' || field === 'note') issues[field] ??= text;
        else problem ??= text;
      }
      focusIssue.current = true;
      const handled = Object.keys(issues).length > 0 || problem !== undefined;
      setState({ saving: false, issues, problem, error: handled ? undefined : error });
    }
  };

  const fieldClass = (field: Field) => (state.issues[field] === undefined ? 'field' : 'field field-invalid');
  const errorId = (field: Field) => `${id}-${field}-error`;
  const fieldError = (field: Field) =>
    state.issues[field] !== undefined && (
      <p id={errorId(field)} className="field-error">
        {state.issues[field]}
      </p>
    );

  return (
    <form className="questionnaire-form" aria-labelledby={labelledBy} noValidate onSubmit={(event) => void save(event)}>
      <div className="questionnaire-setup">
        <div className="field">
          <label htmlFor={`${id}-scale`}>{t('form.scale')}</label>
          <select ref={scaleRef} id={`${id}-scale`} className="input" value={definition.id} onChange={(event) => chooseScale(event.target.value)}>
            {scales.map((scale) => (
              <option key={scale.id} value={scale.id}>
                {scale.name[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-moment`}>{t('form.moment')}</label>
          <select
            id={`${id}-moment`}
            className="input"
            value={moment}
            onChange={(event) => {
              setMoment(event.target.value as MeasurementMoment);
              setMomentChosen(true);
            }}
          >
            {measurementMoments.map((option) => (
              <option key={option} value={option}>
                {t(`moments.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldClass('takenOn')}>
          <label htmlFor={`${id}-date`}>{t('form.takenOn')}</label>
          {fieldError('takenOn')}
          <input
            ref={dateRef}
            id={`${id}-date`}
            className="input input-date"
            type="date"
            value={takenOn}
            aria-invalid={state.issues.takenOn !== undefined}
            aria-describedby={state.issues.takenOn === undefined ? undefined : errorId('takenOn')}
            onChange={(event) => setTakenOn(event.target.value)}
          />
        </div>
      </div>

      <section className="scale-sheet" aria-labelledby={`${id}-name`}>
        <h3 id={`${id}-name`}>{definition.name[language]}</h3>
        <p className="usage-note">{definition.usageNote[language]}</p>
        {translationNote !== undefined && (
          <div className="translation-note" id={`${id}-translation`}>
            <p className="translation-note-label">{translationNote}</p>
            <p className="field-hint">{t('form.translationExplained')}</p>
          </div>
        )}
        <p className="field-hint">{t('form.openAllowed')}</p>
        <div ref={itemsRef}>
          <ScaleItems definition={definition} language={language} answers={answers} onAnswer={answer} />
        </div>
        <p className="answered-count">{t('form.answered', { answered, of: definition.items.length })}</p>
        <p className="scale-source">
          {t('form.source')} <cite>{definition.source}</cite>
        </p>
      </section>

      <div className={fieldClass('note')}>
        <label htmlFor={`${id}-note`}>{t('form.note')}</label>
        {fieldError('note')}
        <textarea
          ref={noteRef}
          id={`${id}-note`}
          className="input"
          rows={3}
          value={note}
          aria-invalid={state.issues.note !== undefined}
          aria-describedby={state.issues.note === undefined ? undefined : errorId('note')}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>

      {state.problem !== undefined && (
        <div className="alert alert-error" role="alert">
          <p>{state.problem}</p>
        </div>
      )}
      {state.error && <ErrorAlert error={state.error} />}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={state.saving}>
          {state.saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
