import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import { defaultTemplate } from '../../../../../main/domain/programme/builtin-templates';
import type { ProgrammeTemplate } from '../../../../../main/domain/programme/programme-template';
import { chainProblems, errorOf, manualClock, readAuditLog, useCores, valueOf } from '../../support/core';
import { exists, listTree, useTempDirs } from '../../support/temp-dirs';

/** Tails the next duplicated or imported ids get (hex); random once the queue is empty. */
const tails = vi.hoisted(() => [] as string[]);
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  const randomBytes = (size: number) => {
    const next = tails.shift();
    return next === undefined ? original.randomBytes(size) : Buffer.from(next, 'hex');
  };
  return { ...original, randomBytes };
});

const makeTempDir = useTempDirs();
const startTestCore = useCores();

const builtinId = defaultTemplate.id;
const templateFile = (dir: string, id: string) => path.join(dir, 'programmes', `${id}.json`);
const storedVersions = async (dir: string, id: string) =>
  (JSON.parse(await fsp.readFile(templateFile(dir, id), 'utf8')) as { versions: { version: number }[] }).versions.map((v) => v.version);
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

/** A core on a fresh (or given) folder with helpers for the template calls. */
async function setUp(existingDir?: string) {
  const dir = existingDir ?? (await makeTempDir());
  const app = await startTestCore({ dataDir: dir, clock: manualClock('2026-03-02T08:00:00.000Z') });
  const call = async <N extends CallName>(name: N, input: unknown) => valueOf(await app.call(name, input));
  const duplicate = (nl: string, id = builtinId) => call('programme.duplicateTemplate', { id, name: { nl, en: `${nl} (en)` } });
  const edit = (id: string, edit: Record<string, unknown>) => app.call('programme.editTemplate', { id, edit });
  const setAim = (id: string, session: number, nl: string) =>
    call('programme.editTemplate', { id, edit: { kind: 'text', path: ['sessions', session, 'aim'], language: 'nl', value: nl } });
  const client = async (familyName: string) => valueOf(await app.call('clients.create', { givenName: 'Anna', familyName })).id;
  const start = (clientId: string, templateId: string) =>
    call('programme.start', { clientId, templateId, firstSessionAt: '2026-03-02T10:00:00+01:00' });
  return { dir, app, call, duplicate, edit, setAim, client, start };
}

/** The template without what a copy or an import changes by design. */
const content = ({ id: _id, origin: _origin, version: _version, basedOn: _basedOn, ...rest }: ProgrammeTemplate) => rest;

describe('programme templates: built-in', () => {
  it('lists the built-in 8-week programme and gives it in full', async () => {
    const { call } = await setUp();
    expect(await call('programme.templates', {})).toEqual([
      {
        id: builtinId,
        version: 1,
        origin: 'builtin',
        name: defaultTemplate.name,
        description: defaultTemplate.description,
        mode: 'both',
        sessionCount: 8,
      },
    ]);
    expect(await call('programme.template', { id: builtinId })).toEqual(defaultTemplate);
    expect(await call('programme.template', { id: builtinId, version: 1 })).toEqual(defaultTemplate);
  });

  it('refuses to change or delete it, also while a client follows it, and writes nothing', async () => {
    const { dir, app, call, edit, client, start } = await setUp();
    const readOnly = { code: 'invalid_input', messageKey: 'programme:templates.builtinReadOnly' };
    const before = await listTree(path.join(dir, 'programmes'));

    expect(errorOf(await edit(builtinId, { kind: 'move', session: 2, direction: 'up' }))).toEqual(readOnly);
    expect(errorOf(await edit(builtinId, { kind: 'remove', session: 8 }))).toEqual(readOnly);
    expect(errorOf(await edit(builtinId, { kind: 'text', path: ['name'], language: 'nl', value: 'Anders' }))).toEqual(readOnly);
    expect(errorOf(await app.call('programme.deleteTemplate', { id: builtinId }))).toEqual(readOnly);

    await start(await client('Jansen'), builtinId);
    expect(errorOf(await app.call('programme.deleteTemplate', { id: builtinId }))).toEqual(readOnly);
    expect(errorOf(await edit(builtinId, { kind: 'remove', session: 8 }))).toEqual(readOnly);

    expect(await call('programme.template', { id: builtinId })).toEqual(defaultTemplate);
    expect(await listTree(path.join(dir, 'programmes'))).toEqual(before);
  });

  it('answers not_found for a template or version that does not exist', async () => {
    const { app } = await setUp();
    const notFound = { code: 'not_found', messageKey: 'programme:templates.notFound' };
    expect(errorOf(await app.call('programme.template', { id: 'bestaat-niet' }))).toEqual(notFound);
    expect(errorOf(await app.call('programme.template', { id: builtinId, version: 2 }))).toEqual(notFound);
    expect(errorOf(await app.call('programme.deleteTemplate', { id: 'bestaat-niet' }))).toEqual(notFound);
    expect(errorOf(await app.call('programme.exportTemplate', { id: 'bestaat-niet' }))).toEqual(notFound);
  });
});

describe('programme templates: the organisation’s own', () => {
  it('duplicates a template as an organisation copy with a readable id, stored in its own file', async () => {
    const { dir, call, duplicate } = await setUp();
    const copy = await duplicate('Wijkteam Noord – 8 weken');

    expect(copy.id).toMatch(/^wijkteam-noord-8-weken-[0-9a-f]{4}$/);
    expect(copy).toMatchObject({ origin: 'organisation', version: 1, basedOn: { id: builtinId, version: 1 } });
    expect(copy.name).toEqual({ nl: 'Wijkteam Noord – 8 weken', en: 'Wijkteam Noord – 8 weken (en)' });
    expect(copy.sessions).toEqual(defaultTemplate.sessions);
    expect(copy.description).toEqual(defaultTemplate.description);
    expect(await call('programme.template', { id: copy.id })).toEqual(copy);
    expect((await call('programme.templates', {})).map((summary) => [summary.id, summary.origin])).toEqual([
      [builtinId, 'builtin'],
      [copy.id, 'organisation'],
    ]);
    expect(await storedVersions(dir, copy.id)).toEqual([1]);
  });

  it('gives a second copy with the same name its own id, even when the random tail repeats', async () => {
    const { call, duplicate } = await setUp();
    tails.push('abcd', 'abcd', '0123');
    const first = await duplicate('Groep Zuid');
    const second = await duplicate('Groep Zuid');
    expect([first.id, second.id]).toEqual(['groep-zuid-abcd', 'groep-zuid-0123']);
    // The first copy was not saved over.
    expect(await call('programme.template', { id: first.id })).toEqual(first);
    expect(await call('programme.templates', {})).toHaveLength(3);
  });

  it.each([
    ['accents and punctuation', 'Zoë & Noël!', /^zoe-noel-[0-9a-f]{4}$/],
    ['no Latin letters at all', '李的小组', /^programma-[0-9a-f]{4}$/],
    ['a long name cut at a space', `${'a'.repeat(59)} ${'b'.repeat(40)}`, new RegExp(`^${'a'.repeat(59)}-[0-9a-f]{4}$`)],
  ])('makes a valid id from a name with %s', async (_label, nl, pattern) => {
    const { duplicate } = await setUp();
    expect((await duplicate(nl)).id).toMatch(pattern);
  });

  it('saves edits over the latest version while no client uses it: move, remove, text', async () => {
    const { dir, call, duplicate, edit, setAim } = await setUp();
    const copy = await duplicate('Eigen programma');

    const moved = valueOf(await edit(copy.id, { kind: 'move', session: 3, direction: 'up' }));
    expect(moved.version).toBe(1);
    expect(moved.sessions.map((session) => [session.number, session.week, session.title.nl])).toEqual(
      defaultTemplate.sessions.map((session, index) => {
        const from = index === 1 ? 2 : index === 2 ? 1 : index;
        return [session.number, session.week, defaultTemplate.sessions[from]?.title.nl];
      }),
    );

    const removed = valueOf(await edit(copy.id, { kind: 'remove', session: 8 }));
    expect(removed.version).toBe(1);
    expect(removed.sessions).toHaveLength(7);

    const texted = await setAim(copy.id, 0, 'Rustig beginnen.\nEerst thee.');
    expect(texted.version).toBe(1);
    expect(texted.sessions[0]?.aim).toEqual({ nl: 'Rustig beginnen.\nEerst thee.', en: defaultTemplate.sessions[0]?.aim.en });

    expect(await call('programme.template', { id: copy.id })).toEqual(texted);
    expect(await call('programme.template', { id: copy.id, version: 1 })).toEqual(texted);
    expect((await call('programme.templates', {})).find((summary) => summary.id === copy.id)).toMatchObject({ version: 1, sessionCount: 7 });
    expect(await storedVersions(dir, copy.id)).toEqual([1]);
  });

  it('refuses an edit that would break the template, and keeps what was stored', async () => {
    const { dir, call, duplicate, edit } = await setUp();
    const copy = await duplicate('Eigen programma');
    const stored = await fsp.readFile(templateFile(dir, copy.id));

    expect(errorOf(await edit(copy.id, { kind: 'move', session: 1, direction: 'up' }))).toMatchObject({
      code: 'invalid_input',
      messageKey: 'programme:edit.cannotMove',
    });
    // Session 4 (relationship skills) cannot go before the last calming session.
    expect(errorOf(await edit(copy.id, { kind: 'move', session: 4, direction: 'up' }))).toMatchObject({
      messageKey: 'programme:template.invalid.sessionPhaseOrder',
    });
    expect(errorOf(await edit(copy.id, { kind: 'remove', session: 9 })).messageKey).toBe('programme:edit.sessionNotFound');
    expect(errorOf(await edit(copy.id, { kind: 'text', path: ['sessions', 0, 'week'], language: 'nl', value: '3' })).messageKey).toBe(
      'programme:edit.notAText',
    );
    expect(errorOf(await edit(copy.id, { kind: 'text', path: ['__proto__'], language: 'nl', value: 'x' })).messageKey).toBe(
      'programme:edit.notAText',
    );
    expect(errorOf(await edit(copy.id, { kind: 'text', path: ['sessions', 0, 'title'], language: 'en', value: '   ' }))).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:template.invalid.textRequired',
      issues: [{ path: ['sessions', 0, 'title', 'en'], messageKey: 'programme:template.invalid.textRequired' }],
    });

    expect(await call('programme.template', { id: copy.id })).toEqual(copy);
    expect(await fsp.readFile(templateFile(dir, copy.id))).toEqual(stored);
  });

  it('saves an edit as a new version once a client follows the template; that client keeps its version', async () => {
    const { dir, call, duplicate, setAim, client, start } = await setUp();
    const copy = await duplicate('Eigen programma');
    const originalAim = copy.sessions[0]?.aim;
    const anna = await client('Jansen');
    expect((await start(anna, copy.id)).templateVersion).toBe(1);

    const second = await setAim(copy.id, 0, 'Nieuw doel');
    expect(second.version).toBe(2);
    expect(await call('programme.template', { id: copy.id, version: 1 })).toEqual(copy);
    expect((await call('programme.template', { id: copy.id })).sessions[0]?.aim.nl).toBe('Nieuw doel');
    expect((await call('programme.templates', {})).find((summary) => summary.id === copy.id)?.version).toBe(2);

    const annaView = await call('programme.view', { clientId: anna });
    expect(annaView.run?.templateVersion).toBe(1);
    expect(annaView.template?.version).toBe(1);
    expect(annaView.template?.sessions[0]?.aim).toEqual(originalAim);

    // Version 2 is not used yet: the next edit goes over it.
    expect((await setAim(copy.id, 0, 'Nog een beter doel')).version).toBe(2);
    expect(await storedVersions(dir, copy.id)).toEqual([1, 2]);

    // A new client starts on version 2; from then on an edit makes version 3.
    const piet = await client('Bakker');
    expect((await start(piet, copy.id)).templateVersion).toBe(2);
    expect((await setAim(copy.id, 0, 'Derde doel')).version).toBe(3);
    expect((await call('programme.view', { clientId: piet })).template?.sessions[0]?.aim.nl).toBe('Nog een beter doel');
    expect((await call('programme.view', { clientId: anna })).template?.sessions[0]?.aim).toEqual(originalAim);
    expect(await storedVersions(dir, copy.id)).toEqual([1, 2, 3]);
  });

  it('deletes a template nobody follows, and refuses while any client’s programme uses one of its versions', async () => {
    const { dir, app, call, duplicate, setAim, client, start } = await setUp();
    const unused = await duplicate('Niet gebruikt');
    expect(valueOf(await app.call('programme.deleteTemplate', { id: unused.id }))).toEqual({ deleted: true });
    expect((await call('programme.templates', {})).map((summary) => summary.id)).toEqual([builtinId]);
    expect(await exists(templateFile(dir, unused.id))).toBe(false);
    expect(errorOf(await app.call('programme.template', { id: unused.id })).code).toBe('not_found');

    const used = await duplicate('Gebruikt');
    const anna = await client('Jansen');
    const run = await start(anna, used.id);
    await setAim(used.id, 0, 'Versie 2');
    const inUse = { code: 'invalid_input', messageKey: 'programme:templates.inUse' };
    expect(errorOf(await app.call('programme.deleteTemplate', { id: used.id }))).toEqual(inUse);
    // A finished programme still shows the texts it was given, so the template stays.
    await call('programme.end', { clientId: anna, runId: run.id, status: 'finished' });
    expect(errorOf(await app.call('programme.deleteTemplate', { id: used.id }))).toEqual(inUse);
    expect(await storedVersions(dir, used.id)).toEqual([1, 2]);
  });
});

describe('programme templates as files', () => {
  it('exports a template as a file and imports it back as an equal template, under a new id when the id is taken', async () => {
    const { call, duplicate, setAim } = await setUp();
    const builtinFile = await call('programme.exportTemplate', { id: builtinId });
    expect(builtinFile.fileName).toBe('verbind-programma-verbind-8-weeks-v1.json');
    expect(JSON.parse(Buffer.from(builtinFile.contentBase64, 'base64').toString('utf8'))).toMatchObject({
      format: 'verbind-programme',
      formatVersion: 1,
      id: builtinId,
    });
    // The same template always exports to the same bytes.
    expect(await call('programme.exportTemplate', { id: builtinId })).toEqual(builtinFile);

    tails.push('beef');
    const imported = await call('programme.importTemplate', { contentBase64: builtinFile.contentBase64 });
    expect(imported).toMatchObject({ id: 'verbind-8-weeks-beef', origin: 'organisation', version: 1, sessionCount: 8 });
    const importedTemplate = await call('programme.template', { id: imported.id });
    expect(content(importedTemplate)).toEqual(content(defaultTemplate));
    expect(importedTemplate.origin).toBe('organisation');

    const copy = await setAim((await duplicate('Gedeeld')).id, 2, 'Door een collega aangepast');
    const copyFile = await call('programme.exportTemplate', { id: copy.id });
    const again = await call('programme.importTemplate', { contentBase64: copyFile.contentBase64 });
    expect(again.id).not.toBe(copy.id);
    expect(again.id.startsWith(`${copy.id}-`)).toBe(true);
    expect(await call('programme.template', { id: again.id })).toEqual({ ...copy, id: again.id });
    expect(await call('programme.template', { id: copy.id })).toEqual(copy);
  });

  it('keeps the id of an imported template when nobody has it yet', async () => {
    const { app, call, duplicate } = await setUp();
    const copy = await duplicate('Van een collega');
    const file = await call('programme.exportTemplate', { id: copy.id });
    valueOf(await app.call('programme.deleteTemplate', { id: copy.id }));
    expect(await call('programme.importTemplate', { contentBase64: file.contentBase64 })).toMatchObject({ id: copy.id, version: 1 });
    expect(await call('programme.template', { id: copy.id })).toEqual(copy);
  });

  it('refuses a file that is not a usable template with a typed error, and stores nothing', async () => {
    const { dir, app, call } = await setUp();
    const exported = JSON.parse(Buffer.from((await call('programme.exportTemplate', { id: builtinId })).contentBase64, 'base64').toString('utf8')) as {
      sessions: { title: { nl: string } }[];
    };
    const importing = async (bytes: string | Uint8Array) => errorOf(await app.call('programme.importTemplate', { contentBase64: base64(bytes) }));
    const before = await listTree(path.join(dir, 'programmes'));

    expect(await importing('Dit is geen programma')).toEqual({ code: 'invalid_input', messageKey: 'programme:file.notJson' });
    expect(await importing(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ code: 'invalid_input', messageKey: 'programme:file.notJson' });
    expect(await importing('{"recept": "appeltaart"}')).toEqual({ code: 'invalid_input', messageKey: 'programme:file.notTemplate' });
    expect(await importing('{"format":"verbind-programme","formatVersion":1,"__proto__":{"origin":"builtin"}}')).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:file.forbiddenKey',
    });
    const nested = JSON.stringify(exported).replace('"sessions":[{', '"sessions":[{"constructor":{"prototype":1},');
    expect((await importing(nested)).messageKey).toBe('programme:file.forbiddenKey');
    expect(await importing(JSON.stringify({ ...exported, formatVersion: 2 }))).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:file.newerVersion',
      params: { formatVersion: 2, supportedVersion: 1 },
    });
    const broken = structuredClone(exported);
    broken.sessions[0]!.title.nl = '';
    expect(await importing(JSON.stringify(broken))).toEqual({
      code: 'invalid_input',
      messageKey: 'programme:file.invalid',
      issues: [{ path: ['sessions', 0, 'title', 'nl'], messageKey: 'programme:template.invalid.textRequired' }],
    });
    expect(await importing(new Uint8Array(1_000_001).fill(0x20))).toEqual({ code: 'invalid_input', messageKey: 'programme:file.tooLarge' });
    expect(errorOf(await app.call('programme.importTemplate', { contentBase64: 'geen base64!' }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['contentBase64'], messageKey: 'programme:file.notJson' }],
    });

    expect(await call('programme.templates', {})).toHaveLength(1);
    expect(await listTree(path.join(dir, 'programmes'))).toEqual(before);
    expect((await readAuditLog(dir)).filter((record) => record.action === 'import')).toEqual([]);
  });
});

describe('programme templates on disk', () => {
  it('sets a damaged template file aside, reports it, and still starts with the good ones', async () => {
    const first = await setUp();
    const { dir } = first;
    const good = await first.duplicate('Goed programma');
    await first.app.close();
    const goodBytes = await fsp.readFile(templateFile(dir, good.id));
    const goodVersion = (JSON.parse(goodBytes.toString('utf8')) as { versions: Record<string, unknown>[] }).versions[0];
    const damaged: Record<string, Buffer> = {
      'kapot.json': Buffer.from('{"versions": [ niet af'),
      'leeg.json': Buffer.from('{"versions": []}'),
      // A good template under another file name, and one claiming the built-in's id.
      'andere-naam.json': goodBytes,
      [`${builtinId}.json`]: Buffer.from(JSON.stringify({ versions: [{ ...goodVersion, id: builtinId }] })),
      // Written by a later Verbind: kept safe in quarantine rather than half read.
      'later.json': Buffer.from(JSON.stringify({ versions: [{ ...goodVersion, id: 'later', formatVersion: 2 }] })),
    };
    for (const [name, bytes] of Object.entries(damaged)) await fsp.writeFile(path.join(dir, 'programmes', name), bytes);

    const { app, call } = await setUp(dir);
    const status = await call('app.status', {});
    expect(status.store).toBe('ready');
    expect(status.problems.map((problem) => [problem.file, problem.reason]).sort()).toEqual([
      ['programmes/andere-naam.json', 'invalid_schema'],
      ['programmes/kapot.json', 'not_json'],
      ['programmes/later.json', 'newer_version'],
      ['programmes/leeg.json', 'invalid_schema'],
      [`programmes/${builtinId}.json`, 'invalid_schema'],
    ]);
    for (const problem of status.problems) {
      const name = path.basename(problem.file);
      expect(problem.movedTo?.startsWith(path.join('programmes', 'quarantine'))).toBe(true);
      expect(await fsp.readFile(path.join(dir, problem.movedTo ?? ''))).toEqual(damaged[name]);
      expect(await exists(path.join(dir, problem.file))).toBe(false);
    }
    expect((await call('programme.templates', {})).map((summary) => summary.id)).toEqual([builtinId, good.id]);
    expect(await call('programme.template', { id: good.id })).toEqual(good);
    expect(valueOf(await app.call('clients.list', {}))).toEqual([]);
  });

  it('keeps templates, every version and what clients follow across a restart', async () => {
    const first = await setUp();
    const copy = await first.duplicate('Blijft bewaard');
    const anna = await first.client('Jansen');
    await first.start(anna, copy.id);
    await first.setAim(copy.id, 1, 'Versie twee');
    const other = await first.duplicate('Ook bewaard');
    const before = {
      list: await first.call('programme.templates', {}),
      v1: await first.call('programme.template', { id: copy.id, version: 1 }),
      v2: await first.call('programme.template', { id: copy.id, version: 2 }),
      other: await first.call('programme.template', { id: other.id }),
      view: await first.call('programme.view', { clientId: anna }),
    };
    await first.app.close();

    const second = await setUp(first.dir);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await second.call('programme.templates', {}))).toEqual(byId(before.list));
    expect(await second.call('programme.template', { id: copy.id, version: 1 })).toEqual(before.v1);
    expect(await second.call('programme.template', { id: copy.id, version: 2 })).toEqual(before.v2);
    expect(await second.call('programme.template', { id: other.id })).toEqual(before.other);
    expect(await second.call('programme.view', { clientId: anna })).toEqual(before.view);
    expect((await second.call('app.status', {})).problems).toEqual([]);
  });

  it('leaves an audit record for every template change, import, export and deletion, without its texts', async () => {
    const { dir, app, call, duplicate, setAim } = await setUp();
    const copy = await duplicate('Wijkteam Oost');
    await setAim(copy.id, 0, 'Geheime werktekst');
    const file = await call('programme.exportTemplate', { id: copy.id });
    const imported = await call('programme.importTemplate', { contentBase64: file.contentBase64 });
    valueOf(await app.call('programme.deleteTemplate', { id: imported.id }));

    const records = await readAuditLog(dir);
    expect(chainProblems(records)).toEqual([]);
    expect(records.filter((record) => record.entity === 'template').map((record) => [record.action, record.entityId])).toEqual([
      ['create', copy.id],
      ['change', copy.id],
      ['export', copy.id],
      ['import', imported.id],
      ['delete', imported.id],
    ]);
    expect(JSON.stringify(records)).not.toContain('Geheime werktekst');
  });
});
