import type { ScaleBand, ScaleDefinition, ScaleItem } from './scale-definition';

/**
 * The one scoring function for every scale definition. It imports no zod, so the renderer can score
 * a form live with the same rule the main process stores.
 *
 * A score is never a misleading number: with more items missing than the definition allows the
 * result is `incomplete` and carries no value at all.
 */

/** The raw answers of one measurement: item id → answer option value; null or absent = not answered. */
export type Answers = Readonly<Record<string, string | null | undefined>>;

export type ScoreResult =
  | { status: 'complete'; value: number; band?: ScaleBand }
  /** Scored although some items are unanswered (within the definition's `maxMissing`): "based on 10 of 11". */
  | { status: 'partial'; value: number; answered: number; of: number; band?: ScaleBand }
  | { status: 'incomplete'; answered: number; of: number };

export interface ScaleScores {
  total: ScoreResult;
  /** By subscale id; empty for a scale without subscales. */
  subscales: Record<string, ScoreResult>;
}

export type ScoringIssue =
  /** The answers name an item this scale does not have (e.g. answers from another scale). */
  | { code: 'unknown_item'; itemId: string }
  /** The answer is not one of the item's answer options. */
  | { code: 'unknown_option'; itemId: string; value: string };

export type ScoringOutcome = ({ ok: true } & ScaleScores) | { ok: false; issues: ScoringIssue[] };

/** The value of a complete or partial result; undefined when incomplete. */
export function scoreValue(result: ScoreResult): number | undefined {
  return result.status === 'incomplete' ? undefined : result.value;
}

/** The band holding `value`, if the definition has bands. */
export function bandFor(bands: readonly ScaleBand[] | undefined, value: number): ScaleBand | undefined {
  return bands?.find((band) => band.from <= value && value <= band.to);
}

function combine(
  itemScores: ReadonlyArray<number | undefined>,
  rule: { maxMissing: number; partialScore?: string | undefined; bands?: readonly ScaleBand[] | undefined },
): ScoreResult {
  const of = itemScores.length;
  const answeredScores = itemScores.filter((score): score is number => score !== undefined);
  const answered = answeredScores.length;
  const missing = of - answered;
  if (missing > rule.maxMissing || (missing > 0 && rule.partialScore === undefined) || answered === 0) {
    return { status: 'incomplete', answered, of };
  }
  // 'sum-of-answered' is the only partial rule; a complete score is the same sum.
  const value = answeredScores.reduce((sum, score) => sum + score, 0);
  const band = bandFor(rule.bands, value);
  const banded = band ? { band } : {};
  return missing === 0 ? { status: 'complete', value, ...banded } : { status: 'partial', value, answered, of, ...banded };
}

/**
 * Scores raw answers against a definition that passed `scaleDefinitionSchema`. Answers naming an
 * unknown item, or an answer that is not an option, are refused as a whole (every problem listed),
 * never half-scored.
 */
export function scoreScale(definition: ScaleDefinition, answers: Answers): ScoringOutcome {
  const items = new Map<string, ScaleItem>(definition.items.map((item) => [item.id, item]));
  const options = new Set(definition.answerOptions.map((option) => option.value));
  const issues: ScoringIssue[] = [];
  const scores = new Map<string, number>();

  for (const [itemId, value] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) {
      issues.push({ code: 'unknown_item', itemId });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' || !options.has(value) || !Object.hasOwn(item.scores, value)) {
      issues.push({ code: 'unknown_option', itemId, value: String(value) });
      continue;
    }
    scores.set(itemId, item.scores[value] as number);
  }
  if (issues.length > 0) return { ok: false, issues };

  const subscales: Record<string, ScoreResult> = {};
  for (const subscale of definition.subscales) {
    subscales[subscale.id] = combine(
      subscale.items.map((id) => scores.get(id)),
      subscale,
    );
  }
  const total = combine(
    definition.items.map((item) => scores.get(item.id)),
    definition.total,
  );
  return { ok: true, total, subscales };
}
