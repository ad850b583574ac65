import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import type { ProgrammeRun, SessionRecord } from '../../domain/programme/programme-run';
import { sessionRecordFieldsSchema } from '../../domain/programme/programme-run';
import type { ProgrammeTemplate } from '../../domain/programme/programme-template';
import type { ProgrammeService, ProgrammeView } from '../../services/programme/programme-service';
import type { TemplateSummary } from '../../services/programme/template-store';
import { defineCall } from './define-call';

const entityId = z.uuid({ error: 'errors:validation.idInvalid' });
const templateId = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'programme:templates.notFound' });
const localisedName = z.strictObject({
  nl: z.string().trim().min(1, { error: 'programme:validation.nameRequired' }).max(120, { error: 'programme:validation.tooLong' }),
  en: z.string().trim().min(1, { error: 'programme:validation.nameRequired' }).max(120, { error: 'programme:validation.tooLong' }),
});
const firstSessionAt = z.iso.datetime({ offset: true, error: 'programme:validation.dateTimeInvalid' });
// 1 MB of template file is at most this much base64.
const templateFile = z.string().max(1_400_000, { error: 'programme:file.tooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'programme:file.notJson' });

export const programmeContract = {
  'programme.templates': defineCall({
    summary: 'The programme templates: the built-in 8-week programme and the organisation’s own.',
    input: z.strictObject({}),
    output: z.custom<TemplateSummary[]>(),
  }),
  'programme.template': defineCall({
    summary: 'One template in full (a given version, or the latest).',
    input: z.strictObject({ id: templateId, version: z.number().int().min(1).optional() }),
    output: z.custom<ProgrammeTemplate>(),
  }),
  'programme.duplicateTemplate': defineCall({
    summary: 'Copies a template as the organisation’s own, to adapt it.',
    input: z.strictObject({ id: templateId, name: localisedName }),
    output: z.custom<ProgrammeTemplate>(),
  }),
  'programme.editTemplate': defineCall({
    summary:
      'One change to an organisation template (move, add after, remove a session, or replace a text); clients already following it keep their version.',
    input: z.strictObject({
      id: templateId,
      edit: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('move'), session: z.number().int().min(1), direction: z.enum(['up', 'down']) }),
        z.strictObject({ kind: z.literal('remove'), session: z.number().int().min(1) }),
        z.strictObject({ kind: z.literal('addAfter'), session: z.number().int().min(1) }),
        z.strictObject({
          kind: z.literal('text'),
          path: z.array(z.union([z.string().max(40), z.number().int().min(0)])).min(1).max(8),
          language: z.enum(['nl', 'en']),
          value: z.string().max(3000, { error: 'programme:validation.tooLong' }),
        }),
      ]),
    }),
    output: z.custom<ProgrammeTemplate>(),
  }),
  'programme.deleteTemplate': defineCall({
    summary: 'Deletes an organisation template nobody follows; built-in templates stay.',
    input: z.strictObject({ id: templateId }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'programme.exportTemplate': defineCall({
    summary: 'A template as a file to share with colleagues.',
    input: z.strictObject({ id: templateId }),
    output: z.custom<{ fileName: string; contentBase64: string }>(),
  }),
  'programme.importTemplate': defineCall({
    summary: 'Adds a template shared as a file, checked in full; it never replaces an existing one.',
    input: z.strictObject({ contentBase64: templateFile }),
    output: z.custom<TemplateSummary>(),
  }),
  'programme.view': defineCall({
    summary: "A client's programme: the run, its template version, phase progress with guidance, and due measurement moments.",
    input: z.strictObject({ clientId: clientIdSchema }),
    output: z.custom<ProgrammeView>(),
  }),
  'programme.start': defineCall({
    summary: 'Starts a programme with a client; sessions are planned weekly from the first one.',
    input: z.strictObject({ clientId: clientIdSchema, templateId, firstSessionAt }),
    output: z.custom<ProgrammeRun>(),
  }),
  'programme.startGroup': defineCall({
    summary: 'Starts the same programme as a group for several clients at once.',
    input: z.strictObject({
      name: z.string().trim().min(1, { error: 'programme:validation.nameRequired' }).max(100),
      templateId,
      firstSessionAt,
      clientIds: z.array(clientIdSchema).min(2, { error: 'programme:validation.groupTooSmall' }).max(30),
    }),
    output: z.object({ id: z.uuid(), name: z.string() }),
  }),
  'programme.groups': defineCall({
    summary: 'Running programme groups and their members, to hold one session for all of them.',
    input: z.strictObject({}),
    output: z.custom<ReturnType<ProgrammeService['groups']>>(),
  }),
  'programme.saveSession': defineCall({
    summary: 'Saves what happened in a session as the worker goes: attendance, stress check-ins, exercises, notes, homework.',
    input: z.strictObject({ clientId: clientIdSchema, runId: entityId, session: z.number().int().min(1), fields: sessionRecordFieldsSchema }),
    output: z.custom<SessionRecord>(),
  }),
  'programme.moveSession': defineCall({
    summary: 'Moves a planned session to another day or time.',
    input: z.strictObject({ clientId: clientIdSchema, runId: entityId, session: z.number().int().min(1), plannedAt: firstSessionAt }),
    output: z.custom<SessionRecord>(),
  }),
  'programme.end': defineCall({
    summary: 'Finishes (or stops) a client’s programme; aftercare follows.',
    input: z.strictObject({ clientId: clientIdSchema, runId: entityId, status: z.enum(['finished', 'stopped']) }),
    output: z.custom<ProgrammeRun>(),
  }),
};
