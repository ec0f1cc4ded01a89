/**
 * The layout preset (ARCHITECTURE.md §6, GB/T 9704-2012 style), read by both backends so the .docx
 * and the .pdf are laid out from the same numbers. Takes nothing; exports constants and
 * unit conversions. Sizes are in points unless the name says otherwise.
 */

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
/** Word measures in twentieths of a point. */
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
export const mmToTwip = (mm: number): number => ptToTwip(mmToPt(mm));

export type FontRole = 'body' | 'heading1' | 'heading2' | 'title' | 'table';

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
}

export const preset = {
  page: {
    portrait: {
      widthMm: 210,
      heightMm: 297,
      marginTopMm: 37,
      marginBottomMm: 35,
      marginLeftMm: 28,
      marginRightMm: 26,
    } satisfies PageGeometry,
    /** Landscape pages for wide tables: the same margins turned with the paper. */
    landscape: {
      widthMm: 297,
      heightMm: 210,
      marginTopMm: 28,
      marginBottomMm: 26,
      marginLeftMm: 37,
      marginRightMm: 35,
    } satisfies PageGeometry,
  },
  /** 22 lines of 28 characters on a portrait page. */
  linesPerPage: 22,
  charsPerLine: 28,
  /** Line pitch: 225 mm of text height / 22 lines ≈ 28.95 pt. */
  linePitchPt: 28.95,
  /**
   * Lines off the 3号 grid — the 2号 title (a 2号 line does not fit a 28.95 pt grid line) and
   * the 4号 captions of figures and tables — are set at this many times their size, in both
   * formats, so that a title or caption takes the same room in the .pdf and the .docx.
   */
  offGridPitchFactor: 1.5,
  sizes: {
    /** 2号 */
    title: 22,
    /** 3号 */
    subtitle: 16,
    body: 16,
    heading: 16,
    /** 4号: page numbers */
    pageNumber: 14,
    /** 5号: figure captions under charts use the body size; tables use this. */
    table: 10.5,
    tableNormal: 12,
    caption: 14,
    toc: 16,
  },
  /** Two-character first-line indent at the body size. */
  firstLineIndentPt: 32,
  /** Page number 7 mm below the text block. */
  pageNumberGapMm: 7,
  /** Fonts named in the .docx (a Chinese office has them). */
  // text: vocabulary (font names, not wording)
  docxFonts: {
    // text: vocabulary
    body: '仿宋_GB2312',
    // text: vocabulary
    heading1: '黑体',
    // text: vocabulary
    heading2: '楷体_GB2312',
    // text: vocabulary
    title: '方正小标宋简体',
    // text: vocabulary
    table: '仿宋_GB2312',
    /** Latin text and digits in body text. */
    latin: 'Times New Roman',
  } satisfies Record<FontRole | 'latin', string>,
  /**
   * Table cell padding of the .pdf: left and right, and top and bottom (the .docx uses the
   * same left and right, and none above and below).
   * Note: both formats set tables at single spacing. A .pdf row (Noto's line plus 1 pt above
   * and below) is then as tall as a .docx row in LibreOffice, so a table breaks at the same
   * rows in both and the .docx 目录, which takes its page numbers from the .pdf layout, agrees
   * with LibreOffice's pages. At 3 pt and 1.15 lines the .pdf's rows were half as tall again:
   * a 自评表 took three pages instead of two. With 1 pt in the .docx as well, LibreOffice's
   * rows were the taller ones and one 自评表 ran onto a third page for its last two rows.
   */
  tableCellPadding: { xPt: 3, yPt: 1 },
  /** Table line spacing: tables are set at single spacing, not the body pitch. */
  tableLineHeight: 1,
  /**
   * Chart width on the page. Note: at 140 mm a chart and its caption rarely fit under a
   * section's text, so most charts opened a new page and left the one before half empty.
   */
  figureWidthMm: 120,
  /**
   * A figure that does not fit the rest of a page shrinks down to this share of its size
   * before it moves to the next page (and leaves the page it would have ended half empty).
   */
  figureMinScale: 0.8,
} as const;

/** Text width of a page in points. */
export function textWidthPt(g: PageGeometry): number {
  return mmToPt(g.widthMm - g.marginLeftMm - g.marginRightMm);
}
