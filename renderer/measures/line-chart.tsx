import type { Language } from '../../main/api/api-types';
import { dateScale, defaultFrame, lineSegments, markerPath, round, spreadLabels, thinTicks, valueScale, valueTicks } from './chart-geometry';
import { formatTickDate } from './chart-dates';
import { referenceStyle, type SeriesStyle } from './chart-styles';

export interface ChartPoint {
  date: string;
  /** Undefined where there is no value (incomplete): the line breaks there. */
  value: number | undefined;
  /** An open marker: a value with a caveat (a total based on 10 of 11 items). */
  hollow?: boolean;
}

export interface ChartSeries {
  id: string;
  label: string;
  style: SeriesStyle;
  /** Oldest first. */
  points: readonly ChartPoint[];
}

export interface ChartReference {
  value: number;
  label: string;
}

interface LineChartProps {
  /** What the chart shows, in one sentence: the SVG's accessible name. */
  summary: string;
  series: readonly ChartSeries[];
  min: number;
  max: number;
  language: Language;
  reference?: ChartReference | undefined;
}

function Marker({ style, x, y, hollow, size = 10, seriesId }: { style: SeriesStyle; x: number; y: number; hollow?: boolean | undefined; size?: number; seriesId?: string }) {
  const fill = hollow ? '#ffffff' : style.colour;
  const shared = { fill, stroke: style.colour, strokeWidth: 2, 'data-marker': style.marker, 'data-series': seriesId, 'data-hollow': hollow ? 'true' : undefined };
  return style.marker === 'circle' ? <circle cx={round(x)} cy={round(y)} r={size / 2} {...shared} /> : <path d={markerPath(style.marker, x, y, size)} {...shared} />;
}

/** A small sample of a line's look, for the legend. */
export function LegendSample({ style }: { style: SeriesStyle }) {
  return (
    <svg className="legend-sample" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1="2" x2="38" y1="8" y2="8" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
      <Marker style={style} x={20} y={8} size={9} />
    </svg>
  );
}

export function ReferenceSample() {
  return (
    <svg className="legend-sample" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1="2" x2="38" y1="8" y2="8" stroke={referenceStyle.colour} strokeWidth="2" strokeDasharray={referenceStyle.dash} />
    </svg>
  );
}

/**
 * Lines over time in plain SVG: value and date ticks, one marker shape and dash pattern per line, a
 * gap where a value is missing, and each line's name and last value written at its end. For
 * assistive technology the whole drawing is one image named by `summary`; the table is the
 * alternative. Only SVG attributes, no inline styles (the CSP).
 */
export function LineChart({ summary, series, min, max, language, reference }: LineChartProps) {
  const frame = defaultFrame;
  const dates = [...new Set(series.flatMap((line) => line.points.map((point) => point.date)))].sort();
  const x = dateScale(dates, frame);
  const y = valueScale(min, max, frame);
  const plotRight = frame.width - frame.right;
  const plotBottom = frame.height - frame.bottom;
  const dateTicks = thinTicks(
    dates.map((date) => ({ date, x: x(date) })),
    76,
  );

  const ends = series.flatMap((line) => {
    const last = [...line.points].reverse().find((point) => point.value !== undefined);
    return last?.value === undefined ? [] : [{ id: line.id, text: `${line.label} ${last.value}`, colour: line.style.colour, y: y(last.value) }];
  });
  const labels = [...ends, ...(reference ? [{ id: 'reference', text: reference.label, colour: referenceStyle.colour, y: y(reference.value) }] : [])];
  const labelYs = spreadLabels(
    labels.map((label) => label.y),
    15,
    frame.top + 4,
    plotBottom,
  );

  // Markers of different lines on the same spot sit side by side, so neither hides the other.
  const sharing = new Map<string, string[]>();
  for (const line of series) {
    for (const point of line.points) {
      if (point.value === undefined) continue;
      const key = `${point.date}|${point.value}`;
      sharing.set(key, [...(sharing.get(key) ?? []), line.id]);
    }
  }
  const dodge = (lineId: string, date: string, value: number) => {
    const ids = sharing.get(`${date}|${value}`) ?? [];
    return ids.length < 2 ? 0 : (ids.indexOf(lineId) - (ids.length - 1) / 2) * 9;
  };

  return (
    <svg className="line-chart" role="img" aria-label={summary} viewBox={`0 0 ${frame.width} ${frame.height}`} width="100%" focusable="false">
      <g className="chart-axes">
        {valueTicks(min, max).map((value) => (
          <g key={value}>
            <line className="chart-gridline" x1={frame.left} x2={plotRight} y1={round(y(value))} y2={round(y(value))} />
            <text className="chart-tick" x={frame.left - 8} y={round(y(value))} textAnchor="end" dominantBaseline="middle">
              {value}
            </text>
          </g>
        ))}
        <line className="chart-axis" x1={frame.left} x2={frame.left} y1={frame.top} y2={plotBottom} />
        <line className="chart-axis" x1={frame.left} x2={plotRight} y1={plotBottom} y2={plotBottom} />
        {dateTicks.map((tick, index) => (
          <g key={tick.date} data-date-tick={tick.date}>
            <line className="chart-axis" x1={round(tick.x)} x2={round(tick.x)} y1={plotBottom} y2={plotBottom + 5} />
            <text className="chart-tick" x={round(tick.x)} y={plotBottom + 20} textAnchor="middle">
              {formatTickDate(tick.date, language, index === 0 || tick.date.slice(0, 4) !== dateTicks[index - 1]?.date.slice(0, 4))}
            </text>
          </g>
        ))}
      </g>
      {reference && (
        <line
          data-reference={reference.value}
          x1={frame.left}
          x2={plotRight}
          y1={round(y(reference.value))}
          y2={round(y(reference.value))}
          stroke={referenceStyle.colour}
          strokeWidth="1.5"
          strokeDasharray={referenceStyle.dash}
        />
      )}
      {series.map((line) => {
        const plotted = line.points.map((point) => ({ ...point, x: x(point.date), y: point.value === undefined ? undefined : y(point.value) }));
        return (
          <g key={line.id} className="chart-series" data-series={line.id}>
            {lineSegments(plotted).map((d) => (
              <path
                key={d}
                d={d}
                fill="none"
                stroke={line.style.colour}
                strokeWidth="2.5"
                strokeDasharray={line.style.dash}
                strokeLinecap="round"
                data-line={line.id}
              />
            ))}
            {plotted.map((point, index) =>
              point.y === undefined || point.value === undefined ? null : (
                <Marker
                  key={`${point.date}-${index}`}
                  style={line.style}
                  x={point.x + dodge(line.id, point.date, point.value)}
                  y={point.y}
                  hollow={point.hollow}
                  seriesId={line.id}
                />
              ),
            )}
          </g>
        );
      })}
      {labels.map((label, index) => (
        <text
          key={label.id}
          className="chart-end-label"
          data-end-label={label.id}
          x={plotRight + 10}
          y={round(labelYs[index] ?? label.y)}
          dominantBaseline="middle"
          fill={label.colour}
        >
          {label.text}
        </text>
      ))}
    </svg>
  );
}
