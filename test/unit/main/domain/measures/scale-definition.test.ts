import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import { scaleDefinitionSchema, type ScaleDefinition } from '../../../../../main/domain/measures/scale-definition';
import { scoreScale } from '../../../../../main/domain/measures/score-scale';

/** A deep copy as plain data, to break on purpose. */
function copy(definition: ScaleDefinition): ScaleDefinition {
  return structuredClone(definition);
}

/** Every refusal as "path: message"; an empty list when the definition is accepted. */
function refusals(candidate: unknown): string[] {
  const parsed = scaleDefinitionSchema.safeParse(candidate);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const djg11 = () => copy(builtinScales['de-jong-gierveld-11']);
const djg6 = () => copy(builtinScales['de-jong-gierveld-6']);
const ucla3 = () => copy(builtinScales['ucla-3']);

const ownLabel = (nl: string, en: string) => ({ nl, en });

/** An instrument an organisation might hold a licence for: four items, two reversed, English only for item 4. */
const organisationScale = {
  id: 'example-stress-4',
  version: 2,
  name: ownLabel('Voorbeeld stressschaal', 'Example stress scale'),
  source: 'Example, A. (2020). An example scale. Journal of Examples, 1, 1-10.',
  usageNote: ownLabel('Een hulpmiddel voor het gesprek, geen diagnose.', 'A conversation aid, not a diagnosis.'),
  answerOptions: [
    { value: 'never', label: ownLabel('nooit', 'never') },
    { value: 'sometimes', label: ownLabel('soms', 'sometimes') },
    { value: 'often', label: ownLabel('vaak', 'often') },
  ],
  items: [
    { id: 'upset', number: 1, text: { nl: 'Ik was van streek.', en: 'I was upset.' }, scores: { never: 0, sometimes: 1, often: 2 } },
    { id: 'in-control', number: 2, text: { nl: 'Ik had grip.', en: 'I was in control.' }, scores: { never: 2, sometimes: 1, often: 0 } },
    { id: 'coping', number: 3, text: { nl: 'Ik kon het aan.', en: 'I could cope.' }, scores: { never: 2, sometimes: 1, often: 0 } },
    { id: 'piling-up', number: 4, text: { en: 'Things piled up.' }, scores: { never: 0, sometimes: 1, often: 2 } },
  ],
  subscales: [],
  total: {
    min: 0,
    max: 8,
    maxMissing: 0,
    bands: [
      { from: 0, to: 3, key: 'low', label: ownLabel('laag', 'low') },
      { from: 4, to: 8, key: 'high', label: ownLabel('hoog', 'high') },
    ],
  },
};

describe('scaleDefinitionSchema accepts', () => {
  it('the three built-in definitions as shipped', () => {
    expect(refusals(djg11())).toEqual([]);
    expect(refusals(djg6())).toEqual([]);
    expect(refusals(ucla3())).toEqual([]);
  });

  it("an organisation's own instrument with reversed items and an item in one language only", () => {
    expect(refusals(organisationScale)).toEqual([]);
    const definition = scaleDefinitionSchema.parse(organisationScale);
    // Reversed items: "often" in control and coping score 0; upset and piling up score 2 each.
    const outcome = scoreScale(definition, { upset: 'often', 'in-control': 'often', coping: 'never', 'piling-up': 'sometimes' });
    expect(outcome).toMatchObject({ ok: true, total: { status: 'complete', value: 5, band: { key: 'high' } } });
  });
});

describe('scaleDefinitionSchema refuses', () => {
  it('a subscale naming an item the scale does not have', () => {
    const definition = djg11();
    definition.subscales[0]?.items.push('no-such-item');
    expect(refusals(definition)).toEqual([
      "subscales.0.items: Subscale 'emotional' lists item 'no-such-item', which is not an item of this scale",
    ]);
  });

  it('a score map that misses an answer option', () => {
    const definition = djg11();
    delete (definition.items[3]?.scores as Record<string, number>)['nee'];
    expect(refusals(definition)).toEqual(["items.3.scores: Item 'plenty-to-lean-on' has no score for answer option 'nee'"]);
  });

  it('a score map that scores something that is not an answer option', () => {
    const definition = djg11();
    (definition.items[0]?.scores as Record<string, number>)['misschien'] = 1;
    expect(refusals(definition)).toEqual(["items.0.scores.misschien: Item 'daily-problems' scores 'misschien', which is not an answer option"]);
  });

  it('overlapping bands', () => {
    const definition = djg11();
    (definition.total.bands ?? [])[1]!.from = 2;
    expect(refusals(definition)).toEqual([
      "total.bands.1: The total bands 'not-lonely' and 'moderately-lonely' overlap or are out of order (0-2, 2-8)",
    ]);
  });

  it('bands out of order', () => {
    const definition = djg11();
    definition.total.bands?.reverse();
    expect(refusals(definition).some((message) => message.includes('overlap or are out of order'))).toBe(true);
  });

  it('a gap between bands', () => {
    const definition = djg11();
    (definition.total.bands ?? [])[2]!.from = 10;
    expect(refusals(definition)).toEqual(['total.bands.2: The total bands leave a gap: no band covers 9-9']);
  });

  it('bands that leave the bottom or top of the range uncovered', () => {
    const bottom = djg11();
    (bottom.total.bands ?? [])[0]!.from = 1;
    expect(refusals(bottom)).toEqual(['total.bands: The total bands leave a gap: no band covers 0-0']);
    const top = djg6();
    (top.total.bands ?? [])[2]!.to = 5;
    expect(refusals(top)).toEqual(['total.bands: The total bands leave a gap: no band covers 6-6']);
  });

  it('a band outside the total range', () => {
    const definition = djg11();
    (definition.total.bands ?? [])[3]!.to = 12;
    expect(refusals(definition)).toEqual([
      "total.bands.3: The total band 'very-severely-lonely' (11-12) lies outside the score range 0-11",
    ]);
  });

  it('a subscale band outside the range its items allow', () => {
    const definition = djg6();
    (definition.subscales[0]?.bands ?? [])[2]!.to = 4;
    expect(refusals(definition)).toEqual([
      "subscales.0.bands.2: Subscale 'emotional' band 'strongly-lonely' (3-4) lies outside the score range 0-3",
    ]);
  });

  it('a band that runs backwards', () => {
    const definition = djg6();
    const band = (definition.total.bands ?? [])[1]!;
    Object.assign(band, { from: 4, to: 2 });
    expect(refusals(definition)).toContain("total.bands.1: The total band 'moderately-lonely' runs backwards (4 to 2)");
  });

  it('a band key used twice', () => {
    const definition = djg6();
    (definition.total.bands ?? [])[1]!.key = 'not-lonely';
    expect(refusals(definition)).toEqual(["total.bands: The total has the band key 'not-lonely' more than once"]);
  });

  it('a declared total range the item scores cannot give', () => {
    const definition = djg11();
    definition.total.max = 12;
    (definition.total.bands ?? [])[3]!.to = 12;
    expect(refusals(definition)).toEqual(['total: The total is declared as 0-12, but the item scores give 0-11']);
  });

  it('duplicate item ids', () => {
    const definition = djg11();
    definition.items[1]!.id = definition.items[0]!.id;
    expect(refusals(definition)).toContain("items: Item id 'daily-problems' appears more than once");
  });

  it('duplicate item numbers', () => {
    const definition = djg6();
    definition.items[5]!.number = 1;
    expect(refusals(definition)).toEqual(['items: Item number 1 appears more than once']);
  });

  it('duplicate answer option values', () => {
    const definition = ucla3();
    definition.answerOptions[2]!.value = 'hardly-ever';
    expect(refusals(definition)).toContain("answerOptions: Answer option 'hardly-ever' appears more than once");
  });

  it('duplicate subscale ids', () => {
    const definition = djg11();
    definition.subscales[1]!.id = 'emotional';
    expect(refusals(definition)).toEqual(["subscales: Subscale id 'emotional' appears more than once"]);
  });

  it('an item listed twice in one subscale', () => {
    const definition = djg6();
    definition.subscales[1]!.items.push(definition.subscales[1]!.items[0]!);
    expect(refusals(definition)).toContain("subscales.1.items: Subscale 'social' lists item 'plenty-to-lean-on' more than once");
  });

  it('allowing missing items without saying how a partial score is computed', () => {
    const definition = djg11();
    delete definition.total.partialScore;
    expect(refusals(definition)).toEqual([
      'total.partialScore: The total allows missing items, so partialScore must say how a score with missing items is computed',
    ]);
  });

  it('allowing as many missing items as there are items', () => {
    const definition = ucla3();
    Object.assign(definition.total, { maxMissing: 3, partialScore: 'sum-of-answered' });
    expect(refusals(definition)).toEqual([
      'total.maxMissing: The total allows 3 missing items but has only 3: at least one answer must be needed',
    ]);
  });

  it('an unvalidated translation without the translation note to show with it', () => {
    const definition = ucla3();
    delete definition.translationNote;
    expect(refusals(definition)).toContain(
      "translationNote: Item 'lack-companionship' has an unvalidated 'nl' translation, so the scale needs translationNote.nl to show with it",
    );
  });

  it('an item marked as an unvalidated translation in a language it has no text in', () => {
    const definition = ucla3();
    delete definition.items[1]!.text.nl;
    expect(refusals(definition)).toEqual([
      "items.1.unvalidatedTranslation: Item 'left-out' marks its 'nl' text as an unvalidated translation but has no 'nl' text",
    ]);
  });

  it('an item whose every text is an unvalidated translation, or that has no text at all', () => {
    const unvalidated = ucla3();
    unvalidated.items[0]!.unvalidatedTranslation = ['nl', 'en'];
    unvalidated.translationNote = { nl: 'vertaling, niet gevalideerd', en: 'translation, not validated' };
    expect(refusals(unvalidated)).toEqual(["items.0.text: Item 'lack-companionship' has no published text: every language is marked unvalidated"]);
    const empty = djg6();
    empty.items[0]!.text = {};
    expect(refusals(empty)).toEqual(["items.0.text: Item 'emptiness' has no text in any language"]);
  });

  it('ids that are not kebab-case', () => {
    const definition = djg6();
    definition.id = 'De Jong Gierveld 6';
    expect(refusals(definition)).toEqual(['id: A scale id must be kebab-case (lower-case letters, digits and single hyphens)']);
  });

  it('an unknown field, e.g. a misspelt one (the object is strict)', () => {
    expect(refusals({ ...djg6(), bands: [] }).length).toBeGreaterThan(0);
    expect(refusals({ ...djg6(), total: { ...djg6().total, maxMising: 1 } }).length).toBeGreaterThan(0);
  });

  it('fractional scores, a version below 1 and an empty source', () => {
    expect(refusals({ ...ucla3(), version: 0 })).toHaveLength(1);
    expect(refusals({ ...ucla3(), source: '  ' })).toHaveLength(1);
    const fractional = ucla3();
    fractional.items[0]!.scores['often'] = 2.5;
    expect(refusals(fractional)).toHaveLength(1);
  });
});
