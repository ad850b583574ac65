import { z } from 'zod';
import { clientIdSchema } from '../../domain/clients/client';
import { phaseIds } from '../../domain/programme/programme-template';
import { languageSchema } from '../../services/preferences/preferences-schema';
import type { ApiErrorData } from '../errors';
import { defineCall } from './define-call';

const localDay = z.iso.date({ error: 'documents:validation.dateInvalid' });
const templateId = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'errors:validation.idInvalid' });

/** What to put on paper. Every document exists in Dutch and English. */
export const documentRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('referralLetter'),
    language: languageSchema,
    clientId: clientIdSchema,
    referralId: z.uuid({ error: 'errors:validation.idInvalid' }),
    /** Latest scores on the letter; only honoured when the client agreed to share measurements. */
    includeScores: z.boolean().default(true),
  }),
  z.strictObject({ kind: z.literal('progressReport'), language: languageSchema, clientId: clientIdSchema }),
  /** Everything about one client, notes included: the answer to an access request (AVG art. 15). */
  z.strictObject({ kind: z.literal('accessExport'), language: languageSchema, clientId: clientIdSchema }),
  z.strictObject({
    kind: z.literal('handout'),
    language: languageSchema,
    templateId,
    templateVersion: z.number().int().min(1).max(100_000).optional(),
    /** One session's handout, or one for every session of a phase. */
    scope: z.discriminatedUnion('by', [
      z.strictObject({ by: z.literal('session'), session: z.number().int().min(1).max(100) }),
      z.strictObject({ by: z.literal('phase'), phase: z.enum(phaseIds) }),
    ]),
    largeType: z.boolean().default(false),
  }),
  z.strictObject({
    kind: z.literal('caseloadSummary'),
    language: languageSchema,
    /** Contacts and referrals counted in this period (local dates, inclusive); everything when absent. */
    from: localDay.optional(),
    to: localDay.optional(),
  }),
]);
export type DocumentRequest = z.output<typeof documentRequestSchema>;
export type DocumentRequestInput = z.input<typeof documentRequestSchema>;
export type DocumentKind = DocumentRequest['kind'];

/** A document being made, made, or failed; the renderer polls it to show progress. */
export type DocumentJobView =
  | { state: 'running'; kind: DocumentKind; done: number; total: number }
  | { state: 'done'; kind: DocumentKind; fileName: string; pages: number; contentBase64: string }
  | { state: 'failed'; kind: DocumentKind; error: ApiErrorData };

const jobId = z.uuid({ error: 'errors:validation.idInvalid' });

export const documentsContract = {
  'documents.start': defineCall({
    summary: 'Starts making a PDF (A4, fonts embedded) in the background; returns at once with a job to follow.',
    input: z.strictObject({ request: documentRequestSchema }),
    output: z.object({ jobId: z.uuid() }),
  }),
  'documents.status': defineCall({
    summary: 'How far a document is (pages or parts done of total), or the finished file with its name.',
    input: z.strictObject({ jobId }),
    output: z.custom<DocumentJobView>(),
  }),
  'documents.save': defineCall({
    summary:
      'Saves a finished document through the native save dialog. `unsupported` where there is none (the browser host): the renderer then downloads it.',
    input: z.strictObject({ jobId }),
    output: z.object({ outcome: z.enum(['saved', 'cancelled', 'unsupported']) }),
  }),
  'documents.open': defineCall({
    summary:
      "Opens a finished document in the system's PDF viewer (to read or print). `unsupported` where there is none: the renderer opens it itself.",
    input: z.strictObject({ jobId }),
    output: z.object({ outcome: z.enum(['opened', 'unsupported']) }),
  }),
  'documents.discard': defineCall({
    summary: 'Forgets a document (finished or not) so its content no longer stays in memory.',
    input: z.strictObject({ jobId }),
    output: z.object({ discarded: z.literal(true) }),
  }),
};
