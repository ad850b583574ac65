import { describe, expect, it } from 'vitest';
import { builtinScaleIds, builtinScales, isBuiltinScaleId } from '../../../../../main/domain/measures/builtin-scales';
import { scaleDefinitionSchema } from '../../../../../main/domain/measures/scale-definition';

/**
 * The reference copy of the De Jong Gierveld 11-item table in shared/domain.md. Scale items are
 * fixed instruments: any edit to the shipped texts must fail here.
 */
const djg11Reference: ReadonlyArray<readonly [number, string, string]> = [
  [1, 'Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan.', 'There is always someone I can talk to about my day-to-day problems.'],
  [2, 'Ik mis een echt goede vriend of vriendin.', 'I miss having a really close friend.'],
  [3, 'Ik ervaar een leegte om me heen.', 'I experience a general sense of emptiness.'],
  [4, 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.', 'There are plenty of people I can lean on when I have problems.'],
  [5, 'Ik mis gezelligheid om me heen.', 'I miss the pleasure of the company of others.'],
  [6, 'Ik vind mijn kring van kennissen te beperkt.', 'I find my circle of friends and acquaintances too limited.'],
  [7, 'Ik heb veel mensen op wie ik volledig kan vertrouwen.', 'There are many people I can trust completely.'],
  [8, 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.', 'There are enough people I feel close to.'],
  [9, 'Ik mis mensen om me heen.', 'I miss having people around me.'],
  [10, 'Vaak voel ik me in de steek gelaten.', 'I often feel rejected.'],
  [11, 'Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht.', 'I can call on my friends whenever I need them.'],
];

const djg11 = builtinScales['de-jong-gierveld-11'];
const djg6 = builtinScales['de-jong-gierveld-6'];
const ucla3 = builtinScales['ucla-3'];

describe('the built-in scales', () => {
  it('are exactly the two De Jong Gierveld scales and the UCLA 3-item scale (no PSS: its licence is unclear)', () => {
    expect(Object.keys(builtinScales).sort()).toEqual(['de-jong-gierveld-11', 'de-jong-gierveld-6', 'ucla-3']);
    expect([...builtinScaleIds].sort()).toEqual(Object.keys(builtinScales).sort());
    for (const id of builtinScaleIds) expect(builtinScales[id].id).toBe(id);
    expect(isBuiltinScaleId('ucla-3')).toBe(true);
    expect(isBuiltinScaleId('pss-10')).toBe(false);
  });

  it('each pass the schema again on their own (the loader did not just cast them)', () => {
    for (const id of builtinScaleIds) expect(scaleDefinitionSchema.safeParse(builtinScales[id]).success).toBe(true);
  });

  it('name their source exactly as the source line in the domain reference', () => {
    expect(djg11.source).toBe(
      'De Jong Gierveld, J. & Kamphuis, F.H. (1985). The development of a Rasch-type loneliness scale. Applied Psychological Measurement, 9, 289-299.',
    );
    expect(djg6.source).toBe(
      'De Jong Gierveld, J. & Van Tilburg, T.G. (2006). A 6-item scale for overall, emotional and social loneliness. Research on Aging, 28, 582-598.',
    );
    expect(ucla3.source).toBe(
      'Hughes, M.E., Waite, L.J., Hawkley, L.C. & Cacioppo, J.T. (2004). A short scale for measuring loneliness in large surveys. Research on Aging, 26, 655-672.',
    );
  });

  it('each carry a usage note in both languages saying the result is no diagnosis', () => {
    for (const id of builtinScaleIds) {
      expect(builtinScales[id].usageNote.nl).toMatch(/geen diagnose/);
      expect(builtinScales[id].usageNote.en).toMatch(/not a diagnosis/);
    }
  });
});

describe('De Jong Gierveld 11 items', () => {
  it('shows the eleven items in nl and en exactly as published, in their order', () => {
    expect(djg11.items.map((item) => [item.number, item.text.nl, item.text.en])).toEqual(djg11Reference);
    for (const item of djg11.items) expect(item.unvalidatedTranslation).toBeUndefined();
    expect(djg11.translationNote).toBeUndefined();
  });

  it('offers ja / min of meer / nee (yes / more or less / no) in that order', () => {
    expect(djg11.answerOptions.map((option) => [option.label.nl, option.label.en])).toEqual([
      ['ja', 'yes'],
      ['min of meer', 'more or less'],
      ['nee', 'no'],
    ]);
  });

  it('puts items 2, 3, 5, 6, 9, 10 in the emotional and 1, 4, 7, 8, 11 in the social subscale', () => {
    const numbers = (id: string) =>
      djg11.subscales.find((subscale) => subscale.id === id)?.items.map((itemId) => djg11.items.find((item) => item.id === itemId)?.number);
    expect(numbers('emotional')).toEqual([2, 3, 5, 6, 9, 10]);
    expect(numbers('social')).toEqual([1, 4, 7, 8, 11]);
    expect(djg11.subscales.map((subscale) => subscale.maxMissing)).toEqual([0, 0]);
  });

  it('has the total bands of the domain reference with their Dutch and English names', () => {
    expect(djg11.total.bands?.map((band) => [band.from, band.to, band.label.nl, band.label.en])).toEqual([
      [0, 2, 'niet eenzaam', 'not lonely'],
      [3, 8, 'matig eenzaam', 'moderately lonely'],
      [9, 10, 'ernstig eenzaam', 'severely lonely'],
      [11, 11, 'zeer ernstig eenzaam', 'very severely lonely'],
    ]);
    expect(djg11.total).toMatchObject({ min: 0, max: 11, maxMissing: 1, partialScore: 'sum-of-answered' });
  });
});

describe('De Jong Gierveld 6 items', () => {
  it('asks 11-item numbers 3, 4, 7, 9, 8, 10 in that order, numbered 1 to 6, with the same texts', () => {
    const reference = (number: number) => djg11Reference.find(([n]) => n === number) as readonly [number, string, string];
    expect(djg6.items.map((item) => [item.number, item.text.nl, item.text.en])).toEqual(
      [3, 4, 7, 9, 8, 10].map((number, index) => [index + 1, reference(number)[1], reference(number)[2]]),
    );
    // Same item ids as the 11-item scale, so answers to one item mean the same in both.
    const djg11Ids = new Map(djg11.items.map((item) => [item.number, item.id]));
    expect(djg6.items.map((item) => item.id)).toEqual([3, 4, 7, 9, 8, 10].map((number) => djg11Ids.get(number)));
  });

  it('has emotional items 3, 9, 10 and social items 4, 7, 8 (11-item numbers), with subscale bands 0 / 1–2 / 3', () => {
    const ids = (...numbers: number[]) => numbers.map((number) => djg11.items.find((item) => item.number === number)?.id);
    expect(djg6.subscales.map((subscale) => [subscale.id, subscale.items])).toEqual([
      ['emotional', ids(3, 9, 10)],
      ['social', ids(4, 7, 8)],
    ]);
    for (const subscale of djg6.subscales) {
      expect(subscale.bands?.map((band) => [band.from, band.to, band.label.nl])).toEqual([
        [0, 0, 'niet eenzaam'],
        [1, 2, 'enigszins eenzaam'],
        [3, 3, 'sterk eenzaam'],
      ]);
    }
  });

  it('has the total bands 0–1, 2–4, 5–6', () => {
    expect(djg6.total.bands?.map((band) => [band.from, band.to, band.label.nl, band.label.en])).toEqual([
      [0, 1, 'niet eenzaam', 'not lonely'],
      [2, 4, 'enigszins eenzaam', 'moderately lonely'],
      [5, 6, 'sterk eenzaam', 'severely lonely'],
    ]);
  });
});

describe('UCLA 3 items', () => {
  it('shows the three published English items', () => {
    expect(ucla3.items.map((item) => [item.number, item.text.en])).toEqual([
      [1, 'How often do you feel that you lack companionship?'],
      [2, 'How often do you feel left out?'],
      [3, 'How often do you feel isolated from others?'],
    ]);
  });

  it('marks every Dutch rendering as an unvalidated translation with the note "vertaling, niet gevalideerd"', () => {
    expect(ucla3.translationNote).toEqual({ nl: 'vertaling, niet gevalideerd' });
    for (const item of ucla3.items) {
      expect(item.unvalidatedTranslation).toEqual(['nl']);
      expect(item.text.nl).toMatch(/^Hoe vaak .+\?$/);
    }
  });

  it('scores Hardly ever 1, Some of the time 2, Often 3 on a 3–9 total without bands, all items needed', () => {
    expect(ucla3.answerOptions.map((option) => option.label.en)).toEqual(['Hardly ever', 'Some of the time', 'Often']);
    for (const item of ucla3.items) expect(item.scores).toEqual({ 'hardly-ever': 1, 'some-of-the-time': 2, often: 3 });
    expect(ucla3.total).toEqual({ min: 3, max: 9, maxMissing: 0 });
    expect(ucla3.subscales).toEqual([]);
  });
});
