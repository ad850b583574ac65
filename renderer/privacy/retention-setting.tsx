import { useTranslation } from 'react-i18next';
import { NumberPreferenceForm } from '../settings/number-preference-form';

/** How many months closed files are kept; saving it refreshes the list of files due. */
export function RetentionSetting({ initial, onSaved }: { initial: number; onSaved: (months: number) => void }) {
  const { t } = useTranslation('privacy');
  return (
    <NumberPreferenceForm
      preference="retentionMonths"
      initial={initial}
      min={1}
      max={240}
      texts={{
        before: t('page.monthsBefore'),
        after: t('page.monthsAfter'),
        hint: t('page.monthsHint'),
        save: t('page.save'),
        saving: t('page.saving'),
        saved: t('page.saved'),
      }}
      onSaved={onSaved}
    />
  );
}
