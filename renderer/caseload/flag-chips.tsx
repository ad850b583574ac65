import { useTranslation } from 'react-i18next';
import type { ClientFlag } from '../../main/api/api-types';

/** Risk and attention flags as words in chips: the text carries the meaning, not the colour. */
export function FlagChips({ flags, className }: { flags: readonly ClientFlag[]; className?: string }) {
  const { t } = useTranslation(['caseload', 'clients']);
  if (flags.length === 0) return null;
  const labels = flags.map((flag) => t(`clients:flags.${flag}`));
  return (
    <ul className={className === undefined ? 'chips' : `chips ${className}`} aria-label={t('flagsLabel')} title={labels.join(', ')}>
      {labels.map((label, index) => (
        <li key={flags[index]} className="chip">
          {label}
        </li>
      ))}
    </ul>
  );
}
