/**
 * The 0–10 stress thermometer asked at the start and end of every session: 0 = fully calm,
 * 10 = extreme stress. No zod here, so the renderer can use the same rules.
 */

export const stressMin = 0;
export const stressMax = 10;

/** In Dutch care a distress-thermometer score of 5 or more is the common point to talk further. */
export const defaultStillHighThreshold = 5;

/** A whole number from 0 to 10. */
export function isStressLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= stressMin && value <= stressMax;
}

/** A threshold the organisation may set: 1 to 10 (0 would call "fully calm" high). */
export function isStillHighThreshold(value: unknown): value is number {
  return isStressLevel(value) && value >= 1;
}

/** Whether a check-in is at or above the point to talk further (default 5). */
export function isStillHigh(value: number, threshold: number = defaultStillHighThreshold): boolean {
  if (!isStressLevel(value)) throw new RangeError(`A stress level must be a whole number from 0 to 10, got ${value}`);
  if (!isStillHighThreshold(threshold)) throw new RangeError(`A stress threshold must be a whole number from 1 to 10, got ${threshold}`);
  return value >= threshold;
}

export interface StressPoint {
  /** A local date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:mm…), all in the same form. */
  at: string;
  value: number;
}

export type StressTrend =
  | {
      /** `up` = stress rising (worse), `down` = falling (better). */
      direction: 'up' | 'down' | 'flat';
      /** lastMean − firstMean, in thermometer points. */
      change: number;
      firstMean: number;
      lastMean: number;
      /** How many points were averaged at each end. */
      window: number;
      points: number;
    }
  | { direction: 'insufficient'; points: number };

export interface StressTrendOptions {
  /** At most this many points are averaged at each end (default 3). */
  window?: number;
  /** The smallest change of the means that counts as up or down (default 1 point). */
  minChange?: number;
}

/**
 * The direction of a series of check-ins. Points are put in date order (equal dates keep the order
 * given, so a session's start check-in stays before its end check-in). The mean of the first k
 * points is compared with the mean of the last k, with k = min(window, half the points rounded
 * down), so the two ends never share a point and one odd check-in does not swing the result. A
 * change smaller than `minChange` is `flat`. Fewer than two points: `insufficient`.
 */
export function stressTrend(points: readonly StressPoint[], options: StressTrendOptions = {}): StressTrend {
  const window = options.window ?? 3;
  const minChange = options.minChange ?? 1;
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`The trend window must be a whole number of at least 1, got ${window}`);
  for (const point of points) {
    if (!isStressLevel(point.value)) throw new RangeError(`A stress level must be a whole number from 0 to 10, got ${point.value}`);
  }
  if (points.length < 2) return { direction: 'insufficient', points: points.length };

  const ordered = [...points].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const k = Math.min(window, Math.floor(ordered.length / 2));
  const mean = (slice: readonly StressPoint[]) => slice.reduce((sum, point) => sum + point.value, 0) / slice.length;
  const firstMean = mean(ordered.slice(0, k));
  const lastMean = mean(ordered.slice(-k));
  const change = lastMean - firstMean;
  // A tiny tolerance so that e.g. (4+4+5)/3 − (3+3+4)/3 is not judged below 1 by rounding.
  const tolerance = 1e-9;
  const direction = change >= minChange - tolerance ? 'up' : change <= -minChange + tolerance ? 'down' : 'flat';
  return { direction, change, firstMean, lastMean, window: k, points: ordered.length };
}
