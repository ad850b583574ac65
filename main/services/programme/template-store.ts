import { ApiError } from '../../api/errors';
import { builtinTemplates, findBuiltinTemplate } from '../../domain/programme/builtin-templates';
import type { ProgrammeTemplate } from '../../domain/programme/programme-template';
import { parseTemplateFile, parseTemplateValue, serialiseTemplate } from '../../domain/programme/template-file';
import type { DataFiles } from '../storage/data-files';
import { DecodeError, readStored } from '../storage/json-codec';
import type { StoreProblem } from '../storage/store-problem';

const folder = 'programmes';
const quarantine = `${folder}/quarantine`;
const fileOf = (id: string) => `${folder}/${id}.json`;

export interface TemplateSummary {
  id: string;
  version: number;
  origin: ProgrammeTemplate['origin'];
  name: ProgrammeTemplate['name'];
  description: ProgrammeTemplate['description'];
  mode: ProgrammeTemplate['mode'];
  sessionCount: number;
  basedOn?: { id: string; version: number };
}

/**
 * Programme templates: the built-in ones shipped with the app, and the organisation's own, one
 * file per template holding every version. A version is never changed once a client's programme
 * uses it, so a running programme always shows the texts it was started with.
 */
export interface TemplateStore {
  list(): TemplateSummary[];
  /** The latest version, or the given one. */
  get(id: string, version?: number): ProgrammeTemplate;
  /**
   * Stores an organisation template: over its latest version while no programme uses that version,
   * otherwise as the next version. Returns what was stored.
   */
  save(template: ProgrammeTemplate, versionInUse: (id: string, version: number) => boolean): Promise<ProgrammeTemplate>;
  remove(id: string): Promise<void>;
  /** Organisation template files that could not be used and were set aside at start (for `app.status`). */
  readonly problems: readonly StoreProblem[];
}

function summary(template: ProgrammeTemplate): TemplateSummary {
  const result: TemplateSummary = {
    id: template.id,
    version: template.version,
    origin: template.origin,
    name: template.name,
    description: template.description,
    mode: template.mode,
    sessionCount: template.sessions.length,
  };
  if (template.basedOn) result.basedOn = template.basedOn;
  return result;
}

/**
 * The versions stored in one template file, or why they cannot be used. The file must be named
 * after the template, hold versions 1..n of that one template, and not claim a built-in's id.
 */
function readTemplateFile(name: string, bytes: Uint8Array | undefined): ProgrammeTemplate[] | StoreProblem['reason'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'not_json';
  }
  const stored = (parsed as { versions?: unknown } | null)?.versions;
  const results = Array.isArray(stored) ? stored.map(parseTemplateValue) : [];
  if (results.some((result) => !result.ok && result.reason === 'newer_version')) return 'newer_version';
  const versions = results.flatMap((result) => (result.ok ? [result.template] : []));
  const id = name.slice(0, -'.json'.length);
  const consistent = versions.every((version, index) => version.id === id && version.version === index + 1);
  if (versions.length === 0 || versions.length !== results.length || !consistent || findBuiltinTemplate(id)) return 'invalid_schema';
  return versions;
}

export async function openTemplateStore(files: DataFiles, now: () => Date = () => new Date()): Promise<TemplateStore> {
  const own = new Map<string, ProgrammeTemplate[]>();
  const problems: StoreProblem[] = [];
  await files.ensureFolder(folder);
  for (const name of await files.list(folder)) {
    if (!name.endsWith('.json')) continue;
    const file = `${folder}/${name}`;
    const bytes = await readStored(files, file).catch((error: unknown) => {
      if (error instanceof DecodeError) return error.reason;
      throw error;
    });
    const versions = typeof bytes === 'string' ? bytes : readTemplateFile(name, bytes);
    if (typeof versions === 'string') {
      // Set aside, never deleted, and reported: the worker is told instead of finding a template gone.
      problems.push({ file, reason: versions, movedTo: await files.moveAside(file, quarantine), at: now().toISOString() });
      continue;
    }
    own.set(versions[0]!.id, versions);
  }

  const write = async (id: string, versions: ProgrammeTemplate[]) => {
    const text = `{"versions":[${versions.map((version) => serialiseTemplate(version).trim()).join(',')}]}\n`;
    await files.write(fileOf(id), new TextEncoder().encode(text));
    own.set(id, versions);
  };

  return {
    problems,
    list() {
      const latest = [...own.values()].map((versions) => versions.at(-1)!);
      return [...builtinTemplates, ...latest].map(summary);
    },
    get(id, version) {
      const candidates = findBuiltinTemplate(id) ? [findBuiltinTemplate(id)!] : (own.get(id) ?? []);
      const template = version === undefined ? candidates.at(-1) : candidates.find((candidate) => candidate.version === version);
      if (!template) throw new ApiError('not_found', { messageKey: 'programme:templates.notFound' });
      return template;
    },
    async save(template, versionInUse) {
      if (findBuiltinTemplate(template.id)) throw new ApiError('invalid_input', { messageKey: 'programme:templates.builtinReadOnly' });
      const versions = own.get(template.id) ?? [];
      const latest = versions.at(-1);
      const keepLatest = latest !== undefined && versionInUse(template.id, latest.version);
      const version = latest === undefined ? 1 : keepLatest ? latest.version + 1 : latest.version;
      const stored: ProgrammeTemplate = { ...template, origin: 'organisation', version };
      await write(template.id, keepLatest || latest === undefined ? [...versions, stored] : [...versions.slice(0, -1), stored]);
      return stored;
    },
    async remove(id) {
      if (findBuiltinTemplate(id)) throw new ApiError('invalid_input', { messageKey: 'programme:templates.builtinReadOnly' });
      if (!own.has(id)) throw new ApiError('not_found', { messageKey: 'programme:templates.notFound' });
      await files.remove(fileOf(id));
      own.delete(id);
    },
  };
}

/** Reads a shared template file as a new organisation template, never over an existing one. */
export function templateFromFile(bytes: Uint8Array, taken: (id: string) => boolean, suffix: () => string): ProgrammeTemplate {
  const result = parseTemplateFile(bytes);
  if (!result.ok) {
    throw new ApiError('invalid_input', {
      messageKey: result.messageKey,
      ...(result.reason === 'invalid' ? { issues: result.issues } : {}),
      ...(result.reason === 'newer_version' ? { params: { formatVersion: result.formatVersion, supportedVersion: result.supportedVersion } } : {}),
    });
  }
  let id = result.template.id;
  while (taken(id)) id = `${result.template.id}-${suffix()}`.slice(0, 80);
  return { ...result.template, id, origin: 'organisation', version: 1 };
}
