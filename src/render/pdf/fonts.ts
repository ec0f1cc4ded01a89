/**
 * The fonts as the PDF backend sees them: the loaded fonts (src/fonts, shared with the
 * checks) and the line heights pdfmake gives them. Takes a loaded font and a size; returns
 * points or pdfmake's `lineHeight` factor.
 */
import type { LoadedFont } from '../../fonts/fonts.js';

export { findMissingGlyphs, loadFont, loadPdfFonts, type LoadedFont, type MissingGlyph, type PdfFonts } from '../../fonts/fonts.js';
export type { FontConfig, PdfFontRole } from '../../fonts/font-files.js';

/**
 * Height pdfmake gives a line at lineHeight 1: (ascent − descent) × size, in points.
 * Note: computed in the order pdfkit computes it (ascender and descender in 1000ths of an em
 * first), so the paginator's sums of line heights are pdfmake's to the last bit.
 */
export function naturalLineHeightPt(font: LoadedFont, sizePt: number): number {
  const { ascent, descent, unitsPerEm } = font.font;
  const scale = 1000 / unitsPerEm;
  return ((ascent * scale - descent * scale) / 1000) * sizePt;
}

/**
 * The pdfmake `lineHeight` factor that gives a line pitch of `pitchPt` at `sizePt`.
 * Note: pdfmake's lineHeight multiplies the font's ascent − descent, not the font size,
 * so the factor depends on the font's metrics.
 */
export function lineHeightFactor(font: LoadedFont, sizePt: number, pitchPt: number): number {
  return pitchPt / naturalLineHeightPt(font, sizePt);
}
