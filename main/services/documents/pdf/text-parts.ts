import type { PdfLayout } from './pdf-layout';
import type { DocumentPart } from './render-pdf';

/** About a third of a page of body text: small enough to draw between two turns of the event loop. */
const chunkSize = 1500;

/** A long paragraph in pieces that end at a sentence (or at least a word) where possible. */
function pieces(paragraph: string): string[] {
  const result: string[] = [];
  let rest = paragraph;
  while (rest.length > chunkSize) {
    const window = rest.slice(0, chunkSize);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('\n'));
    const wordEnd = window.lastIndexOf(' ');
    const cut = sentenceEnd > chunkSize / 3 ? sentenceEnd + 1 : wordEnd > chunkSize / 3 ? wordEnd : chunkSize;
    result.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') result.push(rest);
  return result;
}

/**
 * Free text (a background, notes) as document parts: paragraphs as the writer separated them with
 * blank lines, a very long one in pieces, so even pages of text leave the app responsive.
 */
export function paragraphParts(text: string, draw: (layout: PdfLayout, piece: string, endsParagraph: boolean) => void = defaultDraw): DocumentPart[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return paragraphs.flatMap((paragraph) => {
    const split = pieces(paragraph);
    return split.map((piece, index): DocumentPart => (layout) => draw(layout, piece, index === split.length - 1));
  });
}

function defaultDraw(layout: PdfLayout, piece: string, endsParagraph: boolean): void {
  layout.text(piece, endsParagraph ? {} : { gapAfter: 0 });
}
