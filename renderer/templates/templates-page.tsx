import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { currentLanguage } from '../i18n/i18n';
import { GroupsSection } from '../programme/groups-section';
import '../programme/programme.css';
import { orderTemplates } from '../programme/start-programme-form';
import { Link } from '../router/link';
import { ImportTemplate } from './import-template';
import './templates.css';

/**
 * `#/programmes`: the templates (built-in and the organisation's own) with a way to import one,
 * and the running groups with "Groep starten".
 */
export function TemplatesPage() {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const listId = useId();
  const templates = useCall('programme.templates', {});
  useDocumentTitle(t('templatesPage.title'));
  const ordered = orderTemplates(templates.value ?? [], language);

  return (
    <>
      <div className="page-header">
        <h1>{t('templatesPage.title')}</h1>
      </div>
      <p className="page-intro">{t('templatesPage.intro')}</p>
      <section className="card" aria-labelledby={listId}>
        <h2 id={listId}>{t('templatesPage.listTitle')}</h2>
        {templates.status === 'error' && <ErrorAlert error={templates.error} onRetry={templates.reload} />}
        {templates.value === undefined && templates.status === 'loading' && <p className="muted">{t('templatesPage.loading')}</p>}
        {templates.value !== undefined && (
          <table className="table template-table" aria-labelledby={listId}>
            <thead>
              <tr>
                <th scope="col">{t('templatesPage.name')}</th>
                <th scope="col">{t('templatesPage.sessions')}</th>
                <th scope="col">{t('templatesPage.mode')}</th>
                <th scope="col">{t('templatesPage.origin')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((template) => (
                <tr key={template.id}>
                  <th scope="row">
                    <Link to={{ name: 'programmeTemplate', id: template.id }}>{template.name[language]}</Link>
                  </th>
                  <td>{template.sessionCount}</td>
                  <td>{t(`modes.${template.mode}`)}</td>
                  <td>
                    <span className={`badge origin-${template.origin}`}>{t(`origins.${template.origin}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ImportTemplate onImported={templates.reload} />
      </section>
      <GroupsSection />
    </>
  );
}
