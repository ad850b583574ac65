import type { MeasurementMoment } from './measurement-moments';
import type { ScaleDefinition } from './scale-definition';
import { scoreScale, scoreValue, type Answers, type ScoreResult, type ScoringIssue } from './score-scale';

/**
 * Chart and report data over measurements of one scale. Every point is re-scored from its raw
 * answers with the definition given, so a corrected definition corrects the whole history.
 */

export interface SeriesMeasurement {
  id: string;
  scaleId: string;
  moment: MeasurementMoment;
  takenOn: string;
  answers: Answers;
  createdAt?: string;
}

interface PointBase {
  measurementId: string;
  takenOn: string;
  moment: MeasurementMoment;
}

export type SeriesPoint =
  /** An incomplete total or subscale is present with its status and no value. */
  | (PointBase & { scored: true; total: ScoreResult; subscales: Record<string, ScoreResult> })
  /** The answers do not fit this definition (unknown item or option): shown as a gap, with why. */
  | (PointBase & { scored: false; issues: ScoringIssue[] });

export interface ScoreSeries {
  scaleId: string;
  scaleVersion: number;
  /** Oldest first. */
  points: SeriesPoint[];
}

const momentOrder: Record<MeasurementMoment, number> = { intake: 0, halfway: 1, end: 2, follow_up: 3, other: 4 };

function compareMeasurements(a: SeriesMeasurement, b: SeriesMeasurement): number {
  if (a.takenOn !== b.takenOn) return a.takenOn < b.takenOn ? -1 : 1;
  if (a.moment !== b.moment) return momentOrder[a.moment] - momentOrder[b.moment];
  const createdA = a.createdAt ?? '';
  const createdB = b.createdAt ?? '';
  return createdA < createdB ? -1 : createdA > createdB ? 1 : 0;
}

/**
 * One client's points for one scale, in date order (same day: by moment, then by when recorded).
 * Measurements of other scales are left out, so a series never mixes scales.
 */
export function scoreSeries(definition: ScaleDefinition, measurements: readonly SeriesMeasurement[]): ScoreSeries {
  const points = measurements
    .filter((measurement) => measurement.scaleId === definition.id)
    .sort(compareMeasurements)
    .map((measurement): SeriesPoint => {
      const base = { measurementId: measurement.id, takenOn: measurement.takenOn, moment: measurement.moment };
      const outcome = scoreScale(definition, measurement.answers);
      return outcome.ok
        ? { ...base, scored: true, total: outcome.total, subscales: outcome.subscales }
        : { ...base, scored: false, issues: outcome.issues };
    });
  return { scaleId: definition.id, scaleVersion: definition.version, points };
}

export interface ChangeSummary {
  /** Clients with a value at both moments. */
  n: number;
  meanFrom: number | null;
  meanTo: number | null;
  /** Mean of (to − from) per client; null when n is 0. */
  meanChange: number | null;
}

export type AverageChangeOutcome =
  | {
      ok: true;
      /** Null only when no series were given. */
      scaleId: string | null;
      from: MeasurementMoment;
      to: MeasurementMoment;
      total: ChangeSummary & {
        /** Of the n clients, how many had a partial total ("based on 10 of 11") at either moment. */
        withPartial: number;
        /** Clients left out for lack of a total at one or both moments. */
        withoutBoth: number;
      };
      /** The same over the clients whose chosen points both have a value for that subscale. */
      subscales: Record<string, ChangeSummary>;
    }
  | { ok: false; error: { code: 'mixed_scales'; scales: string[] } };

type ScoredPoint = Extract<SeriesPoint, { scored: true }>;

/** The latest point at `moment` with a total value (a repeated measurement replaces the earlier). */
function pointAt(series: ScoreSeries, moment: MeasurementMoment): ScoredPoint | undefined {
  for (let index = series.points.length - 1; index >= 0; index--) {
    const point = series.points[index] as SeriesPoint;
    if (point.moment === moment && point.scored && scoreValue(point.total) !== undefined) return point;
  }
  return undefined;
}

function summarise(pairs: ReadonlyArray<readonly [number, number]>): ChangeSummary {
  const n = pairs.length;
  if (n === 0) return { n, meanFrom: null, meanTo: null, meanChange: null };
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / n;
  return {
    n,
    meanFrom: mean(pairs.map(([from]) => from)),
    meanTo: mean(pairs.map(([, to]) => to)),
    meanChange: mean(pairs.map(([from, to]) => to - from)),
  };
}

/**
 * The caseload's mean change of the total (and of each subscale) between two moments, over the
 * clients who have a value at both; one series per client. Complete and partial totals both count
 * (a partial total is the instrument's own total, e.g. De Jong Gierveld with one item open) and
 * `withPartial` says how many. Series of different scales or definition versions are refused.
 */
export function averageChange(
  seriesPerClient: readonly ScoreSeries[],
  fromMoment: MeasurementMoment,
  toMoment: MeasurementMoment,
): AverageChangeOutcome {
  const scales = [...new Set(seriesPerClient.map((series) => `${series.scaleId}@${series.scaleVersion}`))];
  if (scales.length > 1) return { ok: false, error: { code: 'mixed_scales', scales } };

  const totalPairs: Array<readonly [number, number]> = [];
  const subscalePairs = new Map<string, Array<readonly [number, number]>>();
  let withPartial = 0;
  let withoutBoth = 0;
  for (const series of seriesPerClient) {
    const from = pointAt(series, fromMoment);
    const to = pointAt(series, toMoment);
    if (!from || !to) {
      withoutBoth++;
      continue;
    }
    totalPairs.push([scoreValue(from.total) as number, scoreValue(to.total) as number]);
    if (from.total.status === 'partial' || to.total.status === 'partial') withPartial++;
    for (const id of new Set([...Object.keys(from.subscales), ...Object.keys(to.subscales)])) {
      const pairs = subscalePairs.get(id) ?? [];
      subscalePairs.set(id, pairs);
      const before = from.subscales[id];
      const after = to.subscales[id];
      const valueBefore = before && scoreValue(before);
      const valueAfter = after && scoreValue(after);
      if (valueBefore !== undefined && valueAfter !== undefined) pairs.push([valueBefore, valueAfter]);
    }
  }
  const subscales: Record<string, ChangeSummary> = {};
  for (const [id, pairs] of subscalePairs) subscales[id] = summarise(pairs);
  return {
    ok: true,
    scaleId: seriesPerClient[0]?.scaleId ?? null,
    from: fromMoment,
    to: toMoment,
    total: { ...summarise(totalPairs), withPartial, withoutBoth },
    subscales,
  };
}
