import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberPreferenceForm } from '../settings/number-preference-form';

/** How many backups to keep (1–90): older ones are removed at the next daily check. */
export function BackupKeepForm({ initial, onSaved }: { initial: number; onSaved: () => void }) {
  const { t } = useTranslation('backups');
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keep.title')}</h2>
      <NumberPreferenceForm
        preference="backupKeep"
        initial={initial}
        min={1}
        max={90}
        texts={{
          before: t('keep.before'),
          after: t('keep.after'),
          hint: t('keep.hint'),
          save: t('keep.save'),
          saving: t('keep.saving'),
          saved: t('keep.saved'),
        }}
        onSaved={onSaved}
      />
    </section>
  );
}
