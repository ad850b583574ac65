import { colours, type PdfLayout } from './pdf-layout';

/** What frames every page: the organisation with its logo at the top, page numbers at the bottom. */
export interface PageFrame {
  organisationName: string;
  /** PNG or JPEG bytes; a logo that cannot be read is left out rather than failing the document. */
  logo?: Uint8Array | undefined;
  /** Under the organisation's name, e.g. "Verwijsbrief". */
  documentTitle: string;
  /** Left in the footer, e.g. "Vertrouwelijk". */
  footerNote?: string | undefined;
  /** "Pagina 2 van 5". */
  pageLabel(page: number, pages: number): string;
}

const logoBox = { width: 130, height: 44 };

function openLogo(doc: PDFKit.PDFDocument, bytes: Uint8Array | undefined): PDFKit.OpenedImage | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return doc.openImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return undefined;
  }
}

/**
 * Draws header and footer on every page once the content is laid out, when the number of pages is
 * known. The logo is opened once and drawn on each page, so its bytes are embedded once.
 */
export function drawPageFrames(layout: PdfLayout, frame: PageFrame): void {
  const { doc } = layout;
  const range = doc.bufferedPageRange();
  const logo = openLogo(doc, frame.logo);
  const small = layout.type.small;
  const frameSize = Math.min(small, 9.5);
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Header and footer lie in the margins: nothing drawn there may count as running over the page end.
    doc.page.margins.bottom = 0;
    const top = 30;
    let textLeft = layout.left;
    if (logo) {
      doc.image(logo, layout.left, top, { fit: [logoBox.width, logoBox.height], valign: 'center' });
      textLeft = layout.left + logoBox.width + 16;
    }
    const textWidth = layout.right - textLeft;
    const name = layout.fit(frame.organisationName, textWidth, { size: 11, weight: 'bold' });
    const title = layout.fit(frame.documentTitle, textWidth, { size: frameSize });
    layout.label(name, layout.right - layout.widthOf(name, { size: 11, weight: 'bold' }), top + 8, { size: 11, weight: 'bold', colour: colours.accent });
    layout.label(title, layout.right - layout.widthOf(title, { size: frameSize }), top + 26, { size: frameSize, colour: colours.muted });
    const headerLine = top + logoBox.height + 8;
    doc.save();
    doc.strokeColor(colours.rule).lineWidth(0.6).moveTo(layout.left, headerLine).lineTo(layout.right, headerLine).stroke();
    const footerLine = doc.page.height - bottomMargin + 18;
    doc.moveTo(layout.left, footerLine).lineTo(layout.right, footerLine).stroke();
    doc.restore();
    const pageText = frame.pageLabel(index - range.start + 1, range.count);
    const pageWidth = layout.widthOf(pageText, { size: frameSize });
    layout.label(pageText, layout.right - pageWidth, footerLine + 6, { size: frameSize, colour: colours.muted });
    if (frame.footerNote) {
      const note = layout.fit(frame.footerNote, layout.width - pageWidth - 24, { size: frameSize });
      layout.label(note, layout.left, footerLine + 6, { size: frameSize, colour: colours.muted });
    }
    doc.page.margins.bottom = bottomMargin;
  }
}
