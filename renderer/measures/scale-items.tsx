import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ScaleDefinition } from '../../main/api/api-types';
import { itemText, publishedText } from './scale-text';

export type DraftAnswers = Readonly<Record<string, string | null>>;

interface ScaleItemsProps {
  definition: ScaleDefinition;
  language: Language;
  answers: DraftAnswers;
  onAnswer: (itemId: string, value: string | null) => void;
}

/**
 * The scale's items in the order they are asked, each exactly as the definition holds it and each a
 * radio group named by its text: Tab goes from group to group, arrow keys choose within one (the
 * browser's own radio behaviour). An answer can be cleared: a question may stay open.
 */
export function ScaleItems({ definition, language, answers, onAnswer }: ScaleItemsProps) {
  const { t } = useTranslation('measures');
  const baseId = useId();
  const radioId = (itemId: string, index: number) => `${baseId}-${itemId}-${index}`;

  return (
    <ol className="scale-items" aria-label={t('form.itemsLabel', { scale: definition.name[language] })}>
      {definition.items.map((item) => {
        const shown = itemText(item, language);
        const published = publishedText(item, shown);
        const answer = answers[item.id] ?? null;
        const originalId = `${baseId}-${item.id}-original`;
        return (
          <li key={item.id} value={item.number} className="scale-item">
            {/* The list already tells assistive technology "1 of 11"; the number is for the eye. */}
            <span className="scale-item-number" aria-hidden="true">
              {item.number}.
            </span>
            <fieldset className="scale-item-group" aria-describedby={published === undefined ? undefined : originalId}>
              <legend lang={shown.language === language ? undefined : shown.language}>{shown.text}</legend>
              {published !== undefined && (
                <p id={originalId} className="scale-item-original">
                  {t('form.original')} <span lang={published.language}>{published.text}</span>
                </p>
              )}
              <div className="answer-options">
                {definition.answerOptions.map((option, index) => (
                  <label key={option.value} className="radio answer-option">
                    <input
                      id={radioId(item.id, index)}
                      type="radio"
                      name={`${baseId}-${item.id}`}
                      value={option.value}
                      checked={answer === option.value}
                      onChange={() => onAnswer(item.id, option.value)}
                    />
                    {option.label[language]}
                  </label>
                ))}
                {answer !== null && (
                  <button
                    type="button"
                    className="button-link clear-answer"
                    aria-label={t('form.clearItem', { number: item.number })}
                    onClick={() => {
                      onAnswer(item.id, null);
                      // The button goes with the answer; continue in the same group.
                      document.getElementById(radioId(item.id, 0))?.focus();
                    }}
                  >
                    {t('form.clear')}
                  </button>
                )}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
