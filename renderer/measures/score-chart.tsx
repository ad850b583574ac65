import { useTranslation } from 'react-i18next';
import type { Language, ScaleDefinition, ScoreResult, ScoreSeries, SeriesPoint } from '../../main/api/api-types';
import { scoreValue } from '../../main/domain/measures/score-scale';
import { formatDate, intlLocale } from '../i18n/formatting';
import { ChartFigure } from './chart-figure';
import { styleOrder, seriesStyles } from './chart-styles';
import type { ChartSeries } from './line-chart';
import { useScoreWords } from './score-words';

interface ScoreChartProps {
  definition: ScaleDefinition;
  series: ScoreSeries;
  language: Language;
}

interface Line {
  id: string;
  label: string;
  pick: (point: Extract<SeriesPoint, { scored: true }>) => ScoreResult | undefined;
}

/**
 * One scale over time: the total and each subscale as its own line (circle/solid, square/dashed,
 * triangle/dotted), an incomplete score as a gap with a note, a total based on fewer items as an
 * open marker with a note, and the same numbers as a table.
 */
export function ScoreChart({ definition, series, language }: ScoreChartProps) {
  const { t } = useTranslation('measures');
  const { short } = useScoreWords();
  const subscaleLabel = (id: string, name: string) =>
    id === 'emotional' ? t('chart.series.emotional') : id === 'social' ? t('chart.series.social') : name;
  const lines: Line[] = [
    { id: 'total', label: t('chart.series.total'), pick: (point) => point.total },
    ...definition.subscales.map((subscale) => ({
      id: subscale.id,
      label: subscaleLabel(subscale.id, subscale.name[language]),
      pick: (point: Extract<SeriesPoint, { scored: true }>) => point.subscales[subscale.id],
    })),
  ];
  const valueOf = (point: SeriesPoint, line: Line): ScoreResult | undefined => (point.scored ? line.pick(point) : undefined);

  const chartSeries: ChartSeries[] = lines.map((line, index) => ({
    id: line.id,
    label: line.label,
    style: styleOrder[index] ?? seriesStyles.dashDotDiamond,
    points: series.points.map((point) => {
      const result = valueOf(point, line);
      return { date: point.takenOn, value: result === undefined ? undefined : scoreValue(result), hollow: result?.status === 'partial' };
    }),
  }));

  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  const notes = series.points.flatMap((point): string[] => {
    const date = formatDate(point.takenOn, language);
    if (!point.scored) return [t('chart.notScored', { date })];
    const missing = lines.filter((line) => {
      const result = line.pick(point);
      return result === undefined || result.status === 'incomplete';
    });
    return [
      ...(missing.length > 0 ? [t('chart.gap', { date, series: list.format(missing.map((line) => line.label)) })] : []),
      ...(point.total.status === 'partial' ? [t('chart.partial', { date, answered: point.total.answered, of: point.total.of })] : []),
    ];
  });

  const table = {
    head: [t('chart.date'), t('chart.moment'), ...lines.map((line) => line.label)],
    rows: series.points.map((point) => ({
      key: point.measurementId,
      cells: [
        formatDate(point.takenOn, language),
        t(`moments.${point.moment}`),
        ...lines.map((line) => (point.scored ? short(line.pick(point)) : t('chart.noValue'))),
      ],
    })),
  };

  return (
    <ChartFigure
      title={t('chart.scoresTitle', { scale: definition.name[language] })}
      series={chartSeries}
      min={definition.total.min}
      max={definition.total.max}
      language={language}
      table={table}
      notes={notes}
    />
  );
}
