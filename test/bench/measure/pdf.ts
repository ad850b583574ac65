import type { Browser } from 'playwright-core';
import { launchChromium } from '../../e2e/support/chromium';
import { pdfPageTexts } from '../../support/pdf-text';
import type { BenchCore } from './core-session';
import { median, ratio, round } from './stats';

type DocumentRequest =
  | { kind: 'referralLetter'; language: 'nl'; clientId: string; referralId: string }
  | { kind: 'progressReport'; language: 'nl'; clientId: string };

type JobView = { state: 'running'; done: number; total: number } | { state: 'done'; contentBase64: string; pages: number } | { state: 'failed' };

/** One document through the real service: start the job, poll between turns as the renderer does, until done. */
async function makeDocument(session: BenchCore, request: DocumentRequest): Promise<{ ms: number; bytes: Uint8Array; pages: number }> {
  const start = performance.now();
  const { jobId } = await session.call<{ jobId: string }>('documents.start', { request });
  for (;;) {
    const view = await session.call<JobView>('documents.status', { jobId });
    if (view.state === 'done') return { ms: performance.now() - start, bytes: Buffer.from(view.contentBase64, 'base64'), pages: view.pages };
    if (view.state === 'failed') throw new Error(`documents.start ${request.kind} failed`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The same text as the PDF, page by page, as a plain HTML page for Chromium to print. */
export function equivalentHtml(pages: readonly string[]): string {
  const body = pages
    .map((page) => `<section style="page-break-after: always">${page.split('\n').map((line) => `<p>${escapeHtml(line.trim()) || '&nbsp;'}</p>`).join('')}</section>`)
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} p{margin:0 0 2pt}</style></head><body>${body}</body></html>`;
}

export interface PdfDocumentResult {
  medianMs: number;
  pages: number;
  bytes: number;
  repetitions: number;
  /** Chromium (launched once, a fresh page each time) printing the same text to an A4 PDF. */
  chromiumMedianMs?: number;
  /** Launch + print + close, once. */
  chromiumColdMs?: number;
  /** chromiumMedianMs / medianMs: how many times faster Verbind is. */
  timesFaster?: number;
}

export interface PdfResult {
  referralLetter: PdfDocumentResult;
  progressReport: PdfDocumentResult;
  baselineName: string;
  chromiumSkipped?: string;
}

async function chromiumPrint(browser: Browser, html: string): Promise<number> {
  const start = performance.now();
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    await page.pdf({ format: 'A4' });
  } finally {
    await page.close();
  }
  return performance.now() - start;
}

async function measureDocument(session: BenchCore, request: DocumentRequest, repetitions: number, browser: Browser | undefined): Promise<PdfDocumentResult> {
  const times: number[] = [];
  let last: { bytes: Uint8Array; pages: number } | undefined;
  await makeDocument(session, request); // warm-up: fonts parsed, code compiled
  for (let n = 0; n < repetitions; n++) {
    const made = await makeDocument(session, request);
    times.push(made.ms);
    last = made;
  }
  const result: PdfDocumentResult = { medianMs: round(median(times)), pages: last!.pages, bytes: last!.bytes.length, repetitions };
  if (!browser) return result;
  const html = equivalentHtml(await pdfPageTexts(last!.bytes));
  const coldStart = performance.now();
  const cold = await launchChromium();
  try {
    await chromiumPrint(cold, html);
  } finally {
    await cold.close();
  }
  result.chromiumColdMs = round(performance.now() - coldStart);
  const chromium: number[] = [];
  await chromiumPrint(browser, html);
  for (let n = 0; n < repetitions; n++) chromium.push(await chromiumPrint(browser, html));
  result.chromiumMedianMs = round(median(chromium));
  result.timesFaster = ratio(result.chromiumMedianMs, result.medianMs);
  return result;
}

/**
 * The referral letter and the 20-page progress report through the real document service, against
 * headless Chromium printing the same text (the browser already running, as the fair baseline;
 * its cold start is reported separately).
 */
export async function measurePdfs(
  session: BenchCore,
  target: { clientId: string; referralId: string },
  options: { repetitions: number; chromium: boolean },
): Promise<PdfResult> {
  let browser: Browser | undefined;
  let chromiumSkipped: string | undefined;
  if (options.chromium) {
    try {
      browser = await launchChromium();
    } catch (error) {
      chromiumSkipped = `Chromium could not start: ${String(error).split('\n')[0]}`;
    }
  } else chromiumSkipped = 'not asked for';
  try {
    const referralLetter = await measureDocument(session, { kind: 'referralLetter', language: 'nl', clientId: target.clientId, referralId: target.referralId }, options.repetitions, browser);
    const progressReport = await measureDocument(session, { kind: 'progressReport', language: 'nl', clientId: target.clientId }, options.repetitions, browser);
    return { referralLetter, progressReport, baselineName: 'headless Chromium (Playwright) page.setContent + page.pdf A4 of the same text', ...(chromiumSkipped ? { chromiumSkipped } : {}) };
  } finally {
    await browser?.close();
  }
}
