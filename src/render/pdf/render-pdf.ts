/**
 * The PDF backend. Takes a DocumentTree (and optionally a FontConfig); returns the PDF
 * bytes, the physical page of every heading (for the .docx 目录) and the page count.
 * Same tree and fonts → byte-identical PDF.
 *
 * A document with a 目录 is laid out once: pdfmake fills each 目录 page number in when it
 * draws the page (a page reference), so the numbers are the pages the headings landed on.
 * Only a document that runs past page 99 is laid out again, with a wider number column.
 */

// Note: first, so that pdfkit finds the memoised fontkit when pdfmake loads it.
import './fontkit-cache.js';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces.js';
import type { DocumentTree } from '../../tree/types.js';
import { buildDocDefinition, type PdfBuild } from './doc-definition.js';
import { loadPdfFonts, type FontConfig, type PdfFontRole, type PdfFonts } from './fonts.js';
import { findMissingGlyphsInTree, MissingGlyphsError } from './glyph-check.js';
import { FAMILY } from './text-styles.js';

export interface RenderPdfOptions {
  fonts?: Partial<FontConfig>;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** HeadingNode.id → 1-based physical page the heading starts on. */
  headingPages: Record<string, number>;
  pageCount: number;
}

/** The pdfmake singleton's virtual file system (not in its type declarations). */
interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

const MAX_LAYOUT_PASSES = 3;

/*
 * Note: pdfmake warns on every document unless access policies are set. Nothing is ever
 * fetched or read from disk by pdfmake here: fonts come from the virtual file system
 * (filled from our own cache) and images are data URLs built from the tree's PNGs.
 */
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
const virtualFs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;

/**
 * Registers the fonts' bytes with pdfmake's virtual file system (once per file) and returns
 * the font dictionary for one document.
 * Note: given file paths, pdfmake reads every font file again for every document; from the
 * virtual file system it takes the buffers we read once.
 */
function fontDictionary(fonts: PdfFonts): TFontDictionary {
  const keyOf = (role: PdfFontRole): string => {
    const { path, buffer } = fonts.byRole[role];
    const key = `final-accounts-fonts${path}`;
    if (!virtualFs.existsSync(key)) virtualFs.writeFileSync(key, buffer);
    return key;
  };
  // Note: pdfmake throws on a style a family does not map (no faux bold), so each family
  // maps all four; only Body has a real bold.
  const family = (normal: PdfFontRole, bold: PdfFontRole = normal) => ({
    normal: keyOf(normal),
    bold: keyOf(bold),
    italics: keyOf(normal),
    bolditalics: keyOf(bold),
  });
  return {
    [FAMILY.body]: family('body', 'bodyBold'),
    [FAMILY.heading1]: family('heading1'),
    [FAMILY.heading2]: family('heading2'),
    [FAMILY.title]: family('title'),
  };
}

interface LayoutResult {
  headingPages: Record<string, number>;
  pageCount: number;
}

/**
 * Lays the document out and returns where the headings landed; with `output`, also the
 * PDF bytes. Without it the pdfkit document is never ended, which skips font subsetting
 * and compression (the first 目录 pass only needs the pages).
 */
async function layout(build: PdfBuild, fonts: PdfFonts): Promise<LayoutResult & { output: () => Promise<Uint8Array> }> {
  let pageCount = 0;
  const footer = build.definition.footer;
  if (typeof footer === 'function') {
    // The footer runs once per page with the final count; it is the cheapest way to learn it.
    build.definition.footer = (page, count, size) => {
      pageCount = count;
      return footer(page, count, size);
    };
  }
  pdfmake.setFonts(fontDictionary(fonts));
  const document = pdfmake.createPdf(build.definition);
  await document.getStream();
  const headingPages: Record<string, number> = {};
  for (const [id, node] of build.headingNodes) {
    const positions = (node as { positions?: { pageNumber: number }[] }).positions;
    const page = positions?.[0]?.pageNumber;
    if (page === undefined) throw new Error(`标题 ${id} 未排入任何页面`);
    headingPages[id] = page;
  }
  return { headingPages, pageCount, output: async () => new Uint8Array(await document.getBuffer()) };
}

/** Digits of the largest heading page. */
const widestPage = (pages: Record<string, number>): number => String(Math.max(0, ...Object.values(pages))).length;

export async function renderPdf(tree: DocumentTree, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const fonts = loadPdfFonts(options.fonts);
  const missing = findMissingGlyphsInTree(tree, fonts);
  if (missing.length > 0) throw new MissingGlyphsError(missing);

  let digits = 2;
  let result = await layout(buildDocDefinition(tree, fonts, digits), fonts);
  // A 目录 of a document past page 99 needs a wider number column: lay it out again.
  for (let pass = 2; widestPage(result.headingPages) > digits; pass++) {
    if (pass > MAX_LAYOUT_PASSES) throw new Error('目录页码在多次排版后仍不稳定');
    digits = widestPage(result.headingPages);
    result = await layout(buildDocDefinition(tree, fonts, digits), fonts);
  }
  return { bytes: await result.output(), headingPages: result.headingPages, pageCount: result.pageCount };
}
