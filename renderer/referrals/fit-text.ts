import type { i18n as I18n } from 'i18next';
import type { FitWarning } from '../../main/api/api-types';
import { translateKey } from '../i18n/error-message';

/** A key the main process sent as data, in words; an id this build does not know stays as it is. */
function word(i18n: I18n, key: string, id: string): string {
  return i18n.exists(key) ? i18n.t(key, { defaultValue: id }) : id;
}

/** A phase id ("calm") in words, as the directory names phases. */
const phaseWord = (i18n: I18n, phase: string) => word(i18n, `directory:phases.${phase.trim()}`, phase.trim());

/**
 * Why a destination may not fit, as one sentence (`referrals:fit.<code>`). The main process sends
 * ids, not words: `phase` and `suits` (comma-joined) are phase ids, `band` a loneliness band key.
 */
export function fitWarningText(i18n: I18n, warning: FitWarning): string {
  const params: Record<string, string | number> = { ...warning.params };
  const { phase, suits, band } = warning.params;
  if (typeof phase === 'string') params.phase = phaseWord(i18n, phase);
  if (typeof suits === 'string') {
    params.suits = suits
      .split(',')
      .filter((id) => id.trim() !== '')
      .map((id) => phaseWord(i18n, id))
      .join(', ');
  }
  if (typeof band === 'string') params.band = word(i18n, `programme:bands.${band}`, band);
  return translateKey(i18n, `referrals:fit.${warning.code}`, 'internal', params);
}
