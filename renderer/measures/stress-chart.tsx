import { useTranslation } from 'react-i18next';
import type { Language, StressPointView } from '../../main/api/api-types';
import { stressMax, stressMin } from '../../main/domain/measures/stress-thermometer';
import { formatDate } from '../i18n/formatting';
import { ChartFigure } from './chart-figure';
import { seriesStyles } from './chart-styles';
import type { ChartSeries } from './line-chart';

interface StressChartProps {
  stress: readonly StressPointView[];
  /** From this score on stress is "still high" (Settings); drawn as a labelled dotted line. */
  threshold: number | undefined;
  language: Language;
}

/** The session check-ins on their own 0–10 axis: before (circles, solid) and after (squares, dashed). */
export function StressChart({ stress, threshold, language }: StressChartProps) {
  const { t } = useTranslation('measures');
  const series: ChartSeries[] = [
    {
      id: 'before',
      label: t('chart.series.before'),
      style: seriesStyles.solidCircle,
      points: stress.map((point) => ({ date: point.on, value: point.before })),
    },
    {
      id: 'after',
      label: t('chart.series.after'),
      style: seriesStyles.dashedSquare,
      points: stress.map((point) => ({ date: point.on, value: point.after })),
    },
  ];
  const reference = threshold === undefined ? undefined : { value: threshold, label: t('chart.threshold', { value: threshold }) };
  const cell = (value: number | undefined) => (value === undefined ? t('chart.noValue') : String(value));

  return (
    <ChartFigure
      title={t('chart.stressTitle')}
      series={series}
      min={stressMin}
      max={stressMax}
      language={language}
      reference={reference}
      table={{
        head: [t('chart.date'), t('chart.session'), t('chart.series.before'), t('chart.series.after')],
        rows: stress.map((point, index) => ({
          key: `${index}-${point.on}-${point.sessionNumber}`,
          cells: [formatDate(point.on, language), t('chart.sessionNumber', { number: point.sessionNumber }), cell(point.before), cell(point.after)],
        })),
      }}
      notes={threshold === undefined ? [] : [t('chart.thresholdNote', { value: threshold })]}
    />
  );
}
