import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvImportDone } from '../../main/api/api-types';
import { Link } from '../router/link';

/** What the import did, said once (focus moves here), with the ways on. */
export function ImportOutcome({ result, onAnother }: { result: CsvImportDone; onAnother: () => void }) {
  const { t } = useTranslation('import');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={headingRef} tabIndex={-1}>
        {t('done.title')}
      </h2>
      <p role="status">
        {t('done.imported', { count: result.imported })}
        {result.skipped > 0 && ` ${t('done.skipped', { count: result.skipped })}`}
      </p>
      <div className="button-row">
        <Link to={{ name: 'caseload' }} className="button button-primary">
          {t('done.toCaseload')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('done.another')}
        </button>
      </div>
    </section>
  );
}
