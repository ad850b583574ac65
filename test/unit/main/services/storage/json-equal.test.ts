import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../../../main/services/storage/json-equal';

describe('sameJson: would two values be written as the same JSON?', () => {
  it('ignores key order and keys holding undefined, as JSON.stringify does', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });

  it('tells apart values, missing keys, array order and lengths, arrays and objects, null', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], [1, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson(' a', 'a')).toBe(false);
    expect(sameJson({ a: { b: [1, 2, { c: null }] } }, { a: { b: [1, 2, { c: null }] } })).toBe(true);
  });
});
