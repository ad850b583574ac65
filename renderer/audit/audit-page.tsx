import { useTranslation } from 'react-i18next';

// Scaffold: replaced by the real page in this session.
export function AuditPage() {
  const { t } = useTranslation('audit');
  return <h1>{t('title')}</h1>;
}
