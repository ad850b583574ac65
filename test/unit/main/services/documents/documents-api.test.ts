import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DocumentOutlet } from '../../../../../main/services/documents/document-outlet';
import { pdfFlatText, pdfImages, pdfPageTexts } from '../../../../support/pdf-text';
import { errorOf, manualClock, useCores, valueOf } from '../../support/core';
import { useTempDirs } from '../../support/temp-dirs';
import { useTimeZone } from '../../support/time-zone';
import { clientFile, organisationName, pngDataUrl, programmeRun, referral, tinyPng } from './document-fixtures';
import { documentsCore, makeDocument } from './documents-core';

useTimeZone('Europe/Amsterdam');
const makeTempDir = useTempDirs();
const startTestCore = useCores();

const handout = { kind: 'handout', language: 'nl', templateId: 'verbind-8-weeks', scope: { by: 'session', session: 1 } } as const;

/** Records what reached the native dialogs, answering as the worker would. */
function fakeOutlet(saveAnswer: 'saved' | 'cancelled') {
  const calls: Array<{ call: 'save' | 'open'; fileName: string; bytes: Uint8Array }> = [];
  const outlet: DocumentOutlet = {
    save: async (fileName, bytes) => {
      calls.push({ call: 'save', fileName, bytes });
      return saveAnswer;
    },
    open: async (fileName, bytes) => {
      calls.push({ call: 'open', fileName, bytes });
      return 'opened';
    },
  };
  return { outlet, calls };
}

describe('documents.save and documents.open', () => {
  it('answer "unsupported" without a native outlet (browser host), so the renderer downloads the bytes itself', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { jobId, final } = await makeDocument(app, handout);
    expect(final.state).toBe('done');
    expect(valueOf(await app.call('documents.save', { jobId }))).toEqual({ outcome: 'unsupported' });
    expect(valueOf(await app.call('documents.open', { jobId }))).toEqual({ outcome: 'unsupported' });
  });

  it('hand the finished file, named, to the injected outlet and pass its answer on', async () => {
    for (const answer of ['saved', 'cancelled'] as const) {
      const { outlet, calls } = fakeOutlet(answer);
      const app = await documentsCore(startTestCore, await makeTempDir(), [], { core: { documentOutlet: outlet } });
      const { jobId, final } = await makeDocument(app, handout);
      if (final.state !== 'done') throw new Error(JSON.stringify(final));
      expect(valueOf(await app.call('documents.save', { jobId }))).toEqual({ outcome: answer });
      expect(valueOf(await app.call('documents.open', { jobId }))).toEqual({ outcome: 'opened' });
      expect(calls.map((call) => [call.call, call.fileName])).toEqual([
        ['save', 'handout-sessie-1-2026-12-04.pdf'],
        ['open', 'handout-sessie-1-2026-12-04.pdf'],
      ]);
      expect(Buffer.from(calls[0]!.bytes).toString('base64')).toBe(final.contentBase64);
      await app.close();
    }
  });

  it('refuse an unknown, discarded or expired job with a translated key, and a malformed id as invalid input', async () => {
    const clock = manualClock('2026-12-04T10:00:00.000Z');
    const app = await documentsCore(startTestCore, await makeTempDir(), [], { core: { clock } });
    const unknown = randomUUID();
    for (const call of ['documents.status', 'documents.save', 'documents.open'] as const) {
      expect(errorOf(await app.call(call, { jobId: unknown }))).toEqual({ code: 'not_found', messageKey: 'documents:errors.jobNotFound' });
    }
    expect(errorOf(await app.call('documents.status', { jobId: 'not-a-uuid' })).code).toBe('invalid_input');

    const discarded = await makeDocument(app, handout);
    expect(valueOf(await app.call('documents.discard', { jobId: discarded.jobId }))).toEqual({ discarded: true });
    expect(errorOf(await app.call('documents.status', { jobId: discarded.jobId })).messageKey).toBe('documents:errors.jobNotFound');

    const kept = await makeDocument(app, handout);
    clock.set('2026-12-04T10:14:59.000Z');
    expect(valueOf(await app.call('documents.status', { jobId: kept.jobId })).state).toBe('done');
    clock.set('2026-12-04T10:15:00.000Z');
    expect(errorOf(await app.call('documents.save', { jobId: kept.jobId })).messageKey).toBe('documents:errors.jobNotFound');
  });
});

describe('the page frame of every document', () => {
  it('carries the organisation name and its logo from Settings on every page', async () => {
    const letter = referral(['background'], { background: 'Lange achtergrond. '.repeat(150) });
    const file = clientFile({ referrals: [letter], programmes: [programmeRun(2)] });
    const app = await documentsCore(startTestCore, await makeTempDir(), [file], { settings: { organisationLogo: pngDataUrl(tinyPng(30, 10)) } });
    const requests = [
      { kind: 'referralLetter', language: 'nl', clientId: file.client.id, referralId: letter.id },
      { kind: 'progressReport', language: 'en', clientId: file.client.id },
      { kind: 'caseloadSummary', language: 'nl' },
      { ...handout, largeType: true },
    ] as const;
    for (const request of requests) {
      const { final } = await makeDocument(app, request);
      if (final.state !== 'done') throw new Error(JSON.stringify(final));
      const bytes = new Uint8Array(Buffer.from(final.contentBase64, 'base64'));
      const pages = await pdfPageTexts(bytes);
      expect(pages.length, request.kind).toBe(final.pages);
      pages.forEach((page) => expect(page, request.kind).toContain(organisationName));
      const images = await pdfImages(bytes);
      expect(images.map((image) => image.page), request.kind).toEqual(pages.map((_, index) => index + 1));
      expect(images.every((image) => image.width === 30 && image.height === 10)).toBe(true);
    }
  });

  it('leaves the logo out when Settings has none, and still makes the document', async () => {
    const app = await documentsCore(startTestCore, await makeTempDir());
    const { final } = await makeDocument(app, handout);
    if (final.state !== 'done') throw new Error(JSON.stringify(final));
    const bytes = new Uint8Array(Buffer.from(final.contentBase64, 'base64'));
    expect(await pdfImages(bytes)).toEqual([]);
    expect(await pdfFlatText(bytes)).toContain(organisationName);
  });
});
