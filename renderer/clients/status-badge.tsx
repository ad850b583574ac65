import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../main/api/api-types';

/** The status as words; the colour only supports the text, it never carries the meaning alone. */
export function StatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation('clients');
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
