import { useTranslation } from 'react-i18next';

// Scaffold: replaced by the real page in this session.
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  return <h1>{t('title')}</h1>;
}
