import dejaVuSansBold from '../../../../resources/fonts/DejaVuSans-Bold.ttf';
import dejaVuSans from '../../../../resources/fonts/DejaVuSans.ttf';

/**
 * The typefaces every document embeds. DejaVu Sans covers Dutch and the rest of Latin Extended,
 * €, curly quotes and dashes; the PDF keeps only the glyphs a document uses (subset). The bytes
 * are part of the bundle (see main/types/font-files.d.ts), so no font file is looked up at run time.
 */
export const documentFonts = {
  regular: { name: 'verbind-regular', bytes: dejaVuSans },
  bold: { name: 'verbind-bold', bytes: dejaVuSansBold },
} as const;

export type FontWeight = keyof typeof documentFonts;
