import { useTranslation } from 'react-i18next';
import { NumberPreferenceForm } from '../settings/number-preference-form';
import { useAppLock } from './app-lock-context';

/**
 * After how many idle minutes Verbind locks. Saved on its own (not with the other work settings) so
 * the open session's idle timer can follow the new value at once.
 */
export function LockAfterMinutesForm({ initial }: { initial: number }) {
  const { t } = useTranslation('security');
  const appLock = useAppLock();
  return (
    <NumberPreferenceForm
      preference="lockAfterMinutes"
      initial={initial}
      min={1}
      max={120}
      texts={{
        before: t('lockAfter.before'),
        after: t('lockAfter.after'),
        hint: t('lockAfter.hint'),
        save: t('lockAfter.save'),
        saving: t('lockAfter.saving'),
        saved: t('lockAfter.saved'),
      }}
      onSaved={(minutes) => appLock?.lockAfterMinutesChanged(minutes)}
    />
  );
}
