import { useTranslation } from 'react-i18next';

// Scaffold: replaced by the real page in this session.
export function BackupsPage() {
  const { t } = useTranslation('backups');
  return <h1>{t('title')}</h1>;
}
