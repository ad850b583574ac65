import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { currentLanguage } from '../i18n/i18n';
import { ProblemAlert } from '../programme/problem-alert';

export type TextPath = (string | number)[];
export type SaveText = (path: TextPath, language: Language, value: string) => Promise<void>;

const languages: readonly Language[] = ['nl', 'en'];

/**
 * One text of a template, shown in the UI language. In an organisation's own template "Bewerken"
 * opens both languages in place; only the changed ones are saved, each as one `editTemplate`.
 */
export function EditableText({
  label,
  text,
  path,
  editable,
  onSave,
  className,
}: {
  /** What this text is ("Doel", "Vraag 2"): names the edit button and the editor. */
  label: string;
  text: { nl: string; en: string };
  path: TextPath;
  editable: boolean;
  onSave: SaveText;
  className?: string;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const id = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(text);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) firstRef.current?.focus();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const open = () => {
    setValues(text);
    setFailure(undefined);
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      for (const lang of languages) {
        if (values[lang] !== text[lang]) await onSave(path, lang, values[lang]);
      }
      setEditing(false);
    } catch (error) {
      setFailure(toApiCallError(error));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      setEditing(false);
    }
  };

  if (editing) {
    // The UI language first: that is the text the worker was reading.
    const ordered = language === 'nl' ? languages : [...languages].reverse();
    return (
      <form className="editable-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
        <fieldset className="editable-fieldset">
          <legend>{t('template.editLabel', { field: label })}</legend>
          {ordered.map((lang, index) => (
            <div key={lang} className="field">
              <label htmlFor={`${id}-${lang}`}>{lang === 'nl' ? t('template.editNl') : t('template.editEn')}</label>
              <textarea
                ref={index === 0 ? firstRef : undefined}
                id={`${id}-${lang}`}
                lang={lang}
                className="input"
                rows={Math.min(8, Math.max(2, Math.ceil(values[lang].length / 80)))}
                value={values[lang]}
                onChange={(event) => setValues((previous) => ({ ...previous, [lang]: event.target.value }))}
              />
            </div>
          ))}
        </fieldset>
        {failure && <ProblemAlert error={failure} />}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('template.saving') : t('template.save')}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setEditing(false)}>
            {t('template.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className={className === undefined ? 'editable-text' : `editable-text ${className}`}>
      <span className="multiline">{text[language]}</span>
      {editable && (
        <button ref={editRef} type="button" className="button-link edit-button" aria-label={t('template.editLabel', { field: label })} onClick={open}>
          {t('template.edit')}
        </button>
      )}
    </div>
  );
}
