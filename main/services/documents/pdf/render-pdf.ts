import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts';
import { drawPageFrames, type PageFrame } from './page-frame';
import { pageGeometry, PdfLayout, typeScales, type TypeSize } from './pdf-layout';

/** One piece of a document: a few paragraphs, some table rows, a chart. Drawn between yields. */
export type DocumentPart = (layout: PdfLayout) => void;

/** A document ready to draw: its frame, its type size and its parts in order. */
export interface PdfPlan {
  /** PDF metadata title; never a client's name (file properties travel further than the page). */
  title: string;
  /** BCP 47, e.g. `nl-NL`, for screen readers and hyphenation in viewers. */
  lang: string;
  createdAt: Date;
  author?: string | undefined;
  typeSize: TypeSize;
  frame: PageFrame;
  parts: readonly DocumentPart[];
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

export type ProgressListener = (done: number, total: number) => void;

/** Lets timers, IPC and other calls run between two parts of a document. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Draws a plan into an A4 PDF with the fonts embedded. Each part is followed by a turn of the event
 * loop and a progress report (`done` of `total` parts, the last being the page frames and output),
 * so a long document never freezes the app while it is made.
 */
export async function renderPdf(plan: PdfPlan, onProgress: ProgressListener = () => undefined): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: pageGeometry.size,
    margins: { ...pageGeometry.margins },
    bufferPages: true,
    lang: plan.lang,
    displayTitle: true,
    info: { Title: plan.title, CreationDate: plan.createdAt, ...(plan.author ? { Author: plan.author } : {}) },
  });
  for (const font of Object.values(documentFonts())) doc.registerFont(font.name, font.parsed);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const layout = new PdfLayout(doc, typeScales[plan.typeSize]);
  layout.use('regular', layout.type.body);
  const total = plan.parts.length + 1;
  onProgress(0, total);
  for (const [index, part] of plan.parts.entries()) {
    part(layout);
    await nextTurn();
    onProgress(index + 1, total);
  }
  drawPageFrames(layout, plan.frame);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await ended;
  onProgress(total, total);
  const bytes = Buffer.concat(chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages };
}
