import { ApiError } from '../../api/errors';
import { localDate } from '../../domain/agenda/local-date';
import type { MomentState } from '../../domain/measures/measurement-moments';
import { runMoments } from '../../domain/programme/run-moments';
import type { PhaseProgress } from '../../domain/programme/phase-guidance';
import { currentRun, type ProgrammeRun, type SessionRecord, type SessionRecordFields } from '../../domain/programme/programme-run';
import type { ProgrammeTemplate } from '../../domain/programme/programme-template';
import type { AuditTrail } from '../audit/audit-trail';
import { nextStamp, type Clock, type ClientFiles } from '../clients/client-files';
import { programmeProgress } from '../measures/client-situation';
import type { ClientDocument } from '../storage/client-document';
import type { TemplateStore } from './template-store';

export interface StartRequest {
  templateId: string;
  /** The first session (UTC); the others follow weekly by the template's week numbers. */
  firstSessionAt: string;
  mode: 'individual' | 'group';
  group?: { id: string; name: string };
}

export interface ProgrammeView {
  run?: ProgrammeRun;
  template?: ProgrammeTemplate;
  progress?: PhaseProgress;
  /** Planned measurement moments (intake, halfway, end, follow-up) and whether they are done. */
  moments: MomentState[];
}

/**
 * Session n is planned `week - firstWeek` weeks after the first, at the same local time of day:
 * counted in calendar days, not in 24-hour steps, so a DST change in between moves nobody an hour.
 */
function planSessions(template: ProgrammeTemplate, firstSessionAt: string, stamp: string, by: string): SessionRecord[] {
  const firstWeek = template.sessions[0]?.week ?? 1;
  const weeksLater = (weeks: number) => {
    const date = new Date(firstSessionAt);
    date.setDate(date.getDate() + weeks * 7);
    return date.toISOString();
  };
  return template.sessions.map((session) => ({
    number: session.number,
    plannedAt: weeksLater(session.week - firstWeek),
    doneExercises: [],
    notes: '',
    homework: '',
    updatedAt: stamp,
    updatedBy: by,
  }));
}

export function createProgrammeService(
  files: ClientFiles,
  templates: TemplateStore,
  audit: AuditTrail,
  clock: Clock,
  newId: () => string,
  actor: () => string,
  stillHighThreshold: () => number,
) {
  const runOf = (document: ClientDocument, runId: string) => {
    const run = document.programmes.find((candidate) => candidate.id === runId);
    if (!run) throw new ApiError('not_found', { messageKey: 'programme:run.notFound' });
    return run;
  };
  const replaceRun = (document: ClientDocument, run: ProgrammeRun): ClientDocument => ({
    ...document,
    programmes: document.programmes.map((candidate) => (candidate.id === run.id ? run : candidate)),
  });

  const service = {
    view(clientId: string): ProgrammeView {
      const document = files.projected(clientId);
      const run = currentRun(document.programmes) ?? document.programmes.at(-1);
      if (!run) return { moments: [] };
      const template = templates.get(run.templateId, run.templateVersion);
      const progress = programmeProgress(document, run, template, stillHighThreshold());
      const moments = runMoments(run, document.measurements, localDate(clock.now()));
      return { run, template, progress, moments };
    },

    async start(clientId: string, request: StartRequest): Promise<ProgrammeRun> {
      const template = templates.get(request.templateId);
      const run = await files.change(clientId, (current) => {
        if (currentRun(current.programmes)) throw new ApiError('invalid_input', { messageKey: 'programme:run.alreadyRunning' });
        const stamp = nextStamp(clock);
        const created: ProgrammeRun = {
          id: newId(),
          templateId: template.id,
          templateVersion: template.version,
          startDate: localDate(new Date(request.firstSessionAt)),
          mode: request.mode,
          status: 'running',
          sessions: planSessions(template, request.firstSessionAt, stamp, actor()),
          createdAt: stamp,
          updatedAt: stamp,
        };
        if (request.group) created.group = request.group;
        return { document: { ...current, programmes: [...current.programmes, created] }, result: created };
      });
      await audit.record({ action: 'create', entity: 'programme', clientId, entityId: run.id, detail: `template:${template.id}@${template.version}` });
      return run;
    },

    /** Starts the same programme for several clients as one group; refused before any write if one cannot start. */
    async startGroup(name: string, clientIds: readonly string[], request: Omit<StartRequest, 'mode' | 'group'>) {
      // A member listed twice would get a run and then be refused halfway, leaving half a group.
      // (The group form cannot pick a client twice, so the generic message is enough.)
      if (new Set(clientIds).size !== clientIds.length) throw new ApiError('invalid_input');
      for (const clientId of clientIds) {
        const member = files.projected(clientId);
        if (currentRun(member.programmes)) {
          throw new ApiError('invalid_input', { messageKey: 'programme:run.alreadyRunningFor', params: { client: member.client.familyName } });
        }
      }
      const group = { id: newId(), name };
      for (const clientId of clientIds) await service.start(clientId, { ...request, mode: 'group', group });
      return group;
    },

    async saveSession(clientId: string, runId: string, sessionNumber: number, fields: SessionRecordFields): Promise<SessionRecord> {
      const saved = await files.change(clientId, (current) => {
        const run = runOf(current, runId);
        const existing = run.sessions.find((record) => record.number === sessionNumber);
        if (!existing) throw new ApiError('not_found', { messageKey: 'programme:run.sessionNotFound' });
        const record: SessionRecord = {
          number: existing.number,
          plannedAt: existing.plannedAt,
          doneExercises: [...new Set(fields.doneExercises)],
          notes: fields.notes,
          homework: fields.homework,
          updatedAt: nextStamp(clock, existing.updatedAt),
          updatedBy: actor(),
        };
        if (fields.attendance !== undefined) record.attendance = fields.attendance;
        if (fields.stressBefore !== undefined) record.stressBefore = fields.stressBefore;
        if (fields.stressAfter !== undefined) record.stressAfter = fields.stressAfter;
        if (fields.contactStepPlanned !== undefined) record.contactStepPlanned = fields.contactStepPlanned;
        const updated: ProgrammeRun = {
          ...run,
          sessions: run.sessions.map((candidate) => (candidate.number === sessionNumber ? record : candidate)),
          updatedAt: record.updatedAt,
        };
        return { document: replaceRun(current, updated), result: record };
      });
      await audit.record({ action: 'change', entity: 'programme', clientId, entityId: runId, detail: `session:${sessionNumber}` });
      return saved;
    },

    async moveSession(clientId: string, runId: string, sessionNumber: number, plannedAt: string): Promise<SessionRecord> {
      const moved = await files.change(clientId, (current) => {
        const run = runOf(current, runId);
        const existing = run.sessions.find((record) => record.number === sessionNumber);
        if (!existing) throw new ApiError('not_found', { messageKey: 'programme:run.sessionNotFound' });
        const record: SessionRecord = { ...existing, plannedAt: new Date(plannedAt).toISOString(), updatedAt: nextStamp(clock, existing.updatedAt), updatedBy: actor() };
        const updated: ProgrammeRun = {
          ...run,
          sessions: run.sessions.map((candidate) => (candidate.number === sessionNumber ? record : candidate)),
          updatedAt: record.updatedAt,
        };
        return { document: replaceRun(current, updated), result: record };
      });
      await audit.record({ action: 'change', entity: 'programme', clientId, entityId: runId, detail: `session:${sessionNumber}:moved` });
      return moved;
    },

    async end(clientId: string, runId: string, status: 'finished' | 'stopped'): Promise<ProgrammeRun> {
      const run = await files.change(clientId, (current) => {
        const updated: ProgrammeRun = { ...runOf(current, runId), status, updatedAt: nextStamp(clock) };
        return { document: replaceRun(current, updated), result: updated };
      });
      await audit.record({ action: 'change', entity: 'programme', clientId, entityId: runId, detail: `status:${status}` });
      return run;
    },

    /** Running groups with their members, for the group session screen. */
    groups() {
      const groups = new Map<string, { id: string; name: string; templateId: string; templateVersion: number; members: { clientId: string; clientName: string; runId: string }[] }>();
      for (const document of files.projections()) {
        const run = currentRun(document.programmes);
        if (!run?.group) continue;
        const group = groups.get(run.group.id) ?? { ...run.group, templateId: run.templateId, templateVersion: run.templateVersion, members: [] };
        group.members.push({ clientId: document.client.id, clientName: `${document.client.givenName} ${document.client.familyName}`, runId: run.id });
        groups.set(run.group.id, group);
      }
      return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },

    /** Whether any client's programme uses this template version (then it must not change). */
    versionInUse(templateId: string, version: number): boolean {
      for (const document of files.projections()) {
        if (document.programmes.some((run) => run.templateId === templateId && run.templateVersion === version)) return true;
      }
      return false;
    },
  };
  return service;
}
export type ProgrammeService = ReturnType<typeof createProgrammeService>;
