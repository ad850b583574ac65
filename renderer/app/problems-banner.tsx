import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RestoreOffer, useRestoreOffers } from '../backups/restore-offer';
import { Link } from '../router/link';
import type { AppStatus } from './app-start';

/**
 * Damaged files the store set aside at start: how many, and where they are now, so the worker
 * knows nothing was deleted and can ask for help.
 */
export function ProblemsBanner({
  problems,
  dataDir,
  onDismiss,
}: {
  problems: AppStatus['problems'];
  dataDir: string;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const offers = useRestoreOffers();
  return (
    <section className="banner banner-warning" role="alert" aria-labelledby={titleId}>
      <div className="banner-text">
        <h2 id={titleId}>{t('problems.title', { count: problems.length })}</h2>
        <p>{t('problems.body', { count: problems.length })}</p>
        <ul className="problem-list">
          {problems.map((problem) => (
            <li key={`${problem.file}|${problem.at}`} className="path">
              {problem.movedTo === undefined
                ? t('problems.keptInPlace', { file: problem.file })
                : t('problems.movedTo', { file: problem.file, movedTo: problem.movedTo })}
              <RestoreOffer file={problem.file} offers={offers} />
            </li>
          ))}
        </ul>
        <p className="banner-folder">{t('problems.inDataFolder', { path: dataDir })}</p>
        <p>
          <Link to={{ name: 'backups' }}>{t('problems.toBackups')}</Link>
        </p>
      </div>
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}
