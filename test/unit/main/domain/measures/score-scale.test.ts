import { describe, expect, it } from 'vitest';
import { builtinScales } from '../../../../../main/domain/measures/builtin-scales';
import type { ScaleDefinition } from '../../../../../main/domain/measures/scale-definition';
import { scoreScale, scoreValue, type Answers, type ScoreResult, type ScoringOutcome } from '../../../../../main/domain/measures/score-scale';

const djg11 = builtinScales['de-jong-gierveld-11'];
const djg6 = builtinScales['de-jong-gierveld-6'];
const ucla3 = builtinScales['ucla-3'];

type DjgAnswer = 'ja' | 'min-of-meer' | 'nee';

/** Item id by the number shown on the form. */
function idOf(scale: ScaleDefinition, number: number): string {
  const item = scale.items.find((candidate) => candidate.number === number);
  if (!item) throw new Error(`no item ${number} in ${scale.id}`);
  return item.id;
}

/** Answers by form number; numbers not listed are absent (unanswered). */
function answersBy(scale: ScaleDefinition, byNumber: Record<number, DjgAnswer | string | null>): Answers {
  return Object.fromEntries(Object.entries(byNumber).map(([number, value]) => [idOf(scale, Number(number)), value]));
}

function all(scale: ScaleDefinition, value: string): Answers {
  return Object.fromEntries(scale.items.map((item) => [item.id, value]));
}

function scored(outcome: ScoringOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.issues)}`);
  return outcome;
}

interface View {
  status: ScoreResult['status'];
  value: number | null;
  band: string | null;
}

function view(result: ScoreResult): View {
  return { status: result.status, value: scoreValue(result) ?? null, band: result.status === 'incomplete' ? null : (result.band?.key ?? null) };
}

/** A compact view: status, value (or null) and band key of the total and of each subscale by id. */
function summary(outcome: ScoringOutcome): Record<string, View> & { total: View } {
  const { total, subscales } = scored(outcome);
  return { ...Object.fromEntries(Object.entries(subscales).map(([id, result]) => [id, view(result)])), total: view(total) };
}

describe('De Jong Gierveld 11: every item and every answer (social items score "min of meer" and "nee", emotional "ja" and "min of meer")', () => {
  // [item, answer, score, subscale] — from the table in the domain reference, by hand.
  const table: Array<[number, DjgAnswer, number, 'emotional' | 'social']> = [
    [1, 'ja', 0, 'social'], [1, 'min-of-meer', 1, 'social'], [1, 'nee', 1, 'social'],
    [2, 'ja', 1, 'emotional'], [2, 'min-of-meer', 1, 'emotional'], [2, 'nee', 0, 'emotional'],
    [3, 'ja', 1, 'emotional'], [3, 'min-of-meer', 1, 'emotional'], [3, 'nee', 0, 'emotional'],
    [4, 'ja', 0, 'social'], [4, 'min-of-meer', 1, 'social'], [4, 'nee', 1, 'social'],
    [5, 'ja', 1, 'emotional'], [5, 'min-of-meer', 1, 'emotional'], [5, 'nee', 0, 'emotional'],
    [6, 'ja', 1, 'emotional'], [6, 'min-of-meer', 1, 'emotional'], [6, 'nee', 0, 'emotional'],
    [7, 'ja', 0, 'social'], [7, 'min-of-meer', 1, 'social'], [7, 'nee', 1, 'social'],
    [8, 'ja', 0, 'social'], [8, 'min-of-meer', 1, 'social'], [8, 'nee', 1, 'social'],
    [9, 'ja', 1, 'emotional'], [9, 'min-of-meer', 1, 'emotional'], [9, 'nee', 0, 'emotional'],
    [10, 'ja', 1, 'emotional'], [10, 'min-of-meer', 1, 'emotional'], [10, 'nee', 0, 'emotional'],
    [11, 'ja', 0, 'social'], [11, 'min-of-meer', 1, 'social'], [11, 'nee', 1, 'social'],
  ];

  it('has 33 cases', () => expect(table).toHaveLength(33));

  it.each(table)('item %i answered %s scores %i on the %s subscale', (number, answer, score, subscale) => {
    // Every other item gets the answer that scores 0, so the item alone moves the scores.
    const zero: Record<number, DjgAnswer> = {};
    for (let other = 1; other <= 11; other++) zero[other] = [1, 4, 7, 8, 11].includes(other) ? 'ja' : 'nee';
    const { total, subscales } = scored(scoreScale(djg11, answersBy(djg11, { ...zero, [number]: answer })));
    expect(scoreValue(total)).toBe(score);
    expect(scoreValue(subscales[subscale] ?? total)).toBe(score);
    expect(scoreValue(subscales[subscale === 'social' ? 'emotional' : 'social'] ?? total)).toBe(0);
  });
});

describe('De Jong Gierveld 11: answer patterns', () => {
  it('all "ja": the six emotional items count, total 6, matig eenzaam', () => {
    expect(summary(scoreScale(djg11, all(djg11, 'ja')))).toEqual({
      total: { status: 'complete', value: 6, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 6, band: null },
      social: { status: 'complete', value: 0, band: null },
    });
  });

  it('all "nee": the five social items count, total 5, matig eenzaam', () => {
    expect(summary(scoreScale(djg11, all(djg11, 'nee')))).toEqual({
      total: { status: 'complete', value: 5, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 0, band: null },
      social: { status: 'complete', value: 5, band: null },
    });
  });

  it('all "min of meer": the neutral answer always counts, total 11, zeer ernstig eenzaam', () => {
    expect(summary(scoreScale(djg11, all(djg11, 'min-of-meer')))).toEqual({
      total: { status: 'complete', value: 11, band: 'very-severely-lonely' },
      emotional: { status: 'complete', value: 6, band: null },
      social: { status: 'complete', value: 5, band: null },
    });
  });

  it('a mixed pattern: emotional 2 (items 3, 5), social 2 (items 7, 8), total 4, matig eenzaam', () => {
    const answers = answersBy(djg11, {
      1: 'ja', 2: 'nee', 3: 'min-of-meer', 4: 'ja', 5: 'ja', 6: 'nee', 7: 'nee', 8: 'min-of-meer', 9: 'nee', 10: 'nee', 11: 'ja',
    });
    expect(summary(scoreScale(djg11, answers))).toEqual({
      total: { status: 'complete', value: 4, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 2, band: null },
      social: { status: 'complete', value: 2, band: null },
    });
  });

  it('a severe pattern: emotional 5 (10 is "nee"), social 4 (11 is "ja"), total 9, ernstig eenzaam', () => {
    const answers = answersBy(djg11, {
      1: 'nee', 2: 'ja', 3: 'ja', 4: 'nee', 5: 'ja', 6: 'ja', 7: 'nee', 8: 'nee', 9: 'ja', 10: 'nee', 11: 'ja',
    });
    expect(summary(scoreScale(djg11, answers))).toEqual({
      total: { status: 'complete', value: 9, band: 'severely-lonely' },
      emotional: { status: 'complete', value: 5, band: null },
      social: { status: 'complete', value: 4, band: null },
    });
  });

  it('a low pattern: emotional 2 (5 "min of meer", 10 "ja"), social 1 (11 "min of meer"), total 3, just matig eenzaam', () => {
    const answers = answersBy(djg11, {
      1: 'ja', 2: 'nee', 3: 'nee', 4: 'ja', 5: 'min-of-meer', 6: 'nee', 7: 'ja', 8: 'ja', 9: 'nee', 10: 'ja', 11: 'min-of-meer',
    });
    expect(summary(scoreScale(djg11, answers)).total).toEqual({ status: 'complete', value: 3, band: 'moderately-lonely' });
    expect(summary(scoreScale(djg11, { ...answers, [idOf(djg11, 10)]: 'nee' })).total).toEqual({
      status: 'complete',
      value: 2,
      band: 'not-lonely',
    });
  });

  // With t items answered "min of meer" and the rest answered the not-lonely way, the total is t.
  it.each([
    [0, 'not-lonely'], [1, 'not-lonely'], [2, 'not-lonely'],
    [3, 'moderately-lonely'], [5, 'moderately-lonely'], [8, 'moderately-lonely'],
    [9, 'severely-lonely'], [10, 'severely-lonely'],
    [11, 'very-severely-lonely'],
  ])('a total of %i is in the band %s', (total, band) => {
    const byNumber: Record<number, DjgAnswer> = {};
    for (let number = 1; number <= 11; number++) {
      byNumber[number] = number <= total ? 'min-of-meer' : [1, 4, 7, 8, 11].includes(number) ? 'ja' : 'nee';
    }
    expect(summary(scoreScale(djg11, answersBy(djg11, byNumber))).total).toEqual({ status: 'complete', value: total, band });
  });
});

describe('De Jong Gierveld 11: missing answers', () => {
  const allLonely = all(djg11, 'min-of-meer');

  it.each([
    ['absent', undefined],
    ['null', null],
  ])('one item %s: total is the sum of the other ten, marked "10 of 11"; its subscale is incomplete', (_how, value) => {
    const answers: Record<string, string | null | undefined> = { ...allLonely };
    if (value === undefined) delete answers[idOf(djg11, 5)];
    else answers[idOf(djg11, 5)] = value;
    const { total, subscales } = scored(scoreScale(djg11, answers));
    expect(total).toEqual({ status: 'partial', value: 10, answered: 10, of: 11, band: djg11.total.bands?.[2] });
    expect(subscales['emotional']).toEqual({ status: 'incomplete', answered: 5, of: 6 });
    expect(subscales['social']).toEqual({ status: 'complete', value: 5 });
  });

  it('an explicit undefined counts as missing as well', () => {
    const { total } = scored(scoreScale(djg11, { ...allLonely, [idOf(djg11, 1)]: undefined }));
    expect(total).toMatchObject({ status: 'partial', value: 10, answered: 10, of: 11 });
  });

  it('one social item missing of a low pattern: the partial total keeps its band from the ten answered', () => {
    const answers = answersBy(djg11, { 1: null, 2: 'ja', 3: 'nee', 4: 'ja', 5: 'nee', 6: 'nee', 7: 'ja', 8: 'ja', 9: 'nee', 10: 'nee', 11: 'ja' });
    expect(summary(scoreScale(djg11, answers))).toEqual({
      total: { status: 'partial', value: 1, band: 'not-lonely' },
      emotional: { status: 'complete', value: 1, band: null },
      social: { status: 'incomplete', value: null, band: null },
    });
  });

  it('two items missing: the total is incomplete and carries no number', () => {
    const answers = { ...allLonely, [idOf(djg11, 2)]: null, [idOf(djg11, 11)]: null };
    const { total, subscales } = scored(scoreScale(djg11, answers));
    expect(total).toEqual({ status: 'incomplete', answered: 9, of: 11 });
    expect(total).not.toHaveProperty('value');
    expect(subscales['emotional']).toEqual({ status: 'incomplete', answered: 5, of: 6 });
    expect(subscales['social']).toEqual({ status: 'incomplete', answered: 4, of: 5 });
  });

  it('nothing answered: everything incomplete', () => {
    expect(scored(scoreScale(djg11, {}))).toEqual({
      ok: true,
      total: { status: 'incomplete', answered: 0, of: 11 },
      subscales: { emotional: { status: 'incomplete', answered: 0, of: 6 }, social: { status: 'incomplete', answered: 0, of: 5 } },
    });
  });
});

describe('De Jong Gierveld 6 (asked as 3, 4, 7, 9, 8, 10; numbered 1–6 on the form)', () => {
  // [form number, 11-item number, answer, score, subscale]
  const table: Array<[number, number, DjgAnswer, number, 'emotional' | 'social']> = [
    [1, 3, 'ja', 1, 'emotional'], [1, 3, 'min-of-meer', 1, 'emotional'], [1, 3, 'nee', 0, 'emotional'],
    [2, 4, 'ja', 0, 'social'], [2, 4, 'min-of-meer', 1, 'social'], [2, 4, 'nee', 1, 'social'],
    [3, 7, 'ja', 0, 'social'], [3, 7, 'min-of-meer', 1, 'social'], [3, 7, 'nee', 1, 'social'],
    [4, 9, 'ja', 1, 'emotional'], [4, 9, 'min-of-meer', 1, 'emotional'], [4, 9, 'nee', 0, 'emotional'],
    [5, 8, 'ja', 0, 'social'], [5, 8, 'min-of-meer', 1, 'social'], [5, 8, 'nee', 1, 'social'],
    [6, 10, 'ja', 1, 'emotional'], [6, 10, 'min-of-meer', 1, 'emotional'], [6, 10, 'nee', 0, 'emotional'],
  ];

  it.each(table)('form item %i (11-item %i) answered %s scores %i on the %s subscale', (number, number11, answer, score, subscale) => {
    expect(idOf(djg6, number)).toBe(idOf(djg11, number11));
    const zero: Record<number, DjgAnswer> = { 1: 'nee', 2: 'ja', 3: 'ja', 4: 'nee', 5: 'ja', 6: 'nee' };
    const { total, subscales } = scored(scoreScale(djg6, answersBy(djg6, { ...zero, [number]: answer })));
    expect(scoreValue(total)).toBe(score);
    expect(scoreValue(subscales[subscale] ?? total)).toBe(score);
    expect(scoreValue(subscales[subscale === 'social' ? 'emotional' : 'social'] ?? total)).toBe(0);
  });

  it('all "ja": emotional 3 (sterk), social 0 (niet), total 3 (enigszins eenzaam)', () => {
    expect(summary(scoreScale(djg6, all(djg6, 'ja')))).toEqual({
      total: { status: 'complete', value: 3, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 3, band: 'strongly-lonely' },
      social: { status: 'complete', value: 0, band: 'not-lonely' },
    });
  });

  it('all "nee": emotional 0, social 3, total 3', () => {
    expect(summary(scoreScale(djg6, all(djg6, 'nee')))).toEqual({
      total: { status: 'complete', value: 3, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 0, band: 'not-lonely' },
      social: { status: 'complete', value: 3, band: 'strongly-lonely' },
    });
  });

  it('all "min of meer": total 6 (sterk eenzaam), both subscales 3', () => {
    expect(summary(scoreScale(djg6, all(djg6, 'min-of-meer')))).toEqual({
      total: { status: 'complete', value: 6, band: 'severely-lonely' },
      emotional: { status: 'complete', value: 3, band: 'strongly-lonely' },
      social: { status: 'complete', value: 3, band: 'strongly-lonely' },
    });
  });

  it('a mixed pattern: emotional 1 (leegte "min of meer"), social 2 (narigheid "nee", nauw verbonden "min of meer"), total 3', () => {
    const answers = answersBy(djg6, { 1: 'min-of-meer', 2: 'nee', 3: 'ja', 4: 'nee', 5: 'min-of-meer', 6: 'nee' });
    expect(summary(scoreScale(djg6, answers))).toEqual({
      total: { status: 'complete', value: 3, band: 'moderately-lonely' },
      emotional: { status: 'complete', value: 1, band: 'somewhat-lonely' },
      social: { status: 'complete', value: 2, band: 'somewhat-lonely' },
    });
  });

  // Form items 1..t answered "min of meer", the rest the not-lonely way.
  it.each([
    [0, 'not-lonely'], [1, 'not-lonely'],
    [2, 'moderately-lonely'], [4, 'moderately-lonely'],
    [5, 'severely-lonely'], [6, 'severely-lonely'],
  ])('a total of %i is in the band %s', (total, band) => {
    const notLonely: Record<number, DjgAnswer> = { 1: 'nee', 2: 'ja', 3: 'ja', 4: 'nee', 5: 'ja', 6: 'nee' };
    const byNumber = Object.fromEntries(Object.entries(notLonely).map(([n, a]) => [n, Number(n) <= total ? 'min-of-meer' : a]));
    expect(summary(scoreScale(djg6, answersBy(djg6, byNumber))).total).toEqual({ status: 'complete', value: total, band });
  });

  // Emotional items are form numbers 1, 4, 6; the first s of them get "ja".
  it.each([
    [0, 'not-lonely'], [1, 'somewhat-lonely'], [2, 'somewhat-lonely'], [3, 'strongly-lonely'],
  ])('an emotional subscale of %i is %s', (value, band) => {
    const byNumber: Record<number, DjgAnswer> = { 1: 'nee', 2: 'ja', 3: 'ja', 4: 'nee', 5: 'ja', 6: 'nee' };
    for (const number of [1, 4, 6].slice(0, value)) byNumber[number] = 'ja';
    expect(summary(scoreScale(djg6, answersBy(djg6, byNumber)))['emotional']).toEqual({ status: 'complete', value, band });
  });

  it('one item missing: total is the sum of the other five, marked "5 of 6"; its subscale is incomplete', () => {
    const answers = { ...all(djg6, 'min-of-meer'), [idOf(djg6, 3)]: null };
    const { total, subscales } = scored(scoreScale(djg6, answers));
    expect(total).toEqual({ status: 'partial', value: 5, answered: 5, of: 6, band: djg6.total.bands?.[2] });
    expect(subscales['social']).toEqual({ status: 'incomplete', answered: 2, of: 3 });
    expect(subscales['emotional']).toMatchObject({ status: 'complete', value: 3 });
  });

  it('two items missing: total incomplete, no number', () => {
    const answers = { ...all(djg6, 'min-of-meer'), [idOf(djg6, 1)]: null, [idOf(djg6, 6)]: null };
    const { total } = scored(scoreScale(djg6, answers));
    expect(total).toEqual({ status: 'incomplete', answered: 4, of: 6 });
  });
});

describe('UCLA 3 items', () => {
  const table: Array<[number, string, number]> = [
    [1, 'hardly-ever', 1], [1, 'some-of-the-time', 2], [1, 'often', 3],
    [2, 'hardly-ever', 1], [2, 'some-of-the-time', 2], [2, 'often', 3],
    [3, 'hardly-ever', 1], [3, 'some-of-the-time', 2], [3, 'often', 3],
  ];

  it.each(table)('item %i answered %s adds %i to a base of 2', (number, answer, score) => {
    const answers = { ...all(ucla3, 'hardly-ever'), [idOf(ucla3, number)]: answer };
    expect(scored(scoreScale(ucla3, answers)).total).toEqual({ status: 'complete', value: 2 + score });
  });

  it('runs from 3 (all hardly ever) to 9 (all often); 1 + 2 + 3 = 6; no band, no subscales', () => {
    expect(scored(scoreScale(ucla3, all(ucla3, 'hardly-ever')))).toEqual({ ok: true, total: { status: 'complete', value: 3 }, subscales: {} });
    expect(scored(scoreScale(ucla3, all(ucla3, 'often'))).total).toEqual({ status: 'complete', value: 9 });
    const mixed = answersBy(ucla3, { 1: 'hardly-ever', 2: 'some-of-the-time', 3: 'often' });
    expect(scored(scoreScale(ucla3, mixed)).total).toEqual({ status: 'complete', value: 6 });
  });

  it('with one item missing is incomplete: all three are needed', () => {
    const answers = answersBy(ucla3, { 1: 'often', 2: 'often', 3: null });
    expect(scored(scoreScale(ucla3, answers)).total).toEqual({ status: 'incomplete', answered: 2, of: 3 });
    expect(scored(scoreScale(ucla3, answersBy(ucla3, { 1: 'often', 2: 'often' }))).total).toEqual({ status: 'incomplete', answered: 2, of: 3 });
  });
});

describe('refusing answers that do not fit the scale', () => {
  it('refuses an unknown item id with a typed issue instead of crashing', () => {
    expect(scoreScale(djg6, { ...all(djg6, 'ja'), [idOf(djg11, 1)]: 'ja' })).toEqual({
      ok: false,
      issues: [{ code: 'unknown_item', itemId: 'daily-problems' }],
    });
  });

  it('refuses an answer that is not an option of the scale (e.g. a UCLA answer on a De Jong Gierveld item)', () => {
    expect(scoreScale(djg11, { ...all(djg11, 'ja'), emptiness: 'often' })).toEqual({
      ok: false,
      issues: [{ code: 'unknown_option', itemId: 'emptiness', value: 'often' }],
    });
  });

  it('lists every problem, and never scores half', () => {
    const outcome = scoreScale(ucla3, { 'left-out': 'ja', 'no-such-item': 'often', 'lack-companionship': 'often' });
    expect(outcome).toEqual({
      ok: false,
      issues: [
        { code: 'unknown_option', itemId: 'left-out', value: 'ja' },
        { code: 'unknown_item', itemId: 'no-such-item' },
      ],
    });
  });

  it('is not fooled by keys or values that name object built-ins', () => {
    const answers = JSON.parse('{"__proto__": "ja", "emptiness": "constructor", "feel-rejected": "toString"}') as Answers;
    expect(scoreScale(djg11, answers)).toEqual({
      ok: false,
      issues: [
        { code: 'unknown_item', itemId: '__proto__' },
        { code: 'unknown_option', itemId: 'emptiness', value: 'constructor' },
        { code: 'unknown_option', itemId: 'feel-rejected', value: 'toString' },
      ],
    });
  });

  it('refuses a value that is not text at all (e.g. a number from a careless caller)', () => {
    const answers = { emptiness: 1 } as unknown as Answers;
    expect(scoreScale(djg11, answers)).toEqual({ ok: false, issues: [{ code: 'unknown_option', itemId: 'emptiness', value: '1' }] });
  });
});
