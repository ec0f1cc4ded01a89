/**
 * The layout preset (DESIGN §5, GB/T 9704-2012 style), read by both backends so the .docx
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
  docxFonts: {
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    title: '方正小标宋简体',
    table: '仿宋_GB2312',
    /** Latin text and digits in body text. */
    latin: 'Times New Roman',
  } satisfies Record<FontRole | 'latin', string>,
  /**
   * Table cell padding: left and right, and top and bottom.
   * Note: the .docx sets tables at single spacing with 1 pt above and below the text of a cell,
   * and the .pdf does the same, so a table takes about as many pages in both (the .docx 目录
   * takes its page numbers from the .pdf layout). At 3 pt and 1.15 lines the .pdf's rows were
   * half as tall again as Word's and LibreOffice's: a 自评表 took three pages instead of two.
   */
  tableCellPadding: { xPt: 3, yPt: 1 },
  /** Table line spacing: tables are set at single spacing, not the body pitch. */
  tableLineHeight: 1,
  /** Default chart width on a portrait page. */
  /**
   * Chart width on the page. Note: at 140 mm a chart and its caption rarely fit under a
   * section's text, so most charts opened a new page and left the one before half empty.
   */
  figureWidthMm: 120,
} as const;


/** Text width of a page in points. */
export function textWidthPt(g: PageGeometry): number {
  return mmToPt(g.widthMm - g.marginLeftMm - g.marginRightMm);
}
