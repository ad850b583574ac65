import { useTranslation } from 'react-i18next';
import type { Language, ScoreResult } from '../../main/api/api-types';
import { currentLanguage } from '../i18n/i18n';

/**
 * A score in words, never a misleading number: "7 — matig eenzaam", "10 — ernstig eenzaam, op basis
 * van 10 van 11 vragen", "6 (op een schaal van 3 tot 9)" for a scale without bands, or
 * "onvolledig (5 van 11 vragen beantwoord)" without any number to mistake for a score.
 */
export function useScoreWords() {
  const { t, i18n } = useTranslation('measures');
  const language: Language = currentLanguage(i18n);

  const describe = (result: ScoreResult, range?: { min: number; max: number }): string => {
    if (result.status === 'incomplete') return t('score.incomplete', { answered: result.answered, of: result.of });
    const value = String(result.value);
    const base =
      result.band !== undefined
        ? t('score.withBand', { value, band: result.band.label[language] })
        : range !== undefined
          ? t('score.onRange', { value, min: range.min, max: range.max })
          : value;
    return result.status === 'partial' ? `${base}, ${t('score.partial', { answered: result.answered, of: result.of })}` : base;
  };

  /** Short, for a table cell or a chart: "7 — matig eenzaam (op basis van 10 van 11 vragen)" / "onvolledig". */
  const short = (result: ScoreResult | undefined): string => {
    if (result === undefined || result.status === 'incomplete') return t('score.incompleteShort');
    const value = String(result.value);
    const base = result.band !== undefined ? t('score.withBand', { value, band: result.band.label[language] }) : value;
    return result.status === 'partial' ? `${base} (${t('score.partial', { answered: result.answered, of: result.of })})` : base;
  };

  return { describe, short, language };
}
