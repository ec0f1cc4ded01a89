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
    /** 小五: the widest forms (the 公开表 with ten money columns). */
    tableSmaller: 9,
    tableNormal: 12,
    /** 4号: a 公开表's title, above its form. */
    tableTitle: 14,
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
   * Table cell padding, left and right and top and bottom, in both formats.
   * Note: with 3 pt above and below and 1.15 lines the .pdf's rows were half as tall again as
   * a .docx row: a 自评表 took three pages instead of two.
   */
  tableCellPadding: { xPt: 3, yPt: 1 },
  /**
   * Table text's line pitch as a multiple of its size: Noto Serif SC's single line (ascent −
   * descent = 1.437 em), the .pdf's table font. See tableLinePitchPt.
   */
  tableLinePitchFactor: 1.437,
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

/**
 * The exact line pitch of table text at `sizePt`, in whole twips so that both formats use the
 * same figure. Note: the .docx sets it as exact line spacing: at "single" spacing each
 * application takes the line height from whatever font it substitutes for 仿宋_GB2312
 * (LibreOffice with Noto's OS/2 metrics made rows taller than the .pdf's), so a table piece
 * cut to fill a .pdf page ran a row onto one more page and the 目录 drifted by a page per table.
 */
export function tableLinePitchPt(sizePt: number): number {
  return ptToTwip(sizePt * preset.tableLinePitchFactor) / 20;
}

/** A table's type size, by name (the document tree's TableNode.size takes these names). */
export type TableSize = 'normal' | 'small' | 'smaller';

/** The type size of a table's text. */
export function tableSizePt(size: TableSize): number {
  return size === 'small' ? preset.sizes.table : size === 'smaller' ? preset.sizes.tableSmaller : preset.sizes.tableNormal;
}

/** Text width of a page in points. */
export function textWidthPt(g: PageGeometry): number {
  return mmToPt(g.widthMm - g.marginLeftMm - g.marginRightMm);
}
