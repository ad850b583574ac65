import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The file input (keyboard: Tab to it, Enter or Space opens the dialog) inside a zone that also
 * takes a dropped file. Only the first file counts. `hint` replaces the caseload import's hint (its size limit).
 */
export function FileDrop({ onFile, disabled, hint }: { onFile: (file: File) => void; disabled: boolean; hint?: string | undefined }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!disabled && file) onFile(file);
  };

  return (
    <div
      className={over ? 'file-drop file-drop-over' : 'file-drop'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="field-label-large">
        {t('file.label')}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint ?? t('file.hint')}
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="file-input"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it in Excel) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
