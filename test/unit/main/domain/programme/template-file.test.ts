import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import type { ProgrammeTemplate } from '../../../../../main/domain/programme/programme-template';
import {
  findForbiddenKey,
  maxReportedIssues,
  parseTemplateFile,
  parseTemplateValue,
  serialiseTemplate,
  serialiseTemplateBytes,
  templateFileMaxBytes,
} from '../../../../../main/domain/programme/template-file';
import { copyOfDefault, session } from './template-fixtures';

const resourceFile = path.resolve(import.meta.dirname, '../../../../../resources/programmes/verbind-8-weeks.json');
const bytes = (text: string) => new TextEncoder().encode(text);
/** The default template as an export file's object, for changing before it is turned into bytes. */
const fileObject = (): Record<string, unknown> => JSON.parse(serialiseTemplate(defaultTemplate)) as Record<string, unknown>;
const fileBytes = (value: unknown) => bytes(JSON.stringify(value));

/** The same object with its keys (at every level) in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reverseKeys(child)]));
}

describe('serialiseTemplate and parseTemplateFile', () => {
  it('round-trips: serialise then parse gives an equal template', () => {
    const result = parseTemplateFile(serialiseTemplateBytes(defaultTemplate));
    expect(result).toEqual({ ok: true, template: defaultTemplate });
  });

  it('round-trips an edited organisation copy too', () => {
    const template: ProgrammeTemplate = { ...copyOfDefault(), id: 'wijkteam-noord', origin: 'organisation', version: 3 };
    session(template, 2).title.nl = 'Bewegen in het park';
    const result = parseTemplateFile(serialiseTemplateBytes(template));
    expect(result).toEqual({ ok: true, template });
  });

  it('writes the format marker and version first, pretty-printed with a final newline', () => {
    const text = serialiseTemplate(defaultTemplate);
    expect(text.startsWith('{\n  "format": "verbind-programme",\n  "formatVersion": 1,\n  "id": "verbind-8-weeks",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the same bytes whatever order the keys had (stable key order)', () => {
    const shuffled = reverseKeys(defaultTemplate) as ProgrammeTemplate;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(defaultTemplate));
    expect(serialiseTemplate(shuffled)).toBe(serialiseTemplate(defaultTemplate));
  });

  it('keeps the shipped resource file in exactly the exported form', () => {
    expect(readFileSync(resourceFile, 'utf8')).toBe(serialiseTemplate(defaultTemplate));
  });

  it('refuses to export an invalid template', () => {
    const template = copyOfDefault();
    session(template, 1).number = 5;
    expect(() => serialiseTemplate(template)).toThrow();
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...serialiseTemplateBytes(defaultTemplate)]);
    expect(parseTemplateFile(withBom)).toEqual({ ok: true, template: defaultTemplate });
  });
});

describe('parseTemplateFile refuses', () => {
  it.each([
    ['text that is not JSON', bytes('Programma: 8 weken {')],
    ['an empty file', new Uint8Array()],
    ['bytes that are not UTF-8 (a spreadsheet)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0xff])],
    ['JSON with a trailing comma', bytes('{"format": "verbind-programme",}')],
  ])('%s as not_json', (_name, input) => {
    expect(parseTemplateFile(input)).toEqual({ ok: false, reason: 'not_json', messageKey: 'programme:file.notJson' });
  });

  it.each<[string, unknown]>([
    ['a wrong format marker', { ...fileObject(), format: 'verbind-clients' }],
    ['no format marker', (({ format: _format, ...rest }) => rest)(fileObject())],
    ['a list instead of an object', [fileObject()]],
    ['a plain string', 'verbind-programme'],
    ['a format version that is not a whole number', { ...fileObject(), formatVersion: '1' }],
    ['a format version of 0', { ...fileObject(), formatVersion: 0 }],
  ])('%s as not_template', (_name, value) => {
    expect(parseTemplateFile(fileBytes(value))).toEqual({ ok: false, reason: 'not_template', messageKey: 'programme:file.notTemplate' });
  });

  it('a newer file format version, saying which version it has and which this build reads', () => {
    expect(parseTemplateFile(fileBytes({ ...fileObject(), formatVersion: 2 }))).toEqual({
      ok: false,
      reason: 'newer_version',
      messageKey: 'programme:file.newerVersion',
      formatVersion: 2,
      supportedVersion: 1,
    });
  });

  it('a __proto__ key at the top, before parsing it into a template, and pollutes nothing', () => {
    const text = serialiseTemplate(defaultTemplate).replace('{\n', '{\n  "__proto__": { "polluted": true },\n');
    expect(parseTemplateFile(bytes(text))).toEqual({
      ok: false,
      reason: 'forbidden_key',
      messageKey: 'programme:file.forbiddenKey',
      path: ['__proto__'],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', 'prototype', '__proto__'])('a %s key deep inside a session', (key) => {
    const text = serialiseTemplate(defaultTemplate).replace('"number": 1,', `"${key}": {},\n      "number": 1,`);
    expect(parseTemplateFile(bytes(text))).toMatchObject({ ok: false, reason: 'forbidden_key', path: ['sessions', 0, key] });
  });

  it('a file that breaks the schema, with the first few issues as path and message key', () => {
    const value = fileObject();
    const sessions = value.sessions as Record<string, unknown>[];
    sessions.forEach((s) => (s.handout = 'Hand-out'));
    const result = parseTemplateFile(fileBytes(value));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', messageKey: 'programme:file.invalid' });
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.issues).toHaveLength(maxReportedIssues);
    expect(result.issues[0]).toEqual({ path: ['sessions', 0, 'handout'], messageKey: 'programme:template.invalid.code' });
  });

  it('a consistency error the refinements find, at its path', () => {
    const value = fileObject();
    (value.sessions as Record<string, unknown>[])[3]!.week = 3;
    expect(parseTemplateFile(fileBytes(value))).toEqual({
      ok: false,
      reason: 'invalid',
      messageKey: 'programme:file.invalid',
      issues: [{ path: ['sessions', 3, 'week'], messageKey: 'programme:template.invalid.weekDuplicate' }],
    });
  });

  it('a file over the size limit without reading it', () => {
    const big = new Uint8Array(templateFileMaxBytes + 1).fill(0x20);
    expect(parseTemplateFile(big)).toEqual({ ok: false, reason: 'too_large', messageKey: 'programme:file.tooLarge' });
  });

  it('deeply nested JSON quickly, without overflowing the stack', () => {
    // About the deepest a file under the size limit can be.
    const depth = templateFileMaxBytes / 2;
    const result = parseTemplateFile(bytes(`${'['.repeat(depth)}${']'.repeat(depth)}`));
    expect(result.ok).toBe(false);
  });
});

describe('parseTemplateFile strips unknown keys', () => {
  it('at the top, in sessions, exercises and texts, and still gives the template', () => {
    const value = fileObject();
    value.exportedBy = 'Wijkteam Noord';
    const first = (value.sessions as Record<string, unknown>[])[0]!;
    first.colour = 'green';
    (first.exercises as Record<string, unknown>[])[0]!.video = 'https://example.org';
    (first.title as Record<string, unknown>).fr = 'Faire connaissance';
    const result = parseTemplateFile(fileBytes(value));
    expect(result).toEqual({ ok: true, template: defaultTemplate });
    if (!result.ok) return;
    expect(result.template).not.toHaveProperty('exportedBy');
    expect(result.template).not.toHaveProperty('format');
    expect(session(result.template, 0)).not.toHaveProperty('colour');
  });
});

describe('findForbiddenKey', () => {
  it('finds the first forbidden key in document order with its path, and nothing in a clean value', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"prototype":2}],"z":{"constructor":3}}'))).toEqual(['a', 1, 'prototype']);
    expect(findForbiddenKey(JSON.parse('{"__proto__":1}'))).toEqual(['__proto__']);
    expect(findForbiddenKey({ a: [{ b: 'constructor' }], c: null })).toBeUndefined();
  });
});

describe('parseTemplateValue', () => {
  it('accepts the parsed resource file, the same path the built-in templates take', () => {
    expect(parseTemplateValue(JSON.parse(readFileSync(resourceFile, 'utf8')))).toEqual({ ok: true, template: defaultTemplate });
  });
});
