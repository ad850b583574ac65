import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Caseload – Verbind" in the window title and task bar, in the UI language. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation('common');
  const title = page === undefined ? t('appName') : t('documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
