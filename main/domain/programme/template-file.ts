import {
  programmeTemplateSchema,
  toTemplateIssues,
  type ProgrammeTemplate,
  type TemplateIssue,
} from './programme-template';

/**
 * A programme template as a file an organisation shares: pretty JSON with a format marker and a
 * format version in front of the template's own fields. Reading one is stricter than the schema:
 * the bytes must be UTF-8 JSON of bounded size, no object anywhere may carry `__proto__`,
 * `constructor` or `prototype` (checked before any parsing into typed data), the marker must match
 * and the version must be one this build understands. Unknown keys are then stripped by the schema.
 */

export const templateFileFormat = 'verbind-programme';
/** Raise when the file layout changes in a way older builds cannot read. */
export const templateFileFormatVersion = 1;
/** The default 8-week template is about 50 kB; anything far larger is not a template. */
export const templateFileMaxBytes = 1_000_000;
/** How many issues an import dialog shows; the rest are usually consequences of the first. */
export const maxReportedIssues = 5;

export const templateFileErrors = {
  tooLarge: 'programme:file.tooLarge',
  notJson: 'programme:file.notJson',
  forbiddenKey: 'programme:file.forbiddenKey',
  notTemplate: 'programme:file.notTemplate',
  newerVersion: 'programme:file.newerVersion',
  invalid: 'programme:file.invalid',
} as const;

const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type TemplateFileResult =
  | { ok: true; template: ProgrammeTemplate }
  | { ok: false; reason: 'too_large'; messageKey: typeof templateFileErrors.tooLarge }
  | { ok: false; reason: 'not_json'; messageKey: typeof templateFileErrors.notJson }
  | { ok: false; reason: 'forbidden_key'; messageKey: typeof templateFileErrors.forbiddenKey; path: (string | number)[] }
  | { ok: false; reason: 'not_template'; messageKey: typeof templateFileErrors.notTemplate }
  | {
      ok: false;
      reason: 'newer_version';
      messageKey: typeof templateFileErrors.newerVersion;
      formatVersion: number;
      supportedVersion: number;
    }
  | { ok: false; reason: 'invalid'; messageKey: typeof templateFileErrors.invalid; issues: TemplateIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A visited value and how it was reached; paths are only built for a hit, so a deep file stays linear. */
interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path of the first forbidden key anywhere in a parsed JSON value, or undefined. Walks with an
 * explicit stack: a hostile file may nest deeper than the call stack allows.
 */
export function findForbiddenKey(value: unknown): (string | number)[] | undefined {
  const stack: Visit[] = [{ value }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index], key: index, parent: visit });
    } else if (isRecord(current)) {
      const keys = Object.keys(current);
      const forbidden = keys.find((key) => forbiddenKeys.has(key));
      if (forbidden !== undefined) return pathOf({ value: undefined, key: forbidden, parent: visit });
      for (const key of keys.reverse()) stack.push({ value: current[key], key, parent: visit });
    }
  }
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // A byte order mark is allowed (Windows editors add one); JSON.parse would refuse it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Checks a value already parsed from JSON (a file's content, or the built-in template bundled as
 * JSON): forbidden keys, marker, format version, then the schema. Never throws.
 */
export function parseTemplateValue(value: unknown): TemplateFileResult {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return { ok: false, reason: 'forbidden_key', messageKey: templateFileErrors.forbiddenKey, path: forbidden };
  if (!isRecord(value) || value.format !== templateFileFormat) {
    return { ok: false, reason: 'not_template', messageKey: templateFileErrors.notTemplate };
  }
  const formatVersion = value.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, reason: 'not_template', messageKey: templateFileErrors.notTemplate };
  }
  if (formatVersion > templateFileFormatVersion) {
    return {
      ok: false,
      reason: 'newer_version',
      messageKey: templateFileErrors.newerVersion,
      formatVersion,
      supportedVersion: templateFileFormatVersion,
    };
  }
  // The marker and version are file fields, not template fields: the schema strips them.
  const parsed = programmeTemplateSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      messageKey: templateFileErrors.invalid,
      issues: toTemplateIssues(parsed.error.issues).slice(0, maxReportedIssues),
    };
  }
  return { ok: true, template: parsed.data };
}

/** Reads the bytes of a template file a worker picked. Never throws. */
export function parseTemplateFile(bytes: Uint8Array): TemplateFileResult {
  if (bytes.length > templateFileMaxBytes) return { ok: false, reason: 'too_large', messageKey: templateFileErrors.tooLarge };
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, reason: 'not_json', messageKey: templateFileErrors.notJson };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json', messageKey: templateFileErrors.notJson };
  }
  return parseTemplateValue(value);
}

/**
 * The file text for a template: marker and version first, then the template's fields in the
 * schema's order (parsing rebuilds every object in shape order, whatever order the input had), two
 * spaces of indent and a final newline, so an unchanged template always exports to the same bytes.
 * Throws on an invalid template: exporting one is a programming error, not a worker's mistake.
 */
export function serialiseTemplate(template: ProgrammeTemplate): string {
  const ordered = programmeTemplateSchema.parse(template);
  return `${JSON.stringify({ format: templateFileFormat, formatVersion: templateFileFormatVersion, ...ordered }, null, 2)}\n`;
}

/** The same, as bytes to write to a file. */
export function serialiseTemplateBytes(template: ProgrammeTemplate): Uint8Array {
  return new TextEncoder().encode(serialiseTemplate(template));
}
