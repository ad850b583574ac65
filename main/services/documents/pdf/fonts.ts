import { create, type Font } from 'fontkit';
import dejaVuSansBold from '../../../../resources/fonts/DejaVuSans-Bold.ttf';
import dejaVuSans from '../../../../resources/fonts/DejaVuSans.ttf';

/**
 * The typefaces every document embeds. DejaVu Sans covers Dutch and the rest of Latin Extended,
 * €, curly quotes and dashes; the PDF keeps only the glyphs a document uses (subset). The bytes
 * are part of the bundle (see main/types/font-files.d.ts), so no font file is looked up at run time.
 */
const fontFiles = {
  regular: { name: 'verbind-regular', bytes: dejaVuSans },
  bold: { name: 'verbind-bold', bytes: dejaVuSansBold },
} as const;

export type FontWeight = keyof typeof fontFiles;

export interface DocumentFont {
  /** The name a document registers the font under. */
  name: string;
  /** Parsed once per process and shared by every document. */
  parsed: Font;
}

let parsedFonts: Record<FontWeight, DocumentFont> | undefined;

function parse(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!('layout' in font)) throw new Error('A document font file holds a collection, not one font');
  return font;
}

/**
 * The fonts, parsed on first use. A font parsed afresh per document re-decodes its glyph,
 * substitution and positioning tables on every letter, which was most of a letter's time; fontkit
 * keeps the decoded tables on the font object, and a font is only read (each document makes its
 * own subset), so one parse serves every document.
 */
export function documentFonts(): Record<FontWeight, DocumentFont> {
  parsedFonts ??= {
    regular: { name: fontFiles.regular.name, parsed: parse(fontFiles.regular.bytes) },
    bold: { name: fontFiles.bold.name, parsed: parse(fontFiles.bold.bytes) },
  };
  return parsedFonts;
}

/** The name a document knows a weight by. */
export const fontName = (weight: FontWeight): string => fontFiles[weight].name;
