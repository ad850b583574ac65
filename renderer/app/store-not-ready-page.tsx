import { useTranslation } from 'react-i18next';
import type { AppStatus } from './app-start';

type NotReady = Exclude<AppStatus['store'], 'ready'>;

const messages = {
  newer_version: ['store.newerVersion', 'store.newerVersionAction'],
  locked: ['store.locked', 'store.lockedAction'],
  unavailable: ['store.unavailable', 'store.unavailableAction'],
} as const satisfies Record<NotReady, readonly [string, string]>;

/** Instead of an empty caseload: why it cannot be opened, that nothing was lost, and what to do. */
export function StoreNotReadyPage({ store, dataDir }: { store: NotReady; dataDir: string }) {
  const { t } = useTranslation('common');
  const [explanation, action] = messages[store];
  return (
    <main className="start-page">
      <div className="card start-card">
        <h1>{t('store.title')}</h1>
        <p>{t(explanation)}</p>
        <p>{t(action)}</p>
        <dl className="details details-compact">
          <dt>{t('store.dataFolder')}</dt>
          <dd className="path">{dataDir}</dd>
        </dl>
      </div>
    </main>
  );
}
