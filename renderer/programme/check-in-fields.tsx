import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceChoices, type Attendance } from './session-draft';

const levels = Array.from({ length: 11 }, (_, level) => level);

/**
 * The 0–10 stress thermometer as one radio group: arrow keys move along it, the ends say what they
 * mean ("0 helemaal rustig", "10 extreem gespannen"). A score at or above the organisation's
 * "still high" threshold is said in words, not shown by colour alone.
 */
export function StressField({
  legend,
  value,
  threshold,
  onChange,
}: {
  legend: string;
  value: number | undefined;
  threshold: number;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const id = useId();
  const hintId = `${id}-hint`;
  const high = value !== undefined && value >= threshold;
  return (
    <fieldset className="stress-field" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {/* Said once for screen readers; the eye reads the ends under the scale. */}
      <p id={hintId} className="sr-only">
        {t('stress.scaleHint')}
      </p>
      <div className="stress-scale">
        {levels.map((level) => (
          <label key={level} className="stress-option">
            <input type="radio" name={id} value={level} checked={value === level} onChange={() => onChange(level)} />
            {level}
            {/* The ends carry their meaning in the name ("0 helemaal rustig"); the eye reads it below the scale. */}
            {level === 0 && (
              <>
                {' '}
                <span className="sr-only">{t('stress.minWords')}</span>
              </>
            )}
            {level === 10 && (
              <>
                {' '}
                <span className="sr-only">{t('stress.maxWords')}</span>
              </>
            )}
          </label>
        ))}
      </div>
      <div className="stress-ends" aria-hidden="true">
        <span>{t('stress.min')}</span>
        <span>{t('stress.max')}</span>
      </div>
      <div className="stress-after">
        {value === undefined ? (
          <p className="muted">{t('stress.notFilledIn')}</p>
        ) : (
          <button type="button" className="button-link" aria-label={t('stress.clearLabel', { field: legend })} onClick={() => onChange(undefined)}>
            {t('stress.clear')}
          </button>
        )}
        {high && <p className="stress-high">{t('stress.stillHigh', { value, threshold })}</p>}
      </div>
    </fieldset>
  );
}

/** A compact 0–10 choice for one row of a group session. */
export function StressSelect({
  label,
  value,
  threshold,
  onChange,
}: {
  label: ReactNode;
  value: number | undefined;
  threshold: number;
  onChange: (value: number | undefined) => void;
}) {
  const { t } = useTranslation('programme');
  const id = useId();
  const high = value !== undefined && value >= threshold;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value === undefined ? '' : String(value)}
        aria-describedby={high ? `${id}-high` : undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        <option value="">{t('stress.notFilledIn')}</option>
        {levels.map((level) => (
          <option key={level} value={level}>
            {level === 0 ? t('stress.min') : level === 10 ? t('stress.max') : String(level)}
          </option>
        ))}
      </select>
      {high && (
        <p id={`${id}-high`} className="stress-high">
          {t('stress.stillHigh', { value, threshold })}
        </p>
      )}
    </div>
  );
}

/** Aanwezig / Afgezegd / Niet verschenen. `legend` may hold a hidden part (whose attendance). */
export function AttendanceField({
  legend,
  value,
  onChange,
  compact = false,
}: {
  legend: ReactNode;
  value: Attendance | undefined;
  onChange: (value: Attendance) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation('programme');
  const id = useId();
  return (
    <fieldset className={compact ? 'radio-group attendance-field attendance-compact' : 'radio-group attendance-field'}>
      <legend>{legend}</legend>
      <div className="attendance-options">
        {attendanceChoices.map((choice) => (
          <label key={choice} className="radio">
            <input type="radio" name={id} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {t(`attendance.${choice}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
