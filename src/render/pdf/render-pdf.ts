/**
 * The PDF backend: draws a document laid out by lay-out.ts with pdfmake. `renderPdfLayout`
 * takes the layout and returns the PDF bytes. Same tree and fonts → byte-identical PDF.
 */

// Note: first, so that pdfkit finds the memoised fontkit when pdfmake loads it.
import '../../fonts/fontkit-cache.js';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces.js';
import { buildDocDefinition } from './doc-definition.js';
import type { PdfFontRole, PdfFonts } from './fonts.js';
import type { PdfLayout } from './lay-out.js';
import { FAMILY } from './text-styles.js';
import { msg } from '../../text/msg.js';

/** The pdfmake singleton's virtual file system (not in its type declarations). */
interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

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
 * Note: pdfmake 0.3.11 takes a font as a path or a virtual file name only: its URL pass
 * (Printer.resolveUrls) reads a Buffer given instead as an `{ url, headers }` object and
 * loses it. Given file paths, it would read every font file again for every document; from
 * the virtual file system it takes the buffers read once (and fontkit-cache then finds them).
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

/** Draws the laid-out pages with pdfmake. */
export async function renderPdfLayout(layout: PdfLayout): Promise<Uint8Array> {
  let drawnPages = layout.plan.pageCount;
  const definition = buildDocDefinition(layout, (count) => (drawnPages = count));
  pdfmake.setFonts(fontDictionary(layout.fonts));
  const bytes = new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
  if (drawnPages !== layout.plan.pageCount) {
    throw new Error(msg`PDF 排版有误：分页计划为 ${layout.plan.pageCount} 页，pdfmake 排出 ${drawnPages} 页（程序缺陷，请报告）`);
  }
  return bytes;
}
