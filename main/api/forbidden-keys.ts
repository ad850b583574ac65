/**
 * Keys that could reach an object's prototype if any code ever merged input into an object.
 * They are refused before schema parsing, because older schema libraries let them slip through.
 */
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
const maxDepth = 32;

export type InputShapeProblem = 'forbidden_key' | 'too_deep';

/** Walks plain JSON-like input; returns what is wrong with its shape, or undefined. */
export function findInputShapeProblem(value: unknown, depth = 0): InputShapeProblem | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxDepth) return 'too_deep';
  for (const key of Object.keys(value)) {
    if (forbidden.has(key)) return 'forbidden_key';
    const problem = findInputShapeProblem((value as Record<string, unknown>)[key], depth + 1);
    if (problem) return problem;
  }
  return undefined;
}
