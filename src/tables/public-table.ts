/**
 * A public table (公开表) laid out with its words: plain data that the merge stage builds
 * from the computed figures and the pack's wording, and that two outputs consume — the
 * 部门决算说明's 第五部分 附表 (through a template, as an HTML table) and the .xlsx
 * workbook (src/render/xlsx). Cells follow HTML semantics: a row lists the cells that start
 * in it; a cell covered by a rowSpan or colSpan from above or the left is absent.
 */

export interface PublicTableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: 'left' | 'center' | 'right';
  /** A header-like cell (column heading, 合计 label). */
  emphasis: boolean;
  /** For an amount cell: the figure with two decimals ("1163.82"), written as a number in the workbook. */
  amount?: string;
}

export interface PublicTableView {
  id: string;
  /** Position in the pack's list, 1-based (公开01表 is 1). */
  number: number;
  /** e.g. 公开01表 */
  label: string;
  title: string;
  /** e.g. 部门：遂宁市安居区司法局 */
  unitLine: string;
  /** e.g. 金额单位：万元 */
  amountUnitLine: string;
  /** Relative column widths; their count is the grid width. */
  columnWidths: number[];
  headerRows: PublicTableCell[][];
  bodyRows: PublicTableCell[][];
  /** The note printed under a table that has no figures, e.g. 说明：…故本表无数据。 */
  note: string | undefined;
  /** Wide tables go on landscape pages. */
  landscape: boolean;
}
