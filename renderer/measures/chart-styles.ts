import type { MarkerShape } from './chart-geometry';

/**
 * How each line in a chart looks. Every line differs in marker shape and dash pattern, not only in
 * colour, and the legend says so in words; the colours are dark enough on white (≥ 4.5:1).
 */
export interface SeriesStyle {
  marker: MarkerShape;
  /** An SVG stroke-dasharray; undefined = a solid line. */
  dash: string | undefined;
  colour: string;
  /** The `measures:chart.*` key that describes the look in words. */
  legend: 'legendSolid' | 'legendDashed' | 'legendDotted' | 'legendOther';
}

export const seriesStyles = {
  solidCircle: { marker: 'circle', dash: undefined, colour: '#0f5e63', legend: 'legendSolid' },
  dashedSquare: { marker: 'square', dash: '8 4', colour: '#9a4a12', legend: 'legendDashed' },
  dottedTriangle: { marker: 'triangle', dash: '2 4', colour: '#5b3a8c', legend: 'legendDotted' },
  dashDotDiamond: { marker: 'diamond', dash: '10 3 2 3', colour: '#3d4446', legend: 'legendOther' },
} as const satisfies Record<string, SeriesStyle>;

/** Styles in the order lines are given them: a total first, then its subscales. */
export const styleOrder: readonly SeriesStyle[] = [
  seriesStyles.solidCircle,
  seriesStyles.dashedSquare,
  seriesStyles.dottedTriangle,
  seriesStyles.dashDotDiamond,
];

/** The "still high" line: thin, dark, finely dotted, and labelled directly. */
export const referenceStyle = { dash: '1 3', colour: '#55615f' } as const;
