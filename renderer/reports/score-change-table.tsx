import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/api/api-types';
import { intlLocale } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

export interface ChangeRow {
  id: string;
  label: string;
  summary: { n: number; meanFrom: number | null; meanTo: number | null; meanChange: number | null };
}

function formatMean(value: number | null, language: Language, signed = false): string | undefined {
  if (value === null) return undefined;
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);
}

/** Averages at both moments and the change, per total and subscale; numbers right-aligned. */
export function ScoreChangeTable({ caption, fromLabel, toLabel, rows }: { caption: string; fromLabel: string; toLabel: string; rows: readonly ChangeRow[] }) {
  const { t, i18n } = useTranslation('reports');
  const language = currentLanguage(i18n);
  const shown = (value: number | null, signed = false) => formatMean(value, language, signed) ?? t('change.noValue');
  return (
    <div className="table-scroll">
      <table className="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('change.part')}</th>
            <th scope="col" className="number-cell">
              {fromLabel}
            </th>
            <th scope="col" className="number-cell">
              {toLabel}
            </th>
            <th scope="col" className="number-cell">
              {t('change.meanChange')}
            </th>
            <th scope="col" className="number-cell">
              {t('change.n')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td className="number-cell">{shown(row.summary.meanFrom)}</td>
              <td className="number-cell">{shown(row.summary.meanTo)}</td>
              <td className="number-cell">{shown(row.summary.meanChange, true)}</td>
              <td className="number-cell">{row.summary.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
