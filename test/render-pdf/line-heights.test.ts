/**
 * The paginator fills a page with the heights pdfmake will give each line, so pdfmake never
 * breaks a page of its own (ARCHITECTURE.md §8, "lines and pages pdfmake draws as planned").
 * Those heights mirror pdfkit's internal line height (`EmbeddedFont.lineHeight`, ascender
 * and descender in 1000ths of an em): here they must equal, to the last bit, what pdfkit
 * itself computes for every font role at every size the documents use. A formula of our own
 * (fontkit's ascent − descent + lineGap, or any other rounding) fails here before it makes a
 * page break where the .pdf does not expect it.
 */
import { expect, it } from 'vitest';
import { loadPdfFonts } from '../../src/fonts/fonts.js';
import { preset } from '../../src/layout/preset.js';
import { naturalLineHeightPt } from '../../src/render/pdf/fonts.js';

it("gives every line pdfkit's own line height, to the last bit", async () => {
  const fonts = loadPdfFonts();
  // Note: imported after src/fonts (which must install its font cache before pdfkit loads).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false });
  const sizes = [...new Set(Object.values(preset.sizes))];
  expect(sizes.length).toBeGreaterThan(3);
  for (const [role, font] of Object.entries(fonts.byRole)) {
    doc.font(font.buffer);
    for (const size of sizes) {
      doc.fontSize(size);
      expect(naturalLineHeightPt(font, size), `${role} at ${size} pt`).toBe(doc.currentLineHeight(false));
    }
  }
});
