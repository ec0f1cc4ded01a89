/**
 * Lays a document out for both formats without drawing it: takes a DocumentTree (and
 * optionally a FontConfig), checks that the fonts draw every character, and returns the
 * pages the paginator made (see doc-definition) with the page plan the .docx follows. A run
 * that writes only .docx stops here: pdfmake is never loaded.
 */
import type { DocumentTree } from '../../tree/types.js';
import { layOutDocument, type DocumentLayout } from './doc-definition.js';
import { loadPdfFonts, type FontConfig, type PdfFonts } from './fonts.js';
import { findMissingGlyphsInTree, MissingGlyphsError } from './glyph-check.js';

export interface RenderPdfOptions {
  fonts?: Partial<FontConfig>;
}

export interface PdfLayout extends DocumentLayout {
  fonts: PdfFonts;
}

export function layOutPdf(tree: DocumentTree, options: RenderPdfOptions = {}): PdfLayout {
  const fonts = loadPdfFonts(options.fonts);
  const missing = findMissingGlyphsInTree(tree, fonts);
  if (missing.length > 0) throw new MissingGlyphsError(missing);
  return { ...layOutDocument(tree, fonts), fonts };
}
