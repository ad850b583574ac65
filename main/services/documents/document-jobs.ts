import type { DocumentJobView, DocumentKind } from '../../api/contract/documents';
import { ApiError, type ApiErrorData } from '../../api/errors';

/** A made document, held in memory until it is saved, opened, discarded or forgotten. */
export interface FinishedDocument {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
}

export type MakeDocument = (progress: (done: number, total: number) => void) => Promise<FinishedDocument>;

export interface DocumentJobLimits {
  /** Documents made at the same time; more would only slow each other down. */
  running: number;
  /** Jobs kept in memory, running and finished together; the oldest finished one goes first. */
  kept: number;
  /** How long a finished document stays available after it was made. */
  keepMs: number;
}

export const defaultJobLimits: DocumentJobLimits = { running: 3, kept: 20, keepMs: 15 * 60_000 };

type Job =
  | { kind: DocumentKind; state: 'running'; done: number; total: number }
  | { kind: DocumentKind; state: 'done'; document: FinishedDocument; contentBase64: string; finishedAt: number }
  | { kind: DocumentKind; state: 'failed'; error: ApiErrorData; finishedAt: number };

export interface DocumentJobs {
  /** Starts making a document in the background and returns its job id at once. */
  start(kind: DocumentKind, make: MakeDocument): string;
  view(jobId: string): DocumentJobView;
  /** The finished document, or a refusal when the job is unknown, still running or failed. */
  finished(jobId: string): FinishedDocument;
  discard(jobId: string): void;
  /** Forgets every document (the app locked: no client data may stay in memory). */
  discardAll(): void;
  /** Resolves when no document is being made (before the data folder is let go). */
  idle(): Promise<void>;
}

const notFound = () => new ApiError('not_found', { messageKey: 'documents:errors.jobNotFound' });

/**
 * Document jobs in memory. A job is forgotten when it is discarded or `keepMs` after it finished
 * (checked on every call, with the core's clock, so no timer keeps the process alive).
 */
export function createDocumentJobs(options: {
  now: () => number;
  newId: () => string;
  logError: (message: string, error: unknown) => void;
  limits?: Partial<DocumentJobLimits>;
}): DocumentJobs {
  const limits = { ...defaultJobLimits, ...options.limits };
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();

  const forgetExpired = () => {
    const now = options.now();
    for (const [id, job] of jobs) if (job.state !== 'running' && now - job.finishedAt >= limits.keepMs) jobs.delete(id);
  };
  const makeRoom = () => {
    // Oldest first: a Map iterates in insertion order.
    for (const [id, job] of jobs) {
      if (jobs.size < limits.kept) return;
      if (job.state !== 'running') jobs.delete(id);
    }
  };
  const jobOf = (jobId: string): Job => {
    forgetExpired();
    const job = jobs.get(jobId);
    if (!job) throw notFound();
    return job;
  };

  return {
    start(kind, make) {
      forgetExpired();
      if ([...jobs.values()].filter((job) => job.state === 'running').length >= limits.running) {
        throw new ApiError('conflict', { messageKey: 'documents:errors.busy' });
      }
      makeRoom();
      const id = options.newId();
      jobs.set(id, { kind, state: 'running', done: 0, total: 1 });
      // A discarded job's progress and result are dropped.
      const update = (next: Job) => {
        if (jobs.get(id)?.state === 'running') jobs.set(id, next);
      };
      const work = (async () => {
        // The caller gets its id before any of the work runs.
        await new Promise((resolve) => setImmediate(resolve));
        try {
          const document = await make((done, total) => update({ kind, state: 'running', done, total }));
          update({ kind, state: 'done', document, contentBase64: Buffer.from(document.bytes).toString('base64'), finishedAt: options.now() });
        } catch (error) {
          if (error instanceof ApiError) update({ kind, state: 'failed', error: error.toData(), finishedAt: options.now() });
          else {
            options.logError(`Document ${kind} failed`, error);
            update({ kind, state: 'failed', error: { code: 'internal', messageKey: 'documents:errors.failed' }, finishedAt: options.now() });
          }
        }
      })();
      running.add(work);
      void work.finally(() => running.delete(work));
      return id;
    },
    view(jobId) {
      const job = jobOf(jobId);
      switch (job.state) {
        case 'running':
          return { state: 'running', kind: job.kind, done: job.done, total: job.total };
        case 'done':
          return { state: 'done', kind: job.kind, fileName: job.document.fileName, pages: job.document.pages, contentBase64: job.contentBase64 };
        case 'failed':
          return { state: 'failed', kind: job.kind, error: job.error };
      }
    },
    finished(jobId) {
      const job = jobOf(jobId);
      if (job.state === 'done') return job.document;
      throw new ApiError('invalid_input', { messageKey: job.state === 'running' ? 'documents:errors.notReady' : 'documents:errors.failed' });
    },
    discard(jobId) {
      jobs.delete(jobId);
    },
    discardAll() {
      jobs.clear();
    },
    async idle() {
      await Promise.all([...running]);
    },
  };
}
