import type { Language, ScaleDefinition, ScaleItem } from '../../main/api/api-types';

/** An item's text as shown, in which language, and whether that text is our own unvalidated rendering. */
export interface ShownText {
  text: string;
  language: Language;
  unvalidated: boolean;
}

const otherLanguage = (language: Language): Language => (language === 'nl' ? 'en' : 'nl');

/**
 * The item exactly as the definition holds it, in the UI language when it has that text, otherwise
 * in the other language (UCLA without a Dutch rendering shows its English items).
 */
export function itemText(item: ScaleItem, language: Language): ShownText {
  const shown = item.text[language] !== undefined ? language : otherLanguage(language);
  return {
    text: item.text[shown] ?? '',
    language: shown,
    unvalidated: (item.unvalidatedTranslation ?? []).includes(shown),
  };
}

/** Beside an unvalidated rendering: the published text it translates, to compare with. */
export function publishedText(item: ScaleItem, shown: ShownText): ShownText | undefined {
  if (!shown.unvalidated) return undefined;
  const other = otherLanguage(shown.language);
  const text = item.text[other];
  if (text === undefined || (item.unvalidatedTranslation ?? []).includes(other)) return undefined;
  return { text, language: other, unvalidated: false };
}

/** The scale's note for its own translations ("vertaling, niet gevalideerd"), when the form shows one. */
export function translationNoteFor(definition: ScaleDefinition, language: Language): string | undefined {
  const shownUnvalidated = definition.items.map((item) => itemText(item, language)).filter((shown) => shown.unvalidated);
  const noteLanguage = shownUnvalidated[0]?.language;
  return noteLanguage === undefined ? undefined : definition.translationNote?.[noteLanguage];
}

/** The lowest and highest score a set of items can give (e.g. a subscale: emotional 0–6). */
export function itemsRange(definition: ScaleDefinition, itemIds: readonly string[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const id of itemIds) {
    const scores = Object.values(definition.items.find((item) => item.id === id)?.scores ?? {});
    if (scores.length === 0) continue;
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return { min, max };
}

/** The label of an answer option in the UI language, or undefined for an unknown value. */
export function optionLabel(definition: ScaleDefinition, value: string, language: Language): string | undefined {
  return definition.answerOptions.find((option) => option.value === value)?.label[language];
}
