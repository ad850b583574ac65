import { randomBytes } from 'node:crypto';
import { addSessionAfter, duplicateTemplate, moveSession, removeSession, replaceText, type EditResult } from '../../domain/programme/template-edit';
import { serialiseTemplateBytes } from '../../domain/programme/template-file';
import type { AuditTrail } from '../../services/audit/audit-trail';
import type { ProgrammeService } from '../../services/programme/programme-service';
import { templateFromFile, type TemplateStore } from '../../services/programme/template-store';
import type { Handlers } from '../dispatcher';
import { ApiError } from '../errors';

type ProgrammeCalls =
  | 'programme.templates'
  | 'programme.template'
  | 'programme.duplicateTemplate'
  | 'programme.editTemplate'
  | 'programme.deleteTemplate'
  | 'programme.exportTemplate'
  | 'programme.importTemplate'
  | 'programme.view'
  | 'programme.start'
  | 'programme.startGroup'
  | 'programme.groups'
  | 'programme.saveSession'
  | 'programme.moveSession'
  | 'programme.end';

function unlessRefused(result: EditResult) {
  if (result.ok) return result.template;
  throw new ApiError('invalid_input', { messageKey: result.issues[0]?.messageKey ?? 'errors:invalidInput', issues: result.issues });
}

/** `wijkteam-noord-3f2a`: a readable id from the Dutch name, unique with a short random tail. */
function idFromName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Cut before trimming: a cut that ends on a hyphen would give `--` and an invalid id.
    .slice(0, 60)
    .replace(/^-|-$/g, '');
  return `${slug || 'programma'}-${randomBytes(2).toString('hex')}`;
}

export function programmeHandlers(services: () => { programme: ProgrammeService; templates: TemplateStore; audit: AuditTrail }): Pick<Handlers, ProgrammeCalls> {
  const save = async (template: Parameters<TemplateStore['save']>[0], action: 'create' | 'change' | 'import') => {
    const { templates, programme, audit } = services();
    const stored = await templates.save(template, programme.versionInUse);
    await audit.record({ action, entity: 'template', entityId: stored.id, detail: `version:${stored.version}` });
    return stored;
  };
  const taken = (id: string) => services().templates.list().some((summary) => summary.id === id);
  return {
    'programme.templates': async () => services().templates.list(),
    'programme.template': async ({ id, version }) => services().templates.get(id, version),
    'programme.duplicateTemplate': async ({ id, name }) => {
      let newId = idFromName(name.nl);
      // Never over an existing template: the random tail could repeat.
      while (taken(newId)) newId = idFromName(name.nl);
      return save(unlessRefused(duplicateTemplate(services().templates.get(id), newId, { name })), 'create');
    },
    'programme.editTemplate': async ({ id, edit }) => {
      const current = services().templates.get(id);
      if (current.origin === 'builtin') throw new ApiError('invalid_input', { messageKey: 'programme:templates.builtinReadOnly' });
      const result =
        edit.kind === 'move'
          ? moveSession(current, edit.session, edit.direction)
          : edit.kind === 'remove'
            ? removeSession(current, edit.session)
            : edit.kind === 'addAfter'
              ? addSessionAfter(current, edit.session, randomBytes(2).toString('hex'))
            : replaceText(current, edit.path, edit.language, edit.value);
      return save(unlessRefused(result), 'change');
    },
    'programme.deleteTemplate': async ({ id }) => {
      const { templates, programme, audit } = services();
      const latest = templates.get(id);
      // Read-only comes first: a built-in template in use is still a built-in template.
      if (latest.origin === 'builtin') throw new ApiError('invalid_input', { messageKey: 'programme:templates.builtinReadOnly' });
      const inUse = Array.from({ length: latest.version }, (_, index) => index + 1).some((version) => programme.versionInUse(id, version));
      if (inUse) throw new ApiError('invalid_input', { messageKey: 'programme:templates.inUse' });
      await templates.remove(id);
      await audit.record({ action: 'delete', entity: 'template', entityId: id });
      return { deleted: true as const };
    },
    'programme.exportTemplate': async ({ id }) => {
      const { templates, audit } = services();
      const template = templates.get(id);
      const bytes = serialiseTemplateBytes(template);
      await audit.record({ action: 'export', entity: 'template', entityId: template.id, detail: `version:${template.version}` });
      return { fileName: `verbind-programma-${template.id}-v${template.version}.json`, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'programme.importTemplate': async ({ contentBase64 }) => {
      const { templates } = services();
      const template = templateFromFile(new Uint8Array(Buffer.from(contentBase64, 'base64')), taken, () => randomBytes(2).toString('hex'));
      const stored = await save(template, 'import');
      return templates.list().find((summary) => summary.id === stored.id)!;
    },
    'programme.view': async ({ clientId }) => {
      const { programme, audit } = services();
      const view = programme.view(clientId);
      // Logged here, not in the service: documents read the same view and log their own export.
      void audit.record({ action: 'view', entity: 'programme', clientId }).catch(() => undefined);
      return view;
    },
    'programme.start': async ({ clientId, templateId, firstSessionAt }) =>
      services().programme.start(clientId, { templateId, firstSessionAt, mode: 'individual' }),
    'programme.startGroup': async ({ name, templateId, firstSessionAt, clientIds }) =>
      services().programme.startGroup(name, clientIds, { templateId, firstSessionAt }),
    'programme.groups': async () => services().programme.groups(),
    'programme.saveSession': async ({ clientId, runId, session, fields }) => services().programme.saveSession(clientId, runId, session, fields),
    'programme.moveSession': async ({ clientId, runId, session, plannedAt }) =>
      services().programme.moveSession(clientId, runId, session, plannedAt),
    'programme.end': async ({ clientId, runId, status }) => services().programme.end(clientId, runId, status),
  };
}
