import fc from 'fast-check';

/**
 * Ways to break a well-formed input: the value at one place replaced by the wrong type, an absurd
 * size, an invalid date, a number at the edge, deep nesting or a prototype key; a key added or
 * taken away; or no object at all. The caller keeps only what is really malformed.
 */
type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

function objectPaths(value: unknown): Path[] {
  return paths(value).filter((path) => {
    const at = get(value, path);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
}

function get(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}

/** A deep copy with the value at `path` replaced (or removed, or an own key added). */
function edit(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return copy;
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

const replaceAt = (value: unknown, path: Path, next: unknown) =>
  path.length === 0 ? next : edit(value, path, (parent, key) => (parent[key] = next));

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let result = leaf;
  for (let level = 0; level < depth; level++) result = asArray ? [result] : { a: result };
  return result;
}

const hugeString = fc.integer({ min: 20_001, max: 250_000 }).map((length) => 'x'.repeat(length));
const invalidDate = fc.constantFrom('2025-02-30', '2025-13-01', '31-12-2025', '2025-02-28T25:00:00Z', '2025-02-28T10:00', '', 'yesterday', '2025-00-10', '+275760-09-13');
const edgeNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1.5, 2 ** 53 + 2, -(2 ** 31), 1e308, -0);
const wrongTypeValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.constant(new Date(0)),
);
const strangeText = fc.constantFrom('\uD800', '\uDFFF abc', '\u0000', '\u202Eevil', 'a\r\nb', '%00', '\uFEFF');
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

export function malformedFrom(valid: unknown): fc.Arbitrary<unknown> {
  const allPaths = paths(valid);
  const leafPaths = allPaths.filter((path) => path.length > 0);
  const stringPaths = leafPaths.filter((path) => typeof get(valid, path) === 'string');
  const datePaths = stringPaths.filter((path) => /^\d{4}-\d{2}-\d{2}/.test(get(valid, path) as string));
  const numberPaths = leafPaths.filter((path) => typeof get(valid, path) === 'number');
  const objects = objectPaths(valid);
  const pick = (list: Path[]) => fc.constantFrom(...(list.length > 0 ? list : [[]]));

  const strategies: fc.Arbitrary<unknown>[] = [
    // Not an object at all.
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.anything(), { maxLength: 4 }), hugeString),
    // The wrong type somewhere.
    fc.tuple(pick(allPaths), wrongTypeValue).map(([path, next]) => (typeOf(next) === typeOf(get(valid, path)) ? valid : replaceAt(valid, path, next))),
    // A key nobody asked for (every contract object is strict).
    fc.tuple(pick(objects), fc.string({ minLength: 1, maxLength: 12 }), fc.anything({ maxDepth: 2 })).map(([path, key, next]) =>
      edit(path.length === 0 ? { ...(valid as object) } : valid, [...path, `x-${key}`], (parent, name) => (parent[name] = next)),
    ),
    // A key a prototype-pollution attack would use, as an own property (as JSON.parse makes it).
    fc.tuple(pick(objects), prototypeKey, fc.anything({ maxDepth: 1 })).map(([path, key, next]) => {
      const copy = structuredClone(valid) as Record<string, unknown>;
      const target = (path.length === 0 ? copy : get(copy, path)) as Record<string, unknown>;
      Object.defineProperty(target, key, { value: next, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
    // A key taken away.
    pick(leafPaths).map((path) => (path.length === 0 ? undefined : edit(valid, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])))),
    // Deep nesting where a value belongs.
    fc.tuple(pick(allPaths), fc.integer({ min: 33, max: 400 }), fc.boolean()).map(([path, depth, asArray]) => replaceAt(valid, path, nested(depth, 'x', asArray))),
  ];
  if (stringPaths.length > 0) {
    strategies.push(fc.tuple(pick(stringPaths), hugeString).map(([path, next]) => replaceAt(valid, path, next)));
    strategies.push(fc.tuple(pick(stringPaths), strangeText).map(([path, next]) => replaceAt(valid, path, next)));
  }
  if (datePaths.length > 0) strategies.push(fc.tuple(pick(datePaths), invalidDate).map(([path, next]) => replaceAt(valid, path, next)));
  if (numberPaths.length > 0) strategies.push(fc.tuple(pick(numberPaths), edgeNumber).map(([path, next]) => replaceAt(valid, path, next)));
  return fc.oneof(...strategies);
}
