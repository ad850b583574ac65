import type { TFunction } from 'i18next';
import type { DocumentRequest } from '../../api/contract/documents';
import { localDate } from '../../domain/agenda/local-date';
import { currentRun } from '../../domain/programme/programme-run';
import { createMainTranslator } from '../../i18n/main-i18n';
import type { AuditTrail } from '../audit/audit-trail';
import type { ClientAuditRecord } from '../privacy/client-audit-records';
import type { ClientFiles, Clock } from '../clients/client-files';
import type { MeasureService } from '../measures/measure-service';
import type { Preferences } from '../preferences/preferences-schema';
import type { ProgrammeService } from '../programme/programme-service';
import type { TemplateStore } from '../programme/template-store';
import { assembleAccessExport } from './access-export-assembler';
import { buildAccessExport } from './access-export-builder';
import { assembleCaseloadSummary } from './caseload-summary-assembler';
import { buildCaseloadSummary } from './caseload-summary-builder';
import { documentFileName } from './document-format';
import type { DocumentJobs, FinishedDocument } from './document-jobs';
import { documentBasics, senderOf, type DocumentBasics } from './document-letterhead';
import { assembleHandout } from './handout-assembler';
import { buildHandout } from './handout-builder';
import { renderPdf, type PdfPlan, type ProgressListener } from './pdf/render-pdf';
import { assembleProgressReport } from './progress-report-assembler';
import { buildProgressReport } from './progress-report-builder';
import { assembleReferralLetter } from './referral-letter-assembler';
import { buildReferralLetter } from './referral-letter-builder';

/** The services a document reads from; resolved per document, since the caseload may not be open. */
export interface DocumentSources {
  files: ClientFiles;
  programme: ProgrammeService;
  measures: MeasureService;
  templates: TemplateStore;
  audit: AuditTrail;
  /** The audit records about one client, for the access request. */
  privacy: { auditRecords(clientId: string): Promise<ClientAuditRecord[]> };
}

export interface DocumentServiceOptions {
  sources: () => DocumentSources;
  preferences: () => Preferences;
  /** The worker's name when Settings has none (the operating-system account). */
  actor: () => string;
  clock: Clock;
  jobs: DocumentJobs;
}

interface Made {
  plan: PdfPlan;
  fileName: string;
  /** Recorded in the audit trail once the document exists; handouts hold no personal data. */
  audit?: Parameters<AuditTrail['record']>[0];
}

const f = (key: string) => `documents:fileNames.${key}`;

async function plan(request: DocumentRequest, options: DocumentServiceOptions, t: TFunction, basics: DocumentBasics, today: string): Promise<Made> {
  const sources = options.sources();
  const preferences = options.preferences();
  const sender = senderOf(preferences, options.actor());
  const scales = sources.measures.scales();
  switch (request.kind) {
    case 'referralLetter': {
      const document = await sources.files.get(request.clientId);
      const model = assembleReferralLetter({
        document,
        referralId: request.referralId,
        includeScores: request.includeScores,
        basics,
        sender,
        programme: sources.programme.view(request.clientId),
        scales,
        t,
      });
      return {
        plan: buildReferralLetter(model, t),
        fileName: documentFileName([t(f('referralLetter')), document.client.familyName], today),
        audit: { action: 'export', entity: 'client', clientId: request.clientId, entityId: request.referralId, detail: 'document:referralLetter' },
      };
    }
    case 'progressReport': {
      const document = await sources.files.get(request.clientId);
      const model = assembleProgressReport({
        document,
        basics,
        preparedBy: sender,
        programme: sources.programme.view(request.clientId),
        scales,
        stressThreshold: preferences.stressThreshold,
        t,
      });
      return {
        plan: buildProgressReport(model, t),
        fileName: documentFileName([t(f('progressReport')), document.client.familyName], today),
        audit: { action: 'export', entity: 'client', clientId: request.clientId, detail: 'document:progressReport' },
      };
    }
    case 'accessExport': {
      const document = await sources.files.get(request.clientId);
      const model = assembleAccessExport({
        document,
        auditRecords: await sources.privacy.auditRecords(request.clientId),
        scales,
        templateOf: (run) => {
          try {
            return sources.templates.get(run.templateId, run.templateVersion);
          } catch {
            return undefined;
          }
        },
        basics,
        t,
      });
      return {
        plan: buildAccessExport(model, t),
        fileName: documentFileName([t(f('accessExport')), document.client.familyName], today),
        audit: { action: 'export', entity: 'client', clientId: request.clientId, detail: 'document:accessExport' },
      };
    }
    case 'handout': {
      const template = sources.templates.get(request.templateId, request.templateVersion);
      const model = assembleHandout({ template, scope: request.scope, largeType: request.largeType, basics, t });
      const scope =
        request.scope.by === 'session'
          ? t(f('handoutSession'), { number: request.scope.session })
          : t(f('handoutPhase'), { phase: model.phase?.name ?? request.scope.phase });
      return {
        plan: buildHandout(model, t),
        fileName: documentFileName([scope, ...(request.largeType ? [t(f('largeType'))] : [])], today),
      };
    }
    case 'caseloadSummary': {
      const model = await assembleCaseloadSummary({
        documents: sources.files.all(),
        currentPhase: (document) =>
          currentRun(document.programmes) ? sources.programme.view(document.client.id).progress?.currentPhase : undefined,
        caseloadChange: (scaleId, from, to) => sources.measures.caseloadChange(scaleId, from, to),
        scales,
        from: request.from,
        to: request.to,
        today,
        basics,
        t,
      });
      return {
        plan: buildCaseloadSummary(model, t),
        fileName: documentFileName([t(f('caseloadSummary'))], today),
        audit: { action: 'export', entity: 'caseload', detail: 'document:caseloadSummary' },
      };
    }
  }
}

/**
 * Makes PDF documents in the background: reads what the document needs, lays it out part by part
 * (yielding between parts) and keeps the result with its file name in the job registry.
 */
export function createDocumentService(options: DocumentServiceOptions) {
  const make = async (request: DocumentRequest, progress: ProgressListener): Promise<FinishedDocument> => {
    const t = await createMainTranslator(request.language);
    const now = options.clock.now();
    const today = localDate(now);
    const basics = documentBasics(options.preferences(), request.language, now, today);
    const made = await plan(request, options, t, basics, today);
    const rendered = await renderPdf(made.plan, progress);
    if (made.audit) await options.sources().audit.record(made.audit);
    return { fileName: made.fileName, bytes: rendered.bytes, pages: rendered.pages };
  };
  return {
    jobs: options.jobs,
    start(request: DocumentRequest): string {
      return options.jobs.start(request.kind, (progress) => make(request, progress));
    },
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
