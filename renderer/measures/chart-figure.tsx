import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/api/api-types';
import { formatDayMonth } from './chart-dates';
import { LegendSample, LineChart, ReferenceSample, type ChartReference, type ChartSeries } from './line-chart';

export interface ChartTable {
  head: readonly string[];
  /** The first cell of each row is its header (the date). */
  rows: ReadonlyArray<{ key: string; cells: readonly string[] }>;
}

interface ChartFigureProps {
  title: string;
  series: readonly ChartSeries[];
  min: number;
  max: number;
  language: Language;
  reference?: ChartReference | undefined;
  /** The same data as the chart, for "Toon als tabel". */
  table: ChartTable;
  /** Gaps and caveats in words, shown under the chart and the table alike. */
  notes: readonly string[];
}

type Translate = TFunction<'measures'>;

/**
 * "Totaal van 11 naar 6 tussen 2 maart en 30 maart; Emotioneel van 6 naar 3; Sociaal van 5 naar 3":
 * each line from its first to its last value. The dates carry the year only when it changes.
 */
export function chartSummary(series: readonly ChartSeries[], language: Language, t: Translate, reference?: ChartReference): string {
  const defined = series.map((line) => ({ line, points: line.points.filter((point) => point.value !== undefined) }));
  const years = new Set(defined.flatMap(({ points }) => points.map((point) => point.date.slice(0, 4))));
  const date = (value: string) => formatDayMonth(value, language, years.size > 1);
  let span: string | undefined;
  const parts: string[] = [];
  for (const { line, points } of defined) {
    const first = points[0];
    const last = points.at(-1);
    if (first === undefined || last === undefined) continue;
    if (points.length === 1) {
      parts.push(t('chart.summaryOne', { series: line.label, value: String(first.value), date: date(first.date) }));
      continue;
    }
    const values = { series: line.label, from: String(first.value), to: String(last.value) };
    const thisSpan = `${first.date}/${last.date}`;
    parts.push(
      span === thisSpan
        ? t('chart.summaryChangeShort', values)
        : t('chart.summaryChange', { ...values, start: date(first.date), end: date(last.date) }),
    );
    span ??= thisSpan;
  }
  if (parts.length === 0) return t('chart.summaryNone');
  if (reference !== undefined) parts.push(reference.label);
  return parts.join('; ');
}

/**
 * A chart with its title, legend and notes, and a button to see the same data as a table (the
 * button keeps focus while the view swaps).
 */
export function ChartFigure({ title, series, min, max, language, reference, table, notes }: ChartFigureProps) {
  const { t } = useTranslation('measures');
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);

  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <div className="chart-figure-header">
        <h3 id={titleId}>{title}</h3>
        <button type="button" className="button button-secondary" onClick={() => setAsTable((current) => !current)}>
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      {asTable ? (
        <div className="chart-table-wrap">
          <table className="table chart-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <LineChart summary={chartSummary(series, language, t, reference)} series={series} min={min} max={max} language={language} reference={reference} />
          <ul className="chart-legend" aria-label={t('chart.legend')}>
            {series.map((line) => (
              <li key={line.id}>
                <LegendSample style={line.style} />
                <span>{line.label}</span> <span className="muted">({t(`chart.${line.style.legend}`)})</span>
              </li>
            ))}
            {reference && (
              <li>
                <ReferenceSample />
                <span>{reference.label}</span>
              </li>
            )}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <ul className="chart-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
