import { describe, expect, it } from 'vitest';
import { findInputShapeProblem } from '../../../../main/api/forbidden-keys';

function nested(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { child: value };
  return value;
}

describe('findInputShapeProblem', () => {
  it.each([null, undefined, 'text', 42, true, {}, [], { a: [1, { b: 'c' }] }])('accepts ordinary input %j', (value) => {
    expect(findInputShapeProblem(value)).toBeUndefined();
  });

  it.each([
    ['__proto__ from JSON.parse', JSON.parse('{"__proto__":{"isAdmin":true}}')],
    ['constructor', { constructor: { prototype: { isAdmin: true } } }],
    ['prototype', { prototype: {} }],
    ['__proto__ nested in an object', JSON.parse('{"fields":{"__proto__":{"x":1}}}')],
    ['constructor nested in an array', { list: [{ ok: 1 }, { constructor: 1 }] }],
    ['prototype deep down', { a: { b: { c: { d: { prototype: null } } } } }],
  ])('finds a forbidden key: %s', (_label, value) => {
    expect(findInputShapeProblem(value)).toBe('forbidden_key');
  });

  it('accepts input as deep as a real form and refuses input nested 100 deep', () => {
    expect(findInputShapeProblem(nested(10))).toBeUndefined();
    expect(findInputShapeProblem(nested(100))).toBe('too_deep');
  });

  it('stops on a cyclic object instead of hanging', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(findInputShapeProblem(cyclic)).toBe('too_deep');
  });
});
