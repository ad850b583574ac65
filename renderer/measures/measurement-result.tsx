import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition, ScoredMeasurement } from '../../main/api/api-types';
import { formatDate } from '../i18n/formatting';
import { itemText, itemsRange, optionLabel } from './scale-text';
import { useScoreWords } from './score-words';

interface MeasurementResultProps {
  result: ScoredMeasurement;
  definition: ScaleDefinition | undefined;
  /** Move focus to this result's heading (just saved). */
  focus: boolean;
  onDelete: () => void;
}

/** The heading of a result: "2 maart 2025 · Intake · De Jong Gierveld-eenzaamheidsschaal (11 items)". */
export function useResultTitle() {
  const { t } = useTranslation('measures');
  const { language } = useScoreWords();
  return (result: ScoredMeasurement, definition: ScaleDefinition | undefined) => ({
    date: formatDate(result.measurement.takenOn, language),
    moment: t(`moments.${result.measurement.moment}`),
    scale: definition?.name[language] ?? t('results.unknownScale', { id: result.measurement.scaleId }),
  });
}

/** One filled-in questionnaire: when, which moment and scale; the total and subscales in words; the answers. */
export function MeasurementResult({ result, definition, focus, onDelete }: MeasurementResultProps) {
  const { t } = useTranslation('measures');
  const { describe, language } = useScoreWords();
  const title = useResultTitle()(result, definition);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { measurement, score } = result;

  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  return (
    <article className="measure-result" aria-labelledby={headingId}>
      <h3 ref={headingRef} id={headingId} tabIndex={-1} className="measure-result-heading">
        {t('results.heading', title)}
      </h3>
      {score.ok ? (
        <dl className="details details-compact score-lines">
          <div className="score-line">
            <dt>{t('score.total')}</dt>
            <dd className="score-total">{describe(score.total, definition?.total)}</dd>
          </div>
          {(definition?.subscales ?? []).map((subscale) => {
            const subscore = score.subscales[subscale.id];
            return subscore === undefined ? null : (
              <div key={subscale.id} className="score-line">
                <dt>{subscale.name[language]}</dt>
                <dd>{describe(subscore, definition === undefined ? undefined : itemsRange(definition, subscale.items))}</dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p className="score-total">{t('score.notScored')}</p>
      )}
      {measurement.note !== undefined && (
        <p className="measure-note">
          <span className="measure-note-label">{t('results.note')}:</span> {measurement.note}
        </p>
      )}
      {definition !== undefined && (
        <details className="measure-answers">
          <summary>{t('results.answers')}</summary>
          <ol>
            {definition.items.map((item) => {
              const shown = itemText(item, language);
              const value = measurement.answers[item.id] ?? null;
              return (
                <li key={item.id} value={item.number}>
                  <span lang={shown.language === language ? undefined : shown.language}>{shown.text}</span>{' '}
                  <strong>{value === null ? t('results.noAnswer') : (optionLabel(definition, value, language) ?? value)}</strong>
                </li>
              );
            })}
          </ol>
        </details>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary button-danger-outline" onClick={onDelete}>
          {t('results.delete')}
        </button>
      </div>
    </article>
  );
}
