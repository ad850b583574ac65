import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientImportField, ColumnMapping, CsvImportPreview } from '../../main/api/api-types';
import { clientImportFields } from '../../main/domain/transfer/import-fields';

/**
 * One row per client field with a select of the file's columns; Verbind's suggestion is
 * preselected. Below it, the columns no field reads.
 */
export function ColumnMappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: CsvImportPreview;
  mapping: ColumnMapping;
  onChange: (field: ClientImportField, column: number | undefined) => void;
}) {
  const { t } = useTranslation('import');
  const id = useId();
  const label = (index: number) => {
    const header = preview.headers[index] ?? '';
    return header === '' ? t('mapping.columnWithoutHeader', { number: index + 1 }) : t('mapping.column', { number: index + 1, header });
  };
  return (
    <>
      <table className="table mapping-table">
        <caption className="sr-only">{t('mapping.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapping.fieldColumn')}</th>
            <th scope="col">{t('mapping.csvColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {clientImportFields.map((field) => (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={`${id}-${field}`}>{t(`fields.${field}`)}</label>
              </th>
              <td>
                <select
                  id={`${id}-${field}`}
                  className="input"
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(event) => onChange(field, event.target.value === '' ? undefined : Number(event.target.value))}
                >
                  <option value="">{t('mapping.notImported')}</option>
                  {preview.headers.map((_, index) => (
                    <option key={index} value={String(index)}>
                      {label(index)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="subheading">{t('mapping.ignoredTitle')}</h3>
      {preview.ignoredColumns.length === 0 ? (
        <p className="muted">{t('mapping.noneIgnored')}</p>
      ) : (
        <ul className="ignored-columns">
          {preview.ignoredColumns.map((column) => (
            <li key={column.index}>{label(column.index)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
