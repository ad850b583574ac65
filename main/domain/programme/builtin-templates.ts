import verbind8WeeksFile from '../../../resources/programmes/verbind-8-weeks.json' with { type: 'json' };
import type { ProgrammeTemplate } from './programme-template';
import { parseTemplateValue } from './template-file';

/**
 * The templates Verbind ships. Each is stored in the export file format (marker and format
 * version included) and goes through the same strict path as an imported file, once, when this
 * module loads: a broken built-in template stops the app at start-up and fails the tests, instead
 * of reaching a worker halfway through a programme.
 */
function load(name: string, value: unknown): ProgrammeTemplate {
  const result = parseTemplateValue(value);
  if (!result.ok) throw new Error(`Built-in programme template ${name} is invalid: ${JSON.stringify(result)}`);
  if (result.template.origin !== 'builtin') throw new Error(`Built-in programme template ${name} must have origin 'builtin'`);
  return result.template;
}

/** Verbind's own default 8-week programme (calm, relationship skills, connect and keep, aftercare). */
export const defaultTemplate: ProgrammeTemplate = load('verbind-8-weeks.json', verbind8WeeksFile);

export const builtinTemplates: readonly ProgrammeTemplate[] = [defaultTemplate];

export function findBuiltinTemplate(id: string): ProgrammeTemplate | undefined {
  return builtinTemplates.find((template) => template.id === id);
}
