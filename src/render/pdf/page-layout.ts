/**
 * Page geometry of the PDF backend, derived from the shared layout preset. Takes an
 * orientation; returns page size, margins and text width in points, and the font size of
 * 3号 text on the 28-characters-per-line grid.
 */

import { mmToPt, preset, textWidthPt, type PageGeometry } from '../../layout/preset.js';

export type Orientation = 'portrait' | 'landscape';

export interface PagePt {
  width: number;
  height: number;
  /** pdfmake order: left, top, right, bottom. */
  margins: [number, number, number, number];
  textWidth: number;
}

export function pageGeometry(orientation: Orientation): PageGeometry {
  return preset.page[orientation];
}

export function pagePt(orientation: Orientation): PagePt {
  const g = pageGeometry(orientation);
  return {
    width: mmToPt(g.widthMm),
    height: mmToPt(g.heightMm),
    margins: [mmToPt(g.marginLeftMm), mmToPt(g.marginTopMm), mmToPt(g.marginRightMm), mmToPt(g.marginBottomMm)],
    textWidth: textWidthPt(g),
  };
}

/**
 * Size of 3号 text (body and headings) in the PDF: 16 pt, or just under it so that
 * `charsPerLine` full-width characters fit on a portrait line (15.79 pt for 156 mm).
 * Note: Word reaches 28 characters with a document grid that narrows the character pitch
 * while keeping 16 pt glyphs. pdfmake cannot: it places each CJK character as its own
 * inline at its advance width and counts `characterSpacing` only inside an inline, so a
 * 16 pt line holds 27 characters. A 1.3 % smaller size gives the 28 a reader expects.
 */
export function gridFontSizePt(): number {
  const perChar = pagePt('portrait').textWidth / preset.charsPerLine;
  return Math.min(preset.sizes.body, Math.floor(perChar * 100) / 100);
}
