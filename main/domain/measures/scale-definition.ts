import { z } from 'zod';

/**
 * A questionnaire as data: items, answer options, the score of every answer per item (which is how
 * keyed and reversed items are written), subscales, total and bands. The built-in scales
 * (`resources/scales/*.json`) use it, and so can an organisation that holds a licence for an
 * instrument of its own. One scoring function (`score-scale.ts`) reads every definition the same way.
 *
 * Messages are plain English for whoever writes a definition file; they are not shown to clients.
 */

export const scaleLanguages = ['nl', 'en'] as const;
export type ScaleLanguage = (typeof scaleLanguages)[number];

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = (what: string) =>
  z.string().regex(kebabCase, { error: `${what} must be kebab-case (lower-case letters, digits and single hyphens)` });

export const scaleIdSchema = kebabId('A scale id');
export const itemIdSchema = kebabId('An item id');
export const optionValueSchema = kebabId('An answer option value');

const text = z.string().trim().min(1);

/** The same text in Dutch and English. */
export const localizedTextSchema = z.strictObject({ nl: text, en: text });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const answerOptionSchema = z.strictObject({
  /** Stored in a measurement's raw answers; never shown. */
  value: optionValueSchema,
  label: localizedTextSchema,
});
export type AnswerOption = z.infer<typeof answerOptionSchema>;

export const scaleItemSchema = z.strictObject({
  id: itemIdSchema,
  /** The number shown on the form. */
  number: z.number().int().min(1),
  /**
   * The item as published. A language may be absent; a language listed in
   * `unvalidatedTranslation` is our own rendering, to be shown with the scale's translation note.
   */
  text: z.strictObject({ nl: text.optional(), en: text.optional() }),
  unvalidatedTranslation: z.array(z.enum(scaleLanguages)).optional(),
  /** The score of every answer option for this item; a reversed item simply maps the other way. */
  scores: z.record(optionValueSchema, z.number().int()),
});
export type ScaleItem = z.infer<typeof scaleItemSchema>;

export const scaleBandSchema = z.strictObject({
  /** Inclusive on both ends. */
  from: z.number().int(),
  to: z.number().int(),
  key: kebabId('A band key'),
  label: localizedTextSchema,
});
export type ScaleBand = z.infer<typeof scaleBandSchema>;

/**
 * How a score with some items unanswered (within `maxMissing`) is computed. Only the plain sum of
 * the answered items exists so far (De Jong Gierveld); prorating could be added here.
 */
export const partialScoreRules = ['sum-of-answered'] as const;
export type PartialScoreRule = (typeof partialScoreRules)[number];

export const subscaleSchema = z.strictObject({
  id: kebabId('A subscale id'),
  name: localizedTextSchema,
  items: z.array(itemIdSchema).min(1),
  /** How many of its items may be unanswered before the subscale is incomplete. */
  maxMissing: z.number().int().min(0),
  partialScore: z.enum(partialScoreRules).optional(),
  /** Ordered, gap-free and covering the subscale's whole range. */
  bands: z.array(scaleBandSchema).min(1).optional(),
});
export type Subscale = z.infer<typeof subscaleSchema>;

export const scaleTotalSchema = z.strictObject({
  /** Must equal the lowest and highest sum the item scores allow. */
  min: z.number().int(),
  max: z.number().int(),
  maxMissing: z.number().int().min(0),
  partialScore: z.enum(partialScoreRules).optional(),
  bands: z.array(scaleBandSchema).min(1).optional(),
});
export type ScaleTotal = z.infer<typeof scaleTotalSchema>;

const scaleShape = z.strictObject({
  id: scaleIdSchema,
  /** Raised whenever items, scores or bands change; stored with each measurement. */
  version: z.number().int().min(1),
  name: localizedTextSchema,
  /** The citation shown under the form, exactly as the instrument asks to be cited. */
  source: text,
  /** Shown with every result: a conversation aid, not a diagnosis. */
  usageNote: localizedTextSchema,
  /** Per language, a note shown with our own (unvalidated) rendering, e.g. "vertaling, niet gevalideerd". */
  translationNote: z.strictObject({ nl: text.optional(), en: text.optional() }).optional(),
  /** In display order. */
  answerOptions: z.array(answerOptionSchema).min(2),
  /** In the order they are asked. */
  items: z.array(scaleItemSchema).min(1),
  subscales: z.array(subscaleSchema),
  total: scaleTotalSchema,
});

type ScaleShape = z.infer<typeof scaleShape>;
type Issue = { message: string; path: (string | number)[] };

/** Values that occur more than once, in first-seen order. */
function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/** The lowest and highest score one item can give. */
export function itemScoreRange(item: ScaleItem): { min: number; max: number } {
  const scores = Object.values(item.scores);
  return { min: Math.min(...scores), max: Math.max(...scores) };
}

/** The lowest and highest sum the given items can give together. */
export function scoreRange(items: readonly ScaleItem[]): { min: number; max: number } {
  return items.reduce(
    (range, item) => {
      const own = itemScoreRange(item);
      return { min: range.min + own.min, max: range.max + own.max };
    },
    { min: 0, max: 0 },
  );
}

function checkBands(bands: readonly ScaleBand[], range: { min: number; max: number }, owner: string, path: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  for (const key of duplicates(bands.map((band) => band.key))) {
    issues.push({ message: `${owner} has the band key '${key}' more than once`, path });
  }
  bands.forEach((band, index) => {
    const at = [...path, index];
    if (band.from > band.to) issues.push({ message: `${owner} band '${band.key}' runs backwards (${band.from} to ${band.to})`, path: at });
    if (band.from < range.min || band.to > range.max) {
      issues.push({
        message: `${owner} band '${band.key}' (${band.from}-${band.to}) lies outside the score range ${range.min}-${range.max}`,
        path: at,
      });
    }
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.from > range.min) {
    issues.push({ message: `${owner} bands leave a gap: no band covers ${range.min}-${first.from - 1}`, path });
  }
  if (last && last.to < range.max) {
    issues.push({ message: `${owner} bands leave a gap: no band covers ${last.to + 1}-${range.max}`, path });
  }
  for (let index = 1; index < bands.length; index++) {
    const previous = bands[index - 1] as ScaleBand;
    const band = bands[index] as ScaleBand;
    if (band.from <= previous.to) {
      issues.push({
        message: `${owner} bands '${previous.key}' and '${band.key}' overlap or are out of order (${previous.from}-${previous.to}, ${band.from}-${band.to})`,
        path: [...path, index],
      });
    } else if (band.from > previous.to + 1) {
      issues.push({
        message: `${owner} bands leave a gap: no band covers ${previous.to + 1}-${band.from - 1}`,
        path: [...path, index],
      });
    }
  }
  return issues;
}

function checkMissingRule(
  rule: { maxMissing: number; partialScore?: PartialScoreRule | undefined },
  itemCount: number,
  owner: string,
  path: (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  if (rule.maxMissing >= itemCount) {
    issues.push({
      message: `${owner} allows ${rule.maxMissing} missing items but has only ${itemCount}: at least one answer must be needed`,
      path: [...path, 'maxMissing'],
    });
  }
  if (rule.maxMissing > 0 && rule.partialScore === undefined) {
    issues.push({
      message: `${owner} allows missing items, so partialScore must say how a score with missing items is computed`,
      path: [...path, 'partialScore'],
    });
  }
  return issues;
}

/** Every inconsistency in a definition whose shape is already valid. */
function definitionIssues(definition: ScaleShape): Issue[] {
  const issues: Issue[] = [];
  const optionValues = definition.answerOptions.map((option) => option.value);
  for (const value of duplicates(optionValues)) {
    issues.push({ message: `Answer option '${value}' appears more than once`, path: ['answerOptions'] });
  }
  for (const id of duplicates(definition.items.map((item) => item.id))) {
    issues.push({ message: `Item id '${id}' appears more than once`, path: ['items'] });
  }
  for (const number of duplicates(definition.items.map((item) => item.number))) {
    issues.push({ message: `Item number ${number} appears more than once`, path: ['items'] });
  }

  let scoresComplete = true;
  definition.items.forEach((item, index) => {
    const at = ['items', index];
    for (const value of optionValues) {
      if (!Object.hasOwn(item.scores, value)) {
        scoresComplete = false;
        issues.push({ message: `Item '${item.id}' has no score for answer option '${value}'`, path: [...at, 'scores'] });
      }
    }
    for (const value of Object.keys(item.scores)) {
      if (!optionValues.includes(value)) {
        scoresComplete = false;
        issues.push({ message: `Item '${item.id}' scores '${value}', which is not an answer option`, path: [...at, 'scores', value] });
      }
    }
    const languages = scaleLanguages.filter((language) => item.text[language] !== undefined);
    const unvalidated = item.unvalidatedTranslation ?? [];
    if (languages.length === 0) issues.push({ message: `Item '${item.id}' has no text in any language`, path: [...at, 'text'] });
    for (const language of duplicates(unvalidated)) {
      issues.push({ message: `Item '${item.id}' lists '${language}' as unvalidated more than once`, path: [...at, 'unvalidatedTranslation'] });
    }
    for (const language of unvalidated) {
      if (item.text[language] === undefined) {
        issues.push({
          message: `Item '${item.id}' marks its '${language}' text as an unvalidated translation but has no '${language}' text`,
          path: [...at, 'unvalidatedTranslation'],
        });
      } else if (definition.translationNote?.[language] === undefined) {
        issues.push({
          message: `Item '${item.id}' has an unvalidated '${language}' translation, so the scale needs translationNote.${language} to show with it`,
          path: ['translationNote'],
        });
      }
    }
    if (languages.length > 0 && languages.every((language) => unvalidated.includes(language))) {
      issues.push({ message: `Item '${item.id}' has no published text: every language is marked unvalidated`, path: [...at, 'text'] });
    }
  });

  const itemsById = new Map(definition.items.map((item) => [item.id, item]));

  for (const id of duplicates(definition.subscales.map((subscale) => subscale.id))) {
    issues.push({ message: `Subscale id '${id}' appears more than once`, path: ['subscales'] });
  }
  definition.subscales.forEach((subscale, index) => {
    const at = ['subscales', index];
    const owner = `Subscale '${subscale.id}'`;
    for (const id of duplicates(subscale.items)) issues.push({ message: `${owner} lists item '${id}' more than once`, path: [...at, 'items'] });
    const unknown = subscale.items.filter((id) => !itemsById.has(id));
    for (const id of unknown) issues.push({ message: `${owner} lists item '${id}', which is not an item of this scale`, path: [...at, 'items'] });
    issues.push(...checkMissingRule(subscale, subscale.items.length, owner, at));
    if (subscale.bands && unknown.length === 0 && scoresComplete) {
      const range = scoreRange(subscale.items.map((id) => itemsById.get(id) as ScaleItem));
      issues.push(...checkBands(subscale.bands, range, owner, [...at, 'bands']));
    }
  });

  const { total } = definition;
  issues.push(...checkMissingRule(total, definition.items.length, 'The total', ['total']));
  if (scoresComplete) {
    const range = scoreRange(definition.items);
    if (total.min !== range.min || total.max !== range.max) {
      issues.push({
        message: `The total is declared as ${total.min}-${total.max}, but the item scores give ${range.min}-${range.max}`,
        path: ['total'],
      });
    }
    if (total.bands) issues.push(...checkBands(total.bands, { min: total.min, max: total.max }, 'The total', ['total', 'bands']));
  }
  return issues;
}

export const scaleDefinitionSchema = scaleShape.superRefine((definition, context) => {
  for (const issue of definitionIssues(definition)) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
export type ScaleDefinition = z.infer<typeof scaleDefinitionSchema>;
