import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../main/api/errors';
import { createDocumentJobs, type FinishedDocument } from '../../../../../main/services/documents/document-jobs';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A job the test finishes by hand, reporting progress in between. */
function controlled() {
  let resolve: (document: FinishedDocument) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  let report: (done: number, total: number) => void = () => undefined;
  let started = false;
  const make = (progress: (done: number, total: number) => void) => {
    started = true;
    report = progress;
    return new Promise<FinishedDocument>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    make,
    get started() {
      return started;
    },
    progress: (done: number, total: number) => report(done, total),
    finish: (fileName = 'verwijsbrief-jansen-2026-12-04.pdf') => resolve({ fileName, bytes: new Uint8Array([37, 80, 68, 70]), pages: 2 }),
    fail: (error: unknown) => reject(error),
  };
}

function setUp(limits = {}) {
  let now = Date.parse('2026-12-04T10:00:00.000Z');
  const logged: Array<[string, unknown]> = [];
  const jobs = createDocumentJobs({ now: () => now, newId: randomUUID, logError: (message, error) => logged.push([message, error]), limits });
  return { jobs, logged, advance: (ms: number) => (now += ms) };
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.toData();
    throw error;
  }
  throw new Error('Expected a refusal');
};

describe('document jobs', () => {
  it('answers with an id at once, then shows progress, then the finished file as base64', async () => {
    const { jobs } = setUp();
    const job = controlled();
    const id = jobs.start('referralLetter', job.make);
    expect(job.started).toBe(false);
    expect(jobs.view(id)).toEqual({ state: 'running', kind: 'referralLetter', done: 0, total: 1 });
    await nextTurn();
    job.progress(3, 10);
    expect(jobs.view(id)).toEqual({ state: 'running', kind: 'referralLetter', done: 3, total: 10 });
    expect(refusal(() => jobs.finished(id))).toEqual({ code: 'invalid_input', messageKey: 'documents:errors.notReady' });
    job.finish();
    await jobs.idle();
    expect(jobs.view(id)).toEqual({ state: 'done', kind: 'referralLetter', fileName: 'verwijsbrief-jansen-2026-12-04.pdf', pages: 2, contentBase64: 'JVBERg==' });
    expect(jobs.finished(id).fileName).toBe('verwijsbrief-jansen-2026-12-04.pdf');
  });

  it('passes a refusal on with its translation key, and turns anything else into a logged, generic failure', async () => {
    const { jobs, logged } = setUp();
    const refused = controlled();
    const crashed = controlled();
    const refusedId = jobs.start('progressReport', refused.make);
    const crashedId = jobs.start('handout', crashed.make);
    await nextTurn();
    refused.fail(new ApiError('not_found', { messageKey: 'errors:clientNotFound' }));
    const secret = new Error('ENOENT /home/sanne/secret/path at line 12');
    crashed.fail(secret);
    await jobs.idle();
    expect(jobs.view(refusedId)).toEqual({ state: 'failed', kind: 'progressReport', error: { code: 'not_found', messageKey: 'errors:clientNotFound' } });
    expect(jobs.view(crashedId)).toEqual({ state: 'failed', kind: 'handout', error: { code: 'internal', messageKey: 'documents:errors.failed' } });
    expect(JSON.stringify(jobs.view(crashedId))).not.toContain('secret');
    expect(logged).toEqual([['Document handout failed', secret]]);
    expect(refusal(() => jobs.finished(crashedId))).toEqual({ code: 'invalid_input', messageKey: 'documents:errors.failed' });
  });

  it('forgets a job when discarded, even one still running, and 15 minutes after it finished', async () => {
    const { jobs, advance } = setUp();
    const running = controlled();
    const runningId = jobs.start('handout', running.make);
    await nextTurn();
    jobs.discard(runningId);
    running.finish();
    await jobs.idle();
    expect(refusal(() => jobs.view(runningId))).toEqual({ code: 'not_found', messageKey: 'documents:errors.jobNotFound' });

    const kept = controlled();
    const keptId = jobs.start('handout', kept.make);
    await nextTurn();
    kept.finish();
    await jobs.idle();
    advance(15 * 60_000 - 1);
    expect(jobs.view(keptId).state).toBe('done');
    advance(1);
    expect(refusal(() => jobs.view(keptId))).toEqual({ code: 'not_found', messageKey: 'documents:errors.jobNotFound' });
    expect(refusal(() => jobs.finished(randomUUID()))).toEqual({ code: 'not_found', messageKey: 'documents:errors.jobNotFound' });
  });

  it('makes a few documents at a time and keeps a bounded number, dropping the oldest finished first', async () => {
    const { jobs } = setUp({ running: 2, kept: 3 });
    const first = controlled();
    const second = controlled();
    const firstId = jobs.start('handout', first.make);
    const secondId = jobs.start('handout', second.make);
    expect(refusal(() => jobs.start('handout', controlled().make))).toEqual({ code: 'conflict', messageKey: 'documents:errors.busy' });
    await nextTurn();
    first.finish();
    second.finish();
    await jobs.idle();

    const third = controlled();
    const thirdId = jobs.start('handout', third.make);
    // Three kept: the fourth pushes out the oldest finished one.
    const fourth = controlled();
    const fourthId = jobs.start('handout', fourth.make);
    expect(refusal(() => jobs.view(firstId)).messageKey).toBe('documents:errors.jobNotFound');
    expect(jobs.view(secondId).state).toBe('done');
    expect(jobs.view(thirdId).state).toBe('running');
    expect(jobs.view(fourthId).state).toBe('running');
    await nextTurn();
    third.finish();
    fourth.finish();
    await jobs.idle();
  });
});
