/**
 * Page geometry of the PDF backend, derived from the shared layout preset. Takes an
 * orientation; returns page size, margins and text width in points, and the character
 * spacing and pitch of 3号 text on the 28-characters-per-line grid.
 */

import { mmToPt, preset, textWidthPt, type PageGeometry } from '../../layout/preset.js';
import type { LoadedFont } from './fonts.js';
import { advanceEm } from './glyph-metrics.js';

export type { Orientation } from '../../tree/types.js';
import type { Orientation } from '../../tree/types.js';

/** A full-width character (国) whose advance is the em of the grid. */
const GRID_CHARACTER = 0x56fd;

export interface PagePt {
  width: number;
  height: number;
  /** pdfmake order: left, top, right, bottom. */
  margins: [number, number, number, number];
  textWidth: number;
}

export function pagePt(orientation: Orientation): PagePt {
  const g: PageGeometry = preset.page[orientation];
  return {
    width: mmToPt(g.widthMm),
    height: mmToPt(g.heightMm),
    margins: [mmToPt(g.marginLeftMm), mmToPt(g.marginTopMm), mmToPt(g.marginRightMm), mmToPt(g.marginBottomMm)],
    textWidth: textWidthPt(g),
  };
}

/**
 * Character spacing of 3号 text (body, headings, the 目录) that puts `charsPerLine` full-width
 * characters of 16 pt on a portrait line (about −0.21 pt for 28 characters in 156 mm): the
 * spacing of Word's document grid, which narrows the character pitch but keeps 16 pt glyphs.
 * Note: pdfkit's Tc follows every glyph, the last one too, but pdfmake measures a line as
 * n advances and n − 1 spacings, which is where the last glyph ends.
 */
export function gridSpacingPt(font: LoadedFont): number {
  const em = advanceEm(font, GRID_CHARACTER) * preset.sizes.body;
  return (pagePt('portrait').textWidth - preset.charsPerLine * em) / (preset.charsPerLine - 1);
}

/** The pitch of the grid: one full-width character and its spacing. */
export const gridPitchPt = (font: LoadedFont): number => advanceEm(font, GRID_CHARACTER) * preset.sizes.body + gridSpacingPt(font);
