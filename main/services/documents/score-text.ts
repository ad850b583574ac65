import type { TFunction } from 'i18next';
import type { ScaleDefinition } from '../../domain/measures/scale-definition';
import type { ScoreResult } from '../../domain/measures/score-scale';
import type { Language } from '../preferences/preferences-schema';

/**
 * A score as a reader outside the app understands it: the value on its range, the band when the
 * scale has one, and how many answers it rests on when some were left open.
 */
export function scoreText(result: ScoreResult, range: Pick<ScaleDefinition['total'], 'min' | 'max'>, language: Language, t: TFunction): string {
  if (result.status === 'incomplete') return t('measures:score.incomplete', { answered: result.answered, of: result.of });
  const onRange = t('measures:score.onRange', { value: result.value, min: range.min, max: range.max });
  const banded = result.band ? t('measures:score.withBand', { value: onRange, band: result.band.label[language] }) : onRange;
  return result.status === 'partial' ? `${banded}; ${t('measures:score.partial', { answered: result.answered, of: result.of })}` : banded;
}
