import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { formatDateTime } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { formatSize } from './format-size';

export type BackupSummary = CallOutput<'backups.list'>['backups'][number];

/** One backup: when, why, how many clients, how large, whether it can be restored. */
export function BackupRow({ backup, busy, onRestore }: { backup: BackupSummary; busy: boolean; onRestore: (backup: BackupSummary) => void }) {
  const { t, i18n } = useTranslation('backups');
  const language = currentLanguage(i18n);
  const date = formatDateTime(backup.createdAt, language);
  const complete = backup.state === 'complete';
  // In the button's name too: a daily and a manual backup can share the same minute.
  const reason = t(`reason.${backup.reason ?? 'unknown'}`);
  return (
    <tr className={complete ? undefined : 'backup-damaged'}>
      <th scope="row">
        <time dateTime={backup.createdAt}>{date}</time>
      </th>
      <td>{reason}</td>
      <td>{backup.clientCount ?? '—'}</td>
      <td>{backup.bytes === undefined ? '—' : formatSize(backup.bytes, language)}</td>
      <td>{complete ? t('state.complete') : <strong>{t('state.damaged')}</strong>}</td>
      <td>
        {complete && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            aria-label={t('restore.buttonLabel', { date, reason })}
            onClick={() => onRestore(backup)}
          >
            {t('restore.button')}
          </button>
        )}
      </td>
    </tr>
  );
}
