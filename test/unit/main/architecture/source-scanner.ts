import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * A text scanner for import boundaries (TypeScript 7 ships no compiler API to parse with).
 * It blanks comments, then reads static imports/re-exports, dynamic `import()` and `require()`.
 */

export interface ImportRef {
  readonly specifier: string;
  /** `import type …` / `export type … from`: erased at build time, never loaded. */
  readonly typeOnly: boolean;
  readonly line: number;
}

const regexPrecedingChars = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const regexPrecedingWords = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

/** Replaces every comment with spaces (newlines kept, so line numbers stay right). */
export function blankComments(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const templateDepth: number[] = []; // brace depth at which each open `${` returns to its template
  let braceDepth = 0;
  let i = 0;
  const previousSignificant = (): string => {
    let j = i - 1;
    while (j >= 0 && /\s/.test(source[j] ?? '')) j--;
    if (j < 0) return '';
    if (/[\w$]/.test(source[j] ?? '')) {
      let k = j;
      while (k >= 0 && /[\w$]/.test(source[k] ?? '')) k--;
      return source.slice(k + 1, j + 1);
    }
    return source[j] ?? '';
  };
  const skipString = (quote: string) => {
    i++;
    while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipTemplate = () => {
    // i is just after a backtick or a closing `}` of `${}`
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        templateDepth.push(braceDepth);
        braceDepth++;
        return;
      } else i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      skipString(c);
    } else if (c === '`') {
      i++;
      skipTemplate();
    } else if (c === '{') {
      braceDepth++;
      i++;
    } else if (c === '}') {
      braceDepth--;
      i++;
      if (templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braceDepth) {
        templateDepth.pop();
        skipTemplate();
      }
    } else if (c === '/') {
      const before = previousSignificant();
      if (before === '' || regexPrecedingChars.has(before) || regexPrecedingWords.has(before)) {
        i++;
        let inClass = false;
        while (i < source.length && source[i] !== '\n') {
          const r = source[i];
          if (r === '\\') i++;
          else if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
        i++;
      } else i++;
    } else i++;
  }
  return out.join('');
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) if (text[k] === '\n') line++;
  return line;
}

export function findImports(source: string): ImportRef[] {
  const text = blankComments(source);
  const refs: ImportRef[] = [];
  const statement = /^[ \t]*(?:import|export)[ \t]+(type[ \t]+)?[\w$\s{},*]*?\bfrom\s*(['"])([^'"\n]+)\2/gm;
  const sideEffect = /^[ \t]*import\s*(['"])([^'"\n]+)\1/gm;
  const dynamic = /(typeof\s+)?\bimport\s*\(\s*(['"])([^'"\n]+)\2\s*\)/g;
  const required = /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
  for (const m of text.matchAll(statement)) refs.push({ specifier: m[3] ?? '', typeOnly: m[1] !== undefined, line: lineAt(text, m.index) });
  for (const m of text.matchAll(sideEffect)) refs.push({ specifier: m[2] ?? '', typeOnly: false, line: lineAt(text, m.index) });
  for (const m of text.matchAll(dynamic)) refs.push({ specifier: m[3] ?? '', typeOnly: m[1] !== undefined, line: lineAt(text, m.index) });
  for (const m of text.matchAll(required)) refs.push({ specifier: m[2] ?? '', typeOnly: false, line: lineAt(text, m.index) });
  return refs.sort((a, b) => a.line - b.line);
}

export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0] ?? '');
}

/** `electron` itself, its subpaths, and electron-store, which loads `electron` when imported. */
export function isElectron(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/') || specifier === 'electron-store';
}

/** A relative specifier as a repo path (`main/api/contract`), or undefined for packages. */
export function resolveInRepo(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('@locales/')) return `locales/${specifier.slice('@locales/'.length)}`;
  if (!specifier.startsWith('.')) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
}

const isUnder = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** Build and tool configs run in Node at build time; they are not renderer code. */
const isBuildConfig = (file: string) => /(^|\/)[\w-]+\.config\.[cm]?[jt]s$/.test(file);

/**
 * The boundary rules for one source file (path relative to the repo, with `/`). Returns one
 * readable line per violation.
 */
export function checkBoundaries(file: string, source: string): string[] {
  const problems: string[] = [];
  const report = (line: number, message: string) => problems.push(`${file}:${line}: ${message}`);
  const inShell = isUnder(file, 'main/shell');
  const inDomain = isUnder(file, 'main/domain');
  const inRenderer = isUnder(file, 'renderer') && !isBuildConfig(file);

  for (const ref of findImports(source)) {
    const target = resolveInRepo(file, ref.specifier);
    if (isElectron(ref.specifier) && !inShell && !ref.typeOnly) {
      report(ref.line, `imports '${ref.specifier}': only main/shell/ may import Electron`);
    }
    if (inDomain) {
      if (isNodeBuiltin(ref.specifier)) report(ref.line, `imports the Node built-in '${ref.specifier}': main/domain/ is pure`);
      for (const outer of ['main/services', 'main/api', 'main/app', 'main/shell', 'main/host']) {
        if (target && isUnder(target, outer)) report(ref.line, `imports '${ref.specifier}' from ${outer}/: main/domain/ depends on nothing outside it`);
      }
    }
    if (inRenderer) {
      if (isNodeBuiltin(ref.specifier)) report(ref.line, `imports the Node built-in '${ref.specifier}': the renderer runs in a browser`);
      if (isElectron(ref.specifier) && ref.typeOnly) report(ref.line, `imports '${ref.specifier}': the renderer never sees Electron`);
      if (target && isUnder(target, 'main') && !isUnder(target, 'main/domain') && !ref.typeOnly) {
        report(ref.line, `imports values from '${ref.specifier}': the renderer may take only types from main/ (values only from main/domain/)`);
      }
    }
  }
  if (!inShell) {
    const text = blankComments(source);
    for (const m of text.matchAll(/\bshell\s*\.\s*openExternal\b/g)) {
      report(lineAt(text, m.index), 'calls shell.openExternal: only main/shell/ opens external links (openExternalSafe)');
    }
  }
  return problems;
}
