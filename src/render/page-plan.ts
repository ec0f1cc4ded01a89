/**
 * The pages of a document as the paginator laid them out (render/pdf/paginate), in the terms
 * the .docx needs to break its pages where the .pdf does and to number them alike. Plain data,
 * keyed by heading id and by the index of a block in tree.blocks.
 */
export interface PagePlan {
  /** Pages of the whole document. */
  pageCount: number;
  /**
   * Pages before the body that carry no page number: the cover and the 目录 (the pages up to
   * and including the 目录's section). The body's first page is numbered 1. 0 without a 目录.
   */
  frontPages: number;
  /** HeadingNode.id → the number printed on the page the heading starts on. */
  headingPages: Record<string, number>;
  /** Index of a figure in tree.blocks → the scale it is drawn at, where it had to shrink. */
  figureScales: Record<number, number>;
  /** Index of a table in tree.blocks → the rows at which a new page starts inside it. */
  tableBreaks: Record<number, number[]>;
  /**
   * Index of a table in tree.blocks → `row:column` of a cell → the text of each of its lines,
   * for the cells whose last line the line breaker balanced (项目 / 名称, not 项目名 / 称).
   */
  balancedCells: Record<number, Record<string, string[]>>;
  /** Index of a title in tree.blocks → its lines, where it was broken at its break hints. */
  titleLines: Record<number, string[]>;
}
