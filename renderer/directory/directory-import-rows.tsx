import { useTranslation } from 'react-i18next';
import type { DirectoryImportRow, FieldIssue } from '../../main/api/api-types';
import { translateKey } from '../i18n/error-message';
import { serviceFormFields, type ServiceFormField } from './service-form-values';

function issueField(issue: FieldIssue): ServiceFormField | undefined {
  return serviceFormFields.find((field) => issue.path.includes(field));
}

/** Why a row is not added, in words: "E-mail: Dit e-mailadres klopt niet." or why it is a duplicate. */
function useRowReasons() {
  const { t, i18n } = useTranslation('directory');
  return (row: DirectoryImportRow): string[] => {
    if (row.outcome === 'duplicate') return [t('csvImport.duplicateOf', { name: row.duplicateOf ?? row.fields?.name ?? '' })];
    return (row.issues ?? []).map((issue) => {
      const message = translateKey(i18n, issue.messageKey, 'validation.invalid');
      const field = issueField(issue);
      return field === undefined ? message : t('csvImport.issue', { field: t(`form.labels.${field}`), message });
    });
  };
}

/**
 * Every row of the file with what will become of it: new, already in the directory, or wrong (with
 * the reasons). The outcome is a word in its own column, so nothing relies on colour.
 */
export function DirectoryImportRows({ rows }: { rows: readonly DirectoryImportRow[] }) {
  const { t } = useTranslation('directory');
  const reasons = useRowReasons();
  return (
    <div className="table-scroll">
      <table className="table import-rows">
        <caption className="sr-only">{t('csvImport.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('csvImport.line')}</th>
            <th scope="col">{t('csvImport.outcome')}</th>
            <th scope="col">{t('form.labels.name')}</th>
            <th scope="col">{t('form.labels.kind')}</th>
            <th scope="col">{t('csvImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const texts = reasons(row);
            return (
              <tr key={row.line} className={`import-row import-row-${row.outcome}`}>
                <td className="cell-number">{row.line}</td>
                <td>
                  <span className={`outcome-tag outcome-${row.outcome}`}>{t(`csvImport.outcomes.${row.outcome}`)}</span>
                </td>
                <td>{row.fields?.name ?? ''}</td>
                <td>{row.fields === undefined ? '' : t(`kinds.${row.fields.kind}`)}</td>
                <td>
                  {texts.length === 1 ? (
                    texts[0]
                  ) : texts.length > 1 ? (
                    <ul className="issue-list">
                      {texts.map((text, index) => (
                        <li key={index}>{text}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
