/**
 * Plain numbers for the progress charts: where a date or a value lands in the drawing, which ticks
 * to draw, where a line breaks, and how end labels keep clear of each other. No React, no DOM.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartFrame {
  width: number;
  height: number;
  /** Room for the value ticks. */
  left: number;
  /** Room for the labels at the lines' ends. */
  right: number;
  top: number;
  /** Room for the date ticks. */
  bottom: number;
}

export const defaultFrame: ChartFrame = { width: 680, height: 260, left: 44, right: 150, top: 16, bottom: 40 };

/** Space between the axes and the first and last point, so a marker never sits on an axis. */
const inset = 18;

const dayNumber = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

/** The x of a calendar day, proportional to time between the first and last day; one day sits in the middle. */
export function dateScale(dates: readonly string[], frame: ChartFrame): (date: string) => number {
  const days = dates.map(dayNumber);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const from = frame.left + inset;
  const to = frame.width - frame.right - inset;
  if (days.length === 0 || last === first) return () => (from + to) / 2;
  return (date) => from + ((dayNumber(date) - first) / (last - first)) * (to - from);
}

/** The y of a value between `min` (bottom) and `max` (top). */
export function valueScale(min: number, max: number, frame: ChartFrame): (value: number) => number {
  const bottom = frame.height - frame.bottom;
  const span = max - min || 1;
  return (value) => bottom - ((value - min) / span) * (bottom - frame.top);
}

/** Whole-number ticks from min to max: every value for a short range, fewer for a long one. */
export function valueTicks(min: number, max: number): number[] {
  const range = max - min;
  const step = range <= 12 ? 1 : range <= 24 ? 2 : Math.ceil(range / 10);
  const ticks: number[] = [];
  for (let value = min; value <= max; value += step) ticks.push(value);
  return ticks;
}

/**
 * Date ticks that do not overlap: in date order, each at least `minGap` from the one before; the
 * last date always shows (it replaces a tick too close before it, unless that is the first).
 */
export function thinTicks<T extends { x: number }>(ticks: readonly T[], minGap: number): T[] {
  const kept: T[] = [];
  for (const tick of ticks) {
    const previous = kept.at(-1);
    if (previous === undefined || tick.x - previous.x >= minGap) kept.push(tick);
  }
  const last = ticks.at(-1);
  if (last !== undefined && kept.at(-1) !== last) {
    if (kept.length > 1 && last.x - (kept.at(-1) as T).x < minGap) kept.pop();
    if (kept.length === 0 || last.x - (kept.at(-1) as T).x >= minGap) kept.push(last);
  }
  return kept;
}

export interface PlottedPoint {
  x: number;
  /** Undefined where the value is missing: the line breaks there. */
  y: number | undefined;
}

/** One SVG path per run of consecutive points with a value; a missing value leaves a gap. */
export function lineSegments(points: readonly PlottedPoint[]): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 1) segments.push(current.join(' '));
    current = [];
  };
  for (const point of points) {
    if (point.y === undefined) {
      close();
      continue;
    }
    current.push(`${current.length === 0 ? 'M' : 'L'} ${round(point.x)} ${round(point.y)}`);
  }
  close();
  return segments;
}

/** The outline of a square, triangle or diamond marker centred on (x, y); a circle is drawn as <circle>. */
export function markerPath(shape: Exclude<MarkerShape, 'circle'>, x: number, y: number, size = 10): string {
  const h = size / 2;
  switch (shape) {
    case 'square':
      return `M ${round(x - h)} ${round(y - h)} h ${size} v ${size} h ${-size} Z`;
    case 'triangle': {
      const r = size * 0.62;
      return `M ${round(x)} ${round(y - r)} L ${round(x + r * 0.95)} ${round(y + r * 0.6)} L ${round(x - r * 0.95)} ${round(y + r * 0.6)} Z`;
    }
    case 'diamond': {
      const r = size * 0.68;
      return `M ${round(x)} ${round(y - r)} L ${round(x + r)} ${round(y)} L ${round(x)} ${round(y + r)} L ${round(x - r)} ${round(y)} Z`;
    }
  }
}

/**
 * Label positions beside the lines' ends that keep at least `gap` apart, staying between `top` and
 * `bottom` and as close to their own line as they can. Returns them in the order given.
 */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed = order.map((entry) => entry.y);
  for (let i = 0; i < placed.length; i++) placed[i] = Math.max(placed[i] as number, top, i === 0 ? top : (placed[i - 1] as number) + gap);
  // Pushed past the bottom: shift the stack up again.
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? bottom : (placed[i + 1] as number) - gap;
    placed[i] = Math.min(placed[i] as number, limit);
  }
  const result = new Array<number>(ys.length);
  order.forEach((entry, i) => {
    result[entry.index] = placed[i] as number;
  });
  return result;
}

export const round = (value: number): number => Math.round(value * 10) / 10;
