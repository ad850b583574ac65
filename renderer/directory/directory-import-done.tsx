import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportDone as ImportResult } from '../../main/api/api-types';

/** What the import did, said once (focus moves here). */
export function DirectoryImportDone({ result, onAnother, onClose }: { result: ImportResult; onAnother: () => void; onClose: () => void }) {
  const { t } = useTranslation('directory');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const skipped = [
    result.skippedDuplicates > 0 ? t('csvImport.skippedDuplicates', { count: result.skippedDuplicates }) : undefined,
    result.skippedInvalid > 0 ? t('csvImport.skippedInvalid', { count: result.skippedInvalid }) : undefined,
  ].filter((part): part is string => part !== undefined);
  return (
    <>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('csvImport.doneTitle')}
      </h3>
      <p role="status">{[t('csvImport.added', { count: result.added }), ...skipped].join(' ')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('csvImport.another')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('csvImport.close')}
        </button>
      </div>
    </>
  );
}
