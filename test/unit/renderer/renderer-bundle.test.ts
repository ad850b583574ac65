import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Modules a file loads at run time. `import type` / `export type` are erased; anything else is kept. */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) {
    if (match[2] === undefined && match[3] !== undefined) specifiers.push(match[3]);
  }
  for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

function resolveLocal(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every package the renderer entry reaches at run time, following local files (renderer and main). */
function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(fs.readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const next = resolveLocal(file, specifier);
        if (next) visit(next);
      } else if (!specifier.startsWith('@locales/')) {
        packages.set(specifier, path.relative(repoRoot, file));
      }
    }
  };
  visit(entry);
  expect(seen.size).toBeGreaterThan(10);
  return packages;
}

describe('what the renderer bundle pulls in', () => {
  it('does not reach zod: building a zod object schema probes eval, which the CSP reports as a violation', () => {
    const packages = packagesReachedFrom(path.join(repoRoot, 'renderer/main.tsx'));
    expect(packages.get('react')).toBeDefined();
    expect([...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });

  it('has only the packages a browser page needs', () => {
    const packages = [...packagesReachedFrom(path.join(repoRoot, 'renderer/main.tsx')).keys()].sort();
    expect(packages).toEqual(['i18next', 'react', 'react-dom/client', 'react-i18next']);
  });
});
